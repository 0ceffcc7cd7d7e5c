import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccreditationStatus, AlsRow } from '../../../shared/domain/directory/contract';
import { invoke } from '../../api';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { countryName, formatDay, label } from './format';

export const STATUS_BADGE: Record<AccreditationStatus, string> = {
  applied: 'badge warning',
  accredited: 'badge success',
  suspended: 'badge danger',
  withdrawn: 'badge',
  decertified: 'badge',
};

/** At-Large Structures: name, country, RALO, accreditation, members; create, edit, archive/restore. */
export function AlsList() {
  const { t, i18n } = useTranslation('directory');
  const lng = i18n.language;
  const run = useStore((s) => s.run);
  const showError = useStore((s) => s.showError);
  const version = useStore((s) => s.directory.version);
  const setMemberQuery = useStore((s) => s.setMemberQuery);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [rows, setRows] = useState<AlsRow[] | null>(null);

  useEffect(() => {
    let live = true;
    void invoke('als.list', { includeArchived }).then((res) => {
      if (!live) return;
      if (res.ok) setRows(res.value);
      else showError(res.error, 'directory');
    });
    return () => {
      live = false;
    };
  }, [includeArchived, version, showError]);

  const showMembers = (alsId: string) => {
    void setMemberQuery({ search: undefined, bodyId: undefined, role: undefined, country: undefined, includeArchived: undefined, alsId });
    navigate('directory', 'members');
  };

  return (
    <>
      <div className="row dir-toolbar">
        <h2 className="dir-subtitle">{t('als.title')}</h2>
        <span className="spacer" />
        <label className="check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('als.showArchived')}
        </label>
        <a className="button primary" href={href('directory', 'als', 'new')} data-testid="als-new">
          {t('als.new')}
        </a>
      </div>
      {rows && rows.length === 0 && <p className="panel muted">{t('als.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-wrap panel flush">
          <table className="data" data-testid="als-table">
            <thead>
              <tr>
                <th scope="col">{label('name')}</th>
                <th scope="col">{label('country')}</th>
                <th scope="col">{label('raloId')}</th>
                <th scope="col">{t('als.accreditation')}</th>
                <th scope="col" className="num">
                  {t('als.members')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('roles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} className={a.deletedAt ? 'archived' : undefined}>
                  <td>
                    <a href={href('directory', 'als', a.id)} className="dir-name">
                      {a.name}
                    </a>
                    {a.deletedAt && <span className="badge">{t('archived')}</span>}
                  </td>
                  <td>{countryName(a.country, lng)}</td>
                  <td>{a.raloShortName}</td>
                  <td>
                    <span className={STATUS_BADGE[a.accreditationStatus]}>{t(`accreditation.${a.accreditationStatus}`)}</span>
                    {a.accreditedOn && <div className="muted">{formatDay(a.accreditedOn, lng)}</div>}
                  </td>
                  <td className="num">
                    {a.memberCount > 0 ? (
                      <button type="button" className="button small ghost" onClick={() => showMembers(a.id)}>
                        {a.memberCount}
                        <span className="sr-only">{t('als.showMembers', { name: a.name })}</span>
                      </button>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                  <td className="dir-actions">
                    {a.deletedAt ? (
                      <button type="button" className="button small" onClick={() => void run(invoke('als.restore', { id: a.id }), 'directory')}>
                        {t('actions.restore')}
                      </button>
                    ) : (
                      <button type="button" className="button small ghost" onClick={() => void run(invoke('als.archive', { id: a.id }), 'directory')}>
                        {t('actions.archive')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
