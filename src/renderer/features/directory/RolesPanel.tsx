import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type MemberDetail, type RoleName, type RoleView } from '../../../shared/domain/directory/contract';
import type { InputOf } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { Field, focusField } from '../../app/form';
import { formatDay, todayIso } from './format';

/** A member's roles: current and ended, add one, end one, archive one entered by mistake. */
export function RolesPanel({ detail, disabled }: { detail: MemberDetail; disabled?: boolean }) {
  const { t } = useTranslation('directory');
  return (
    <section className="panel" aria-labelledby="roles-title">
      <h3 id="roles-title">{t('roles.title')}</h3>
      {detail.roles.length === 0 ? (
        <p className="muted">{t('roles.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="roles-table">
            <thead>
              <tr>
                <th scope="col">{t('roles.role')}</th>
                <th scope="col">{t('roles.body')}</th>
                <th scope="col">{t('roles.period')}</th>
                <th scope="col">
                  <span className="sr-only">{t('roles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.roles.map((r) => (
                <RoleLine key={r.id} r={r} disabled={disabled} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!disabled && <AddRole memberId={detail.member.id} />}
    </section>
  );
}

function RoleLine({ r, disabled }: { r: RoleView; disabled?: boolean }) {
  const { t, i18n } = useTranslation('directory');
  const lng = i18n.language;
  const run = useStore((s) => s.run);
  const [ending, setEnding] = useState(false);
  const [endsOn, setEndsOn] = useState(todayIso());
  const [error, setError] = useState<AppError | null>(null);

  const end = async (e: FormEvent) => {
    e.preventDefault();
    const res = await run(invoke('roles.end', { id: r.id, endsOn }), 'directory');
    if (res.ok) setEnding(false);
    else setError(res.error);
  };

  return (
    <tr>
      <td>
        {t(`roleNames.${r.role}`)}
        {r.current ? <span className="badge success">{t('roles.current')}</span> : <span className="badge">{t('roles.ended')}</span>}
      </td>
      <td>
        <a href={href('directory', 'bodies', r.bodyId)}>{r.bodyShortName}</a>
      </td>
      <td>
        {r.endsOn
          ? t('roles.fromTo', { start: formatDay(r.startsOn, lng), end: formatDay(r.endsOn, lng) })
          : t('roles.since', { start: formatDay(r.startsOn, lng) })}
      </td>
      <td className="dir-actions">
        {!disabled && ending && (
          <form className="dir-inline" noValidate onSubmit={(e) => void end(e)}>
            <Field ns="directory" id={`end-${r.id}-endsOn`} name="endsOn" error={error}>
              {(p) => <input {...p} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}
            </Field>
            <button type="submit" className="button small primary">
              {t('roles.confirmEnd')}
            </button>
            <button type="button" className="button small ghost" onClick={() => setEnding(false)}>
              {t('actions.cancel')}
            </button>
          </form>
        )}
        {!disabled && !ending && (
          <div className="row">
            {!r.endsOn && (
              <button type="button" className="button small" onClick={() => setEnding(true)}>
                {t('roles.end')}
              </button>
            )}
            <button type="button" className="button small ghost" onClick={() => void run(invoke('roles.archive', { id: r.id }), 'directory')}>
              {t('roles.archive')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

function AddRole({ memberId }: { memberId: string }) {
  const { t } = useTranslation('directory');
  const run = useStore((s) => s.run);
  const bodies = useStore((s) => s.directory.bodies);
  const empty = { bodyId: '', role: '', startsOn: todayIso(), endsOn: '' };
  const [v, setV] = useState(empty);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await run(
      // A choice left empty is sent as missing, so the core answers `required` for it.
      invoke('roles.add', {
        memberId,
        bodyId: v.bodyId || undefined,
        role: (v.role || undefined) as RoleName,
        startsOn: v.startsOn || undefined,
        endsOn: v.endsOn || null,
      } as InputOf<'roles.add'>),
      'directory',
    );
    if (!res.ok) {
      setError(res.error);
      focusField('role', res.error);
      return;
    }
    setError(null);
    setV(empty);
  };

  return (
    <form className="dir-add-role" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="add-role-title">
      <h4 id="add-role-title">{t('roles.add')}</h4>
      <div className="form-grid">
        <Field ns="directory" id="role-bodyId" name="bodyId" error={error} required>
          {(p) => (
            <select {...p} value={v.bodyId} onChange={(e) => setV({ ...v, bodyId: e.target.value })}>
              <option value="">{t('roles.chooseBody')}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.shortName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field ns="directory" id="role-role" name="role" error={error} required>
          {(p) => (
            <select {...p} value={v.role} onChange={(e) => setV({ ...v, role: e.target.value })}>
              <option value="">{t('roles.chooseRole')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roleNames.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field ns="directory" id="role-startsOn" name="startsOn" error={error} required>
          {(p) => <input {...p} type="date" value={v.startsOn} onChange={(e) => setV({ ...v, startsOn: e.target.value })} />}
        </Field>
        <Field ns="directory" id="role-endsOn" name="endsOn" error={error}>
          {(p) => <input {...p} type="date" value={v.endsOn} onChange={(e) => setV({ ...v, endsOn: e.target.value })} />}
        </Field>
      </div>
      <button type="submit" className="button" data-testid="role-add">
        {t('roles.addButton')}
      </button>
    </form>
  );
}
