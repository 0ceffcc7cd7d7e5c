import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCREDITATION_STATUSES, type AccreditationStatus, type AlsRow } from '../../../shared/domain/directory/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { Field, focusField } from '../../app/form';
import { useCountryOptions } from './format';

/** #/directory/als/new or #/directory/als/<id>: an ALS's form. */
export function AlsEdit({ id }: { id: string }) {
  const { t } = useTranslation('directory');
  const isNew = id === 'new';
  const run = useStore((s) => s.run);
  const showError = useStore((s) => s.showError);
  const bodies = useStore((s) => s.directory.bodies);
  const version = useStore((s) => s.directory.version);
  const countries = useCountryOptions();
  const ralos = bodies.filter((b) => b.kind === 'ralo');
  const [als, setAls] = useState<AlsRow | null>(null);
  const [v, setV] = useState({ name: '', country: '', raloId: '', accreditationStatus: 'applied', accreditedOn: '' });
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (isNew) return;
    void invoke('als.list', { includeArchived: true }).then((res) => {
      if (!res.ok) return showError(res.error, 'directory');
      const found = res.value.find((a) => a.id === id);
      if (!found) return showError({ code: 'not_found', message: `ALS ${id}`, field: 'id' }, 'directory');
      setAls(found);
      setV({ name: found.name, country: found.country, raloId: found.raloId, accreditationStatus: found.accreditationStatus, accreditedOn: found.accreditedOn ?? '' });
    });
  }, [id, isNew, showError, version]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name: v.name,
      country: v.country,
      raloId: v.raloId || undefined,
      accreditationStatus: v.accreditationStatus as AccreditationStatus,
      accreditedOn: v.accreditedOn || null,
    };
    const res = isNew
      ? await run(invoke('als.create', input as typeof input & { raloId: string }), 'directory')
      : await run(invoke('als.update', { id, ...input }), 'directory');
    if (!res.ok) {
      setError(res.error);
      focusField('als', res.error);
      return;
    }
    setError(null);
    if (isNew) navigate('directory', 'als');
    else setSaved(true);
  };

  const archived = Boolean(als?.deletedAt);
  return (
    <>
      <a className="dir-back" href={href('directory', 'als')}>
        <span aria-hidden="true">← </span>
        {t('als.back')}
      </a>
      <div className="row dir-head">
        <h2 className="dir-subtitle">{isNew ? t('als.newTitle') : (als?.name ?? '')}</h2>
        {archived && <span className="badge warning">{t('archived')}</span>}
      </div>
      <form className="panel dir-form" noValidate onSubmit={(e) => void submit(e)} data-testid="als-form">
        <fieldset className="plain" disabled={archived}>
          <div className="form-grid">
            <Field ns="directory" id="als-name" name="name" error={error} required wide>
              {(p) => <input {...p} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />}
            </Field>
            <Field ns="directory" id="als-country" name="country" error={error} required>
              {(p) => (
                <select {...p} value={v.country} onChange={(e) => setV({ ...v, country: e.target.value })}>
                  <option value="">{t('member.chooseCountry')}</option>
                  {countries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field ns="directory" id="als-raloId" name="raloId" error={error} required>
              {(p) => (
                <select {...p} value={v.raloId} onChange={(e) => setV({ ...v, raloId: e.target.value })}>
                  <option value="">{t('als.chooseRalo')}</option>
                  {ralos.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.shortName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field ns="directory" id="als-accreditationStatus" name="accreditationStatus" error={error} required>
              {(p) => (
                <select {...p} value={v.accreditationStatus} onChange={(e) => setV({ ...v, accreditationStatus: e.target.value })}>
                  {ACCREDITATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`accreditation.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field ns="directory" id="als-accreditedOn" name="accreditedOn" error={error}>
              {(p) => <input {...p} type="date" value={v.accreditedOn} onChange={(e) => setV({ ...v, accreditedOn: e.target.value })} />}
            </Field>
          </div>
          <div className="row">
            <button type="submit" className="button primary" data-testid="als-save">
              {isNew ? t('als.create') : t('member.save')}
            </button>
            {saved && (
              <span role="status" className="dir-saved">
                {t('member.saved')}
              </span>
            )}
          </div>
        </fieldset>
      </form>
    </>
  );
}
