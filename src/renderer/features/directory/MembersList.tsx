import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type MemberRow } from '../../../shared/domain/directory/contract';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { countryName, formatNumber, label, useCountryOptions } from './format';
import { ImportDialog } from './ImportDialog';
import { PAGE_SIZE } from './slice';

/** Members: search, filters, one page at a time, create and import. */
export function MembersList() {
  const { t, i18n } = useTranslation('directory');
  const lng = i18n.language;
  const page = useStore((s) => s.directory.members);
  const query = useStore((s) => s.directory.query);
  const bodies = useStore((s) => s.directory.bodies);
  const als = useStore((s) => s.directory.als);
  const setQuery = useStore((s) => s.setMemberQuery);
  const loadMembers = useStore((s) => s.loadMembers);
  const countries = useCountryOptions();
  const [search, setSearch] = useState(query.search ?? '');
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    void loadMembers();
  }, [loadMembers]);

  // Search as the user types, once they pause.
  useEffect(() => {
    if ((query.search ?? '') === search.trim()) return;
    const timer = setTimeout(() => void setQuery({ search: search.trim() }), 250);
    return () => clearTimeout(timer);
  }, [search, query.search, setQuery]);

  const filtered = Boolean(query.search || query.bodyId || query.country || query.role || query.alsId || query.includeArchived);
  const from = page && page.total > 0 ? page.offset + 1 : 0;
  const to = page ? page.offset + page.rows.length : 0;

  return (
    <>
      <div className="row dir-toolbar">
        <h2 className="dir-subtitle">{t('members.title')}</h2>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => setImporting(true)} data-testid="import-open">
          {t('import.open')}
        </button>
        <a className="button primary" href={href('directory', 'members', 'new')} data-testid="member-new">
          {t('members.new')}
        </a>
      </div>

      <form className="panel dir-filters" role="search" aria-label={t('members.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field dir-search">
          <label htmlFor="filter-search">{label('search')}</label>
          <input
            id="filter-search"
            type="search"
            value={search}
            placeholder={t('members.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="member-search"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-body">{label('bodyId')}</label>
          <select id="filter-body" value={query.bodyId ?? ''} onChange={(e) => void setQuery({ bodyId: e.target.value || undefined })}>
            <option value="">{t('members.anyBody')}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-role">{label('role')}</label>
          <select id="filter-role" value={query.role ?? ''} onChange={(e) => void setQuery({ role: (e.target.value || undefined) as (typeof ROLES)[number] | undefined })}>
            <option value="">{t('members.anyRole')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roleNames.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-country">{label('country')}</label>
          <select id="filter-country" value={query.country ?? ''} onChange={(e) => void setQuery({ country: e.target.value || undefined })}>
            <option value="">{t('members.anyCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-als">{t('members.columns.als')}</label>
          <select id="filter-als" value={query.alsId ?? ''} onChange={(e) => void setQuery({ alsId: e.target.value || undefined })}>
            <option value="">{t('members.anyAls')}</option>
            {als.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="dir-filter-end">
          <label className="check">
            <input type="checkbox" checked={Boolean(query.includeArchived)} onChange={(e) => void setQuery({ includeArchived: e.target.checked || undefined })} />
            {t('members.showArchived')}
          </label>
          {filtered && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => {
                setSearch('');
                void setQuery({ search: undefined, bodyId: undefined, role: undefined, country: undefined, alsId: undefined, includeArchived: undefined });
              }}
            >
              {t('members.clear')}
            </button>
          )}
        </div>
      </form>

      <p className="dir-count" role="status" data-testid="member-count">
        {page ? t('members.count', { count: page.total, total: formatNumber(page.total, lng) }) : t('members.loading')}
      </p>

      {page && page.rows.length > 0 && (
        <div className="table-wrap panel flush">
          <table className="data dir-members" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('members.columns.member')}</th>
                <th scope="col">{label('country')}</th>
                <th scope="col">{t('members.columns.als')}</th>
                <th scope="col">{t('members.columns.roles')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((m) => (
                <MemberLine key={m.id} m={m} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.rows.length === 0 && <p className="panel muted">{filtered ? t('members.noMatch') : t('members.empty')}</p>}

      {page && page.total > PAGE_SIZE && (
        <nav className="row dir-pager" aria-label={t('members.pages')}>
          <button
            type="button"
            className="button small"
            disabled={page.offset === 0}
            onClick={() => void setQuery({ offset: Math.max(0, page.offset - PAGE_SIZE) })}
          >
            {t('members.previous')}
          </button>
          <span>{t('members.range', { from: formatNumber(from, lng), to: formatNumber(to, lng), total: formatNumber(page.total, lng) })}</span>
          <button type="button" className="button small" disabled={to >= page.total} onClick={() => void setQuery({ offset: page.offset + PAGE_SIZE })}>
            {t('members.next')}
          </button>
        </nav>
      )}

      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}

function MemberLine({ m }: { m: MemberRow }) {
  const { t, i18n } = useTranslation('directory');
  return (
    <tr className={m.deletedAt ? 'archived' : undefined}>
      <td>
        <a href={href('directory', 'members', m.id)} className="dir-name">
          {m.name}
        </a>
        {m.deletedAt && <span className="badge">{t('archived')}</span>}
        <div className="muted dir-email">{m.email}</div>
      </td>
      <td>{countryName(m.country, i18n.language)}</td>
      <td>{m.alsName ?? <span className="muted">{t('members.individual')}</span>}</td>
      <td>
        <ul className="dir-roles">
          {m.currentRoles.map((r) => (
            <li key={`${r.role}/${r.bodyId}`} className="badge accent">
              {t('roleIn', { role: t(`roleNames.${r.role}`), body: r.bodyShortName })}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
