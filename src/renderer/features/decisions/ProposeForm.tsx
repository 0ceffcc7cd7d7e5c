import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSummary } from '../../../shared/domain/meetings/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { Field } from '../../app/form';
import { navigate } from '../../app/route';
import { useStore } from '../../store';
import { formatDate } from './format';
import { NS } from './slice';

/** Proposes a decision on an agenda item: consensus is sought first. */
export function ProposeForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation('decisions');
  const run = useStore((s) => s.run);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [meetingId, setMeetingId] = useState('');
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void invoke('meetings.list', {}).then((res) => res.ok && setMeetings(res.value));
  }, []);
  useEffect(() => {
    if (!meetingId) return;
    void invoke('meetings.get', { id: meetingId }).then((res) => {
      if (!res.ok) return;
      // Decision items first: that is where proposals usually sit.
      const agenda = [...res.value.agenda].sort((a, b) => Number(b.kind === 'decision') - Number(a.kind === 'decision'));
      setItems(agenda);
      setItemId(agenda[0]?.id ?? '');
    });
  }, [meetingId]);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await run(invoke('decisions.propose', { meetingId, ...(itemId ? { itemId } : {}), text }), NS);
    setError(res.ok ? null : res.error);
    if (res.ok) {
      onDone();
      navigate('decisions', res.value.id);
    }
  };
  return (
    <form className="panel form-grid" onSubmit={(e) => void onSubmit(e)} data-testid="propose-form" aria-label={t('propose.title')}>
      <Field id="propose-meeting" name="meetingId" ns={NS} error={error} required>
        {(p) => (
          <select {...p} value={meetingId} onChange={(e) => setMeetingId(e.target.value)} data-testid="propose-meeting">
            <option value="">{t('choose')}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} — {formatDate(m.startsAt, i18n.language, m.timeZone)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="propose-item" name="itemId" ns={NS} error={error}>
        {(p) => (
          <select {...p} value={itemId} onChange={(e) => setItemId(e.target.value)} data-testid="propose-item">
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="propose-text" name="text" ns={NS} label={t('fields.proposal')} error={error} required wide>
        {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="propose-text" />}
      </Field>
      <div className="row">
        <button type="submit" className="button primary" data-testid="propose-submit">
          {t('propose.submit')}
        </button>
        <button type="button" className="button ghost" onClick={onDone}>
          {t('propose.cancel')}
        </button>
      </div>
    </form>
  );
}
