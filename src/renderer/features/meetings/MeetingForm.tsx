import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../shared/domain/directory/contract';
import {
  INTERPRETATION_LANGUAGES,
  MEETING_KINDS,
  MEETING_STATUSES,
  type InterpretationLanguage,
  type Meeting,
  type MeetingKind,
  type MeetingStatus,
} from '../../../shared/domain/meetings/contract';
import { slotMinutes } from '../../../shared/domain/meetings/agenda';
import { utcToLocal } from '../../../shared/domain/meetings/time';
import type { AppError } from '../../../shared/errors';
import { useStore } from '../../store';
import { FieldError, invalidProps, type FieldMap } from '../../app/form';
import { languageName, timeZoneNames, userTimeZone, zoneLabel } from './format';

type EndMode = 'end' | 'duration';

/** A body in the picker: its short name, with its full name when that still fits the field. */
const bodyOption = (b: Body) => (b.shortName === b.name || b.name.length > 30 ? b.shortName : `${b.shortName} — ${b.name}`);

interface Props {
  bodies: Body[];
  /** The meeting to edit; none to create one. */
  meeting?: Meeting;
  defaultBodyId?: string | null;
  onDone(meeting: Meeting): void;
  onCancel(): void;
}

/** Create or edit a meeting. Date and times are typed in the meeting's own time zone. */
export function MeetingForm({ bodies, meeting, defaultBodyId, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const lng = i18n.language;
  const createMeeting = useStore((s) => s.createMeeting);
  const updateMeeting = useStore((s) => s.updateMeeting);
  const uid = useId();
  const zonesId = `${uid}-zones`;

  const initial = useMemo(() => {
    if (!meeting) {
      return {
        bodyId: defaultBodyId ?? '',
        title: '',
        kind: 'call' as MeetingKind,
        date: '',
        startTime: '',
        endMode: 'end' as EndMode,
        endTime: '',
        duration: '60',
        timeZone: userTimeZone(),
        location: '',
        languages: [] as InterpretationLanguage[],
        status: 'planned' as MeetingStatus,
      };
    }
    const start = utcToLocal(meeting.startsAt, meeting.timeZone);
    const end = utcToLocal(meeting.endsAt, meeting.timeZone);
    const sameDay = start.slice(0, 10) === end.slice(0, 10);
    return {
      bodyId: meeting.bodyId,
      title: meeting.title,
      kind: meeting.kind,
      date: start.slice(0, 10),
      startTime: start.slice(11),
      endMode: (sameDay ? 'end' : 'duration') as EndMode,
      endTime: sameDay ? end.slice(11) : '',
      duration: String(slotMinutes(meeting.startsAt, meeting.endsAt)),
      timeZone: meeting.timeZone,
      location: meeting.location ?? '',
      languages: meeting.interpretationLanguages,
      status: meeting.status,
    };
  }, [meeting, defaultBodyId]);

  const [v, setV] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((prev) => ({ ...prev, [key]: value }));
  const zones = useMemo(() => timeZoneNames(), []);

  // Where each input key of the channel is shown in this form.
  const fieldMap: FieldMap = { startsAt: ['date', 'startTime'], endsAt: v.endMode === 'end' ? ['endTime'] : ['durationMinutes'] };
  const inv = (input: string) => invalidProps(error, input, fieldMap, `${uid}-${input}-error`);
  const err = (input: string) => <FieldError error={error} input={input} map={fieldMap} id={`${uid}-${input}-error`} />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const startsAt = v.date && v.startTime ? `${v.date}T${v.startTime}` : '';
    const end =
      v.endMode === 'end'
        ? { endsAt: v.date && v.endTime ? `${v.date}T${v.endTime}` : '' }
        : { durationMinutes: v.duration === '' ? 0 : Number(v.duration) };
    const fields = {
      bodyId: v.bodyId,
      title: v.title,
      kind: v.kind,
      startsAt,
      ...end,
      timeZone: v.timeZone.trim(),
      location: v.location,
      interpretationLanguages: v.languages,
    };
    const res = meeting ? await updateMeeting({ id: meeting.id, ...fields, status: v.status }) : await createMeeting(fields);
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) onDone(res.value);
  };

  const toggleLanguage = (code: InterpretationLanguage, on: boolean) =>
    set('languages', on ? INTERPRETATION_LANGUAGES.filter((l) => l === code || v.languages.includes(l)) : v.languages.filter((l) => l !== code));

  const headingId = `${uid}-title`;
  const zone = v.timeZone.trim();
  return (
    <form className="panel meeting-form" onSubmit={(e) => void submit(e)} aria-labelledby={headingId} data-testid="meeting-form" noValidate>
      <h2 id={headingId}>{meeting ? t('form.editTitle') : t('form.createTitle')}</h2>
      <div className="form-grid">
        <div className="field">
          <label className="field-label">
            <span>{t('fields.bodyId')}</span>
            <select value={v.bodyId} onChange={(e) => set('bodyId', e.target.value)} data-testid="meeting-body" {...inv('bodyId')}>
              <option value="">{t('form.chooseBody')}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {bodyOption(b)}
                </option>
              ))}
            </select>
          </label>
          {err('bodyId')}
        </div>
        <div className="field span-2">
          <label className="field-label">
            <span>{t('fields.title')}</span>
            <input value={v.title} onChange={(e) => set('title', e.target.value)} maxLength={200} data-testid="meeting-title" {...inv('title')} />
          </label>
          {err('title')}
        </div>

        <label className="field">
          <span>{t('fields.kind')}</span>
          <select value={v.kind} onChange={(e) => set('kind', e.target.value as MeetingKind)} data-testid="meeting-kind" {...inv('kind')}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {meeting ? (
          <label className="field">
            <span>{t('fields.status')}</span>
            <select value={v.status} onChange={(e) => set('status', e.target.value as MeetingStatus)} data-testid="meeting-status" {...inv('status')}>
              {MEETING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className={meeting ? 'field' : 'field span-2'}>
          <label className="field-label">
            <span>{t('fields.location')}</span>
            <input value={v.location} onChange={(e) => set('location', e.target.value)} maxLength={200} data-testid="meeting-location" {...inv('location')} />
          </label>
          {err('location')}
        </div>

        <div className="field">
          <label className="field-label">
            <span>{t('form.date')}</span>
            <input type="date" value={v.date} onChange={(e) => set('date', e.target.value)} data-testid="meeting-date" {...inv('date')} />
          </label>
          {err('date')}
        </div>
        <div className="field">
          <label className="field-label">
            <span>{t('form.startTime')}</span>
            <input type="time" value={v.startTime} onChange={(e) => set('startTime', e.target.value)} data-testid="meeting-start" {...inv('startTime')} />
          </label>
          {err('startTime')}
        </div>
        <fieldset className="field end-field">
          <legend>{t('form.endMode')}</legend>
          {v.endMode === 'end' ? (
            <label className="field-label">
              <span className="sr-only">{t('form.endTime')}</span>
              <input type="time" value={v.endTime} onChange={(e) => set('endTime', e.target.value)} data-testid="meeting-end" {...inv('endTime')} />
            </label>
          ) : (
            <label className="field-label">
              <span className="sr-only">{t('form.duration')}</span>
              <input
                type="number"
                min={1}
                step={5}
                value={v.duration}
                onChange={(e) => set('duration', e.target.value)}
                data-testid="meeting-duration"
                {...inv('durationMinutes')}
              />
            </label>
          )}
          {err('endTime')}
          {err('durationMinutes')}
          <div className="segmented">
            {(['end', 'duration'] as const).map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name={`${uid}-end-mode`}
                  value={mode}
                  checked={v.endMode === mode}
                  onChange={() => set('endMode', mode)}
                  data-testid={`meeting-end-mode-${mode}`}
                />
                {mode === 'end' ? t('form.byEndTime') : t('form.byDuration')}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="field">
          <label className="field-label">
            <span>{t('fields.timeZone')}</span>
            <input
              value={v.timeZone}
              onChange={(e) => set('timeZone', e.target.value)}
              list={zonesId}
              autoComplete="off"
              spellCheck={false}
              data-testid="meeting-zone"
              aria-invalid={inv('timeZone')['aria-invalid']}
              aria-describedby={[inv('timeZone')['aria-describedby'], `${uid}-zone-hint`].filter(Boolean).join(' ')}
            />
            <datalist id={zonesId}>
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </label>
          {err('timeZone')}
        </div>
        <p id={`${uid}-zone-hint`} className="hint zone-hint span-2">
          {t('form.zoneHint', { zone: zone ? zoneLabel(zone, lng) : '—' })}
        </p>

        <fieldset className="field wide languages-field">
          <legend>{t('form.languagesLegend')}</legend>
          <div className="checks">
            {INTERPRETATION_LANGUAGES.map((code) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  checked={v.languages.includes(code)}
                  onChange={(e) => toggleLanguage(code, e.target.checked)}
                  data-testid={`meeting-lang-${code}`}
                />
                <span>{languageName(code, lng, true)}</span>
              </label>
            ))}
          </div>
          {err('interpretationLanguages')}
        </fieldset>
      </div>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy} data-testid="meeting-submit">
          {meeting ? t('form.save') : t('form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="meeting-cancel">
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
