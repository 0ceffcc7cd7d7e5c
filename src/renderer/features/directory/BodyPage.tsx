import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, type Body, type BodyDetail, type BodyKind } from '../../../shared/domain/directory/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { Field, focusField } from '../../app/form';
import { formatDay } from './format';

/** #/directory/bodies/new or #/directory/bodies/<id>: a body's form, its current role holders and sub-bodies. */
export function BodyPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation('directory');
  const isNew = id === 'new';
  const showError = useStore((s) => s.showError);
  const version = useStore((s) => s.directory.version);
  const run = useStore((s) => s.run);
  const setMemberQuery = useStore((s) => s.setMemberQuery);
  const [detail, setDetail] = useState<BodyDetail | null>(null);

  useEffect(() => {
    if (isNew) return;
    let live = true;
    void invoke('bodies.get', { id }).then((res) => {
      if (!live) return;
      if (res.ok) setDetail(res.value);
      else showError(res.error, 'directory');
    });
    return () => {
      live = false;
    };
  }, [id, isNew, version, showError]);

  const archived = Boolean(detail?.body.deletedAt);
  const showMembers = () => {
    void setMemberQuery({ search: undefined, role: undefined, country: undefined, alsId: undefined, includeArchived: undefined, bodyId: id });
    navigate('directory', 'members');
  };

  return (
    <>
      <a className="dir-back" href={href('directory', 'bodies')}>
        <span aria-hidden="true">← </span>
        {t('bodies.back')}
      </a>
      <div className="row dir-head">
        <h2 className="dir-subtitle">{isNew ? t('bodies.newTitle') : (detail?.body.name ?? '')}</h2>
        {archived && <span className="badge warning">{t('archived')}</span>}
        <span className="spacer" />
        {detail && !archived && (
          <button type="button" className="button" onClick={showMembers}>
            {t('bodies.showMembers')}
          </button>
        )}
        {detail &&
          (archived ? (
            <button type="button" className="button" onClick={() => void run(invoke('bodies.restore', { id }), 'directory')}>
              {t('actions.restore')}
            </button>
          ) : (
            <button type="button" className="button danger" onClick={() => void run(invoke('bodies.archive', { id }), 'directory')}>
              {t('actions.archive')}
            </button>
          ))}
      </div>
      {(isNew || detail) && <BodyForm key={detail?.body.id ?? 'new'} body={detail?.body} disabled={archived} />}
      {detail && (
        <section className="panel" aria-labelledby="holders-title">
          <h3 id="holders-title">{t('bodies.holders')}</h3>
          {detail.holders.length === 0 ? (
            <p className="muted">{t('bodies.noHolders')}</p>
          ) : (
            <table className="data" data-testid="holders-table">
              <thead>
                <tr>
                  <th scope="col">{t('roles.role')}</th>
                  <th scope="col">{t('roles.member')}</th>
                  <th scope="col">{t('roles.period')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.holders.map((h) => (
                  <tr key={h.id}>
                    <td>{t(`roleNames.${h.role}`)}</td>
                    <td>
                      <a href={href('directory', 'members', h.memberId)}>{h.memberName}</a>
                    </td>
                    <td>{t('roles.since', { start: formatDay(h.startsOn, i18n.language) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {detail.children.length > 0 && (
            <>
              <h3 className="dir-children-title">{t('bodies.children')}</h3>
              <ul className="dir-children">
                {detail.children.map((c) => (
                  <li key={c.id}>
                    <a href={href('directory', 'bodies', c.id)}>{c.shortName}</a> <span className="muted">{c.name}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

function BodyForm({ body, disabled }: { body?: Body; disabled?: boolean }) {
  const { t } = useTranslation('directory');
  const run = useStore((s) => s.run);
  const bodies = useStore((s) => s.directory.bodies);
  const [v, setV] = useState({
    name: body?.name ?? '',
    shortName: body?.shortName ?? '',
    kind: body?.kind ?? 'working_group',
    parentId: body?.parentId ?? '',
    description: body?.description ?? '',
  });
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { name: v.name, shortName: v.shortName, kind: v.kind as BodyKind, parentId: v.parentId || null, description: v.description };
    const res = body ? await run(invoke('bodies.update', { id: body.id, ...input }), 'directory') : await run(invoke('bodies.create', input), 'directory');
    if (!res.ok) {
      setError(res.error);
      focusField('body', res.error);
      return;
    }
    setError(null);
    if (body) setSaved(true);
    else navigate('directory', 'bodies', res.value.id);
  };

  return (
    <form className="panel dir-form" noValidate onSubmit={(e) => void submit(e)} data-testid="body-form">
      <fieldset className="plain" disabled={disabled}>
        <div className="form-grid">
          <Field ns="directory" id="body-shortName" name="shortName" error={error} required>
            {(p) => <input {...p} value={v.shortName} onChange={(e) => setV({ ...v, shortName: e.target.value })} />}
          </Field>
          <Field ns="directory" id="body-kind" name="kind" error={error} required>
            {(p) => (
              <select {...p} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as BodyKind })}>
                {BODY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="body-parentId" name="parentId" error={error}>
            {(p) => (
              <select {...p} value={v.parentId} onChange={(e) => setV({ ...v, parentId: e.target.value })}>
                <option value="">{t('bodies.topLevel')}</option>
                {bodies
                  .filter((b) => b.id !== body?.id)
                  .map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.shortName}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="body-name" name="name" error={error} required wide>
            {(p) => <input {...p} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />}
          </Field>
          <Field ns="directory" id="body-description" name="description" error={error} wide>
            {(p) => <textarea {...p} rows={3} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} />}
          </Field>
        </div>
        <div className="row">
          <button type="submit" className="button primary" data-testid="body-save">
            {body ? t('member.save') : t('bodies.create')}
          </button>
          {saved && (
            <span role="status" className="dir-saved">
              {t('member.saved')}
            </span>
          )}
        </div>
      </fieldset>
    </form>
  );
}
