import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, MEMBER_LANGUAGES, SUB_REGIONS, type Member, type MemberInput } from '../../../shared/domain/directory/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { useStore } from '../../store';
import { Field, FieldError, focusField, invalidProps } from '../../app/form';
import { label, timeZones, useCountryOptions, useLanguageLabel } from './format';

interface Values {
  name: string;
  email: string;
  phone: string;
  fax: string;
  country: string;
  subRegion: string;
  alsId: string;
  gender: string;
  languages: string[];
  timeZone: string;
}

const valuesOf = (m?: Member): Values => ({
  name: m?.name ?? '',
  email: m?.email ?? '',
  phone: m?.phone ?? '',
  fax: m?.fax ?? '',
  country: m?.country ?? '',
  subRegion: m?.subRegion ?? '',
  alsId: m?.alsId ?? '',
  gender: m?.gender ?? '',
  languages: m?.languages ?? [],
  timeZone: m?.timeZone ?? '',
});

/** What the form sends: empty choices are null; the core validates everything. */
const payloadOf = (v: Values): MemberInput => ({
  name: v.name,
  email: v.email,
  phone: v.phone,
  fax: v.fax,
  country: v.country,
  subRegion: (v.subRegion || null) as MemberInput['subRegion'],
  alsId: v.alsId || null,
  gender: (v.gender || null) as MemberInput['gender'],
  languages: v.languages as MemberInput['languages'],
  timeZone: v.timeZone.trim() || null,
});

/** Creates a member (no `member`) or edits one. Field errors show next to the field and in the banner. */
export function MemberForm({
  member,
  currentAls,
  disabled,
  onSaved,
}: {
  member?: Member;
  /** The member's ALS as stored (it may be archived, hence not among the choices). */
  currentAls?: { id: string; name: string } | null;
  disabled?: boolean;
  onSaved(m: Member): void;
}) {
  const { t } = useTranslation('directory');
  const languageLabel = useLanguageLabel();
  const run = useStore((s) => s.run);
  const als = useStore((s) => s.directory.als);
  const countries = useCountryOptions();
  const [values, setValues] = useState<Values>(() => valuesOf(member));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  // Once the form is enabled again, put the focus on the field at fault.
  useEffect(() => {
    if (error) focusField('member', error);
  }, [error]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const payload = payloadOf(values);
    const res = member ? await run(invoke('members.update', { id: member.id, ...payload }), 'directory') : await run(invoke('members.create', payload), 'directory');
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setError(null);
    setSaved(true);
    setValues(valuesOf(res.value)); // as stored: e-mail in lower case, canonical time zone
    onSaved(res.value);
  };

  const text = (name: 'name' | 'email' | 'phone' | 'fax', type: string, required = false, autoComplete?: string) => (
    <Field ns="directory" id={`member-${name}`} name={name} error={error} required={required}>
      {(p) => <input {...p} type={type} autoComplete={autoComplete} value={values[name]} onChange={(e) => set(name, e.target.value)} />}
    </Field>
  );
  // An ALS the member belongs to stays selectable even when archived.
  const alsChoices = currentAls && !als.some((a) => a.id === currentAls.id) ? [currentAls, ...als] : als;

  return (
    <form
      className="panel dir-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={member ? 'member-form-title' : undefined}
      aria-label={member ? undefined : t('member.newTitle')}
      data-testid="member-form"
    >
      {member && <h3 id="member-form-title">{t('member.details')}</h3>}
      <fieldset disabled={disabled || busy} className="plain">
        <div className="form-grid">
          {text('name', 'text', true, 'name')}
          {text('email', 'email', true, 'email')}
          {text('phone', 'tel', false, 'tel')}
          {text('fax', 'tel')}
          <Field ns="directory" id="member-country" name="country" error={error} required>
            {(p) => (
              <select {...p} value={values.country} onChange={(e) => set('country', e.target.value)}>
                <option value="">{t('member.chooseCountry')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="member-subRegion" name="subRegion" error={error}>
            {(p) => (
              <select {...p} value={values.subRegion} onChange={(e) => set('subRegion', e.target.value)}>
                <option value="">{t('member.noSubRegion')}</option>
                {SUB_REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`subRegions.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="member-alsId" name="alsId" error={error}>
            {(p) => (
              <select {...p} value={values.alsId} onChange={(e) => set('alsId', e.target.value)}>
                <option value="">{t('members.individual')}</option>
                {alsChoices.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="member-gender" name="gender" error={error}>
            {(p) => (
              <select {...p} value={values.gender} onChange={(e) => set('gender', e.target.value)}>
                <option value="">{t('genders.notStated')}</option>
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`genders.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field ns="directory" id="member-timeZone" name="timeZone" error={error} hint={t('member.timeZoneHint')}>
            {(p) => (
              <>
                <input {...p} list="member-time-zones" autoComplete="off" spellCheck={false} value={values.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
                <datalist id="member-time-zones">
                  {timeZones().map((z) => (
                    <option key={z} value={z} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <fieldset
            className="field wide dir-languages"
            id="member-languages"
            tabIndex={-1}
            {...invalidProps(error, 'languages', {}, 'member-languages-error')}
          >
            <legend>{label('languages')}</legend>
            <div className="dir-checks">
              {MEMBER_LANGUAGES.map((code) => (
                <label key={code} className="check">
                  <input
                    type="checkbox"
                    checked={values.languages.includes(code)}
                    onChange={(e) => set('languages', e.target.checked ? [...values.languages, code] : values.languages.filter((l) => l !== code))}
                  />
                  {languageLabel(code)}
                </label>
              ))}
            </div>
            <FieldError error={error} input="languages" id="member-languages-error" capitalize />
          </fieldset>
        </div>
        <div className="row">
          <button type="submit" className="button primary" data-testid="member-save">
            {member ? t('member.save') : t('member.create')}
          </button>
          {saved && member && (
            <span role="status" className="dir-saved">
              {t('member.saved')}
            </span>
          )}
          <span className="hint">{t('member.requiredHint')}</span>
        </div>
      </fieldset>
    </form>
  );
}
