import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings/contract';
import type { AppError } from '../../../shared/errors';
import { useStore } from '../../store';
import { FieldError, invalidProps } from '../../app/form';

/** "Duplicate as template for the next meeting": a number of days later, or a picked date. */
export function DuplicateForm({ meeting, onDone, onCancel }: { meeting: Meeting; onDone(copy: Meeting): void; onCancel(): void }) {
  const { t } = useTranslation('meetings');
  const duplicateMeeting = useStore((s) => s.duplicateMeeting);
  const uid = useId();
  const [mode, setMode] = useState<'days' | 'date'>('days');
  const [days, setDays] = useState('7');
  const [date, setDate] = useState('');
  const [title, setTitle] = useState(meeting.title);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const when = mode === 'days' ? { days: days === '' ? 0 : Number(days) } : { startsOn: date };
    const res = await duplicateMeeting({ id: meeting.id, ...when, title });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) onDone(res.value);
  };

  const inv = (input: string) => invalidProps(error, input, {}, `${uid}-${input}-error`);
  const err = (input: string) => <FieldError error={error} input={input} id={`${uid}-${input}-error`} />;
  return (
    <form className="panel duplicate-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-h`} data-testid="duplicate-form" noValidate>
      <h2 id={`${uid}-h`}>{t('duplicate.title')}</h2>
      <p className="hint">{t('duplicate.hint')}</p>
      <div className="form-grid">
        <fieldset className="field">
          <legend>{t('duplicate.when')}</legend>
          <div className="segmented">
            {(['days', 'date'] as const).map((m) => (
              <label key={m} className="radio">
                <input type="radio" name={`${uid}-mode`} checked={mode === m} onChange={() => setMode(m)} data-testid={`duplicate-mode-${m}`} />
                {m === 'days' ? t('duplicate.byDays') : t('duplicate.byDate')}
              </label>
            ))}
          </div>
        </fieldset>
        {mode === 'days' ? (
          <div className="field">
            <label className="field-label">
              <span>{t('duplicate.days')}</span>
              <input type="number" min={1} step={1} value={days} onChange={(e) => setDays(e.target.value)} data-testid="duplicate-days" {...inv('days')} />
            </label>
            {err('days')}
          </div>
        ) : (
          <div className="field">
            <label className="field-label">
              <span>{t('duplicate.date')}</span>
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="duplicate-date" {...inv('startsOn')} />
            </label>
            {err('startsOn')}
          </div>
        )}
        <div className="field span-2">
          <label className="field-label">
            <span>{t('duplicate.newTitle')}</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} data-testid="duplicate-title" {...inv('title')} />
          </label>
          {err('title')}
        </div>
      </div>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy} data-testid="duplicate-submit">
          {t('duplicate.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('duplicate.cancel')}
        </button>
      </div>
    </form>
  );
}
