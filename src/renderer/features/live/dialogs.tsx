import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SPEAKER_SECONDS, QUEUE_POLICIES, QUORUM_RULES, type LiveState, type QueuePolicy, type QuorumRule } from '../../../shared/domain/live/contract';
import type { MeetingSummary } from '../../../shared/domain/meetings/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { Field, FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { formatListDate } from '../meetings/format';
import { Dialog, DialogFoot } from './Dialog';
import { agendaRows } from './selectors';
import { SHORTCUTS } from './shortcuts';
import { NS } from './slice';

/** Where deferred items go: the next meeting of the body (default) or a chosen planned meeting. */
function TargetPicker({ state, value, onChange, error }: { state: LiveState; value: string; onChange(id: string): void; error: AppError | null }) {
  const { t, i18n } = useTranslation('live');
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('meetings.list', {}).then((res) => {
      if (!live) return;
      const now = Date.now();
      setMeetings(
        res.ok
          ? res.value.filter((m) => m.id !== state.meeting.id && m.status === 'planned' && Date.parse(m.startsAt) > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          : [],
      );
    });
    return () => {
      live = false;
    };
  }, [state.meeting.id]);

  const chosen = value !== '';
  return (
    <fieldset className="field target-picker" data-field="toMeetingId">
      <legend>{t('fields.toMeetingId')}</legend>
      <label className="radio">
        <input type="radio" name="defer-target" checked={!chosen} onChange={() => onChange('')} data-testid="defer-target-next" />
        {t('defer.nextMeeting', { body: state.meeting.bodyShortName })}
      </label>
      <label className="radio">
        <input
          type="radio"
          name="defer-target"
          checked={chosen}
          disabled={!meetings?.length}
          onChange={() => meetings?.[0] && onChange(meetings[0].id)}
          data-testid="defer-target-chosen"
        />
        {t('defer.chosenMeeting')}
      </label>
      {chosen ? (
        <select
          id="defer-toMeetingId"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-label={t('fields.toMeetingId')}
          {...invalidProps(error, 'toMeetingId', {}, 'defer-toMeetingId-error')}
          data-testid="defer-meeting"
        >
          {meetings?.map((m) => (
            <option key={m.id} value={m.id}>
              {`${m.title} — ${formatListDate(m.startsAt, m.timeZone, i18n.language)} (${m.bodyShortName})`}
            </option>
          ))}
        </select>
      ) : null}
      {meetings && meetings.length === 0 ? <span className="hint">{t('defer.noPlanned')}</span> : null}
      <FieldError error={error} input="toMeetingId" id="defer-toMeetingId-error" capitalize />
    </fieldset>
  );
}

/** Defer one item, with a reason, to the next meeting of the body or a chosen one. */
export function DeferDialog({ state, itemId, onClose }: { state: LiveState; itemId: string; onClose(): void }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const item = state.agenda.find((i) => i.id === itemId);
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await liveAct('agenda.defer', { id: itemId, reason, ...(target ? { toMeetingId: target } : {}) }, { banner: false });
    setBusy(false);
    if (res.ok) onClose();
    else setError(res.error);
  };

  return (
    <Dialog title={t('defer.title', { title: item?.title ?? '' })} onClose={onClose} error={error} testId="defer-dialog">
      <form id="defer-form" onSubmit={(e) => void submit(e)} noValidate className="dialog-form">
        <Field id="defer-reason" name="reason" ns={NS} error={error} hint={t('defer.reasonHint')}>
          {(p) => <textarea {...p} rows={3} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-autofocus data-testid="defer-reason" />}
        </Field>
        <TargetPicker state={state} value={target} onChange={setTarget} error={error} />
      </form>
      <DialogFoot form="defer-form" busy={busy} onCancel={onClose} testId="defer-submit">
        {t('defer.submit')}
      </DialogFoot>
    </Dialog>
  );
}

/** Close the session; items not reached are offered for deferral in the same step. */
export function CloseDialog({ state, onClose }: { state: LiveState; onClose(): void }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  // Items the clock never ran on (headings are not timed: their sub-items are listed).
  const unreached = agendaRows(state).filter((r) => r.item.state === 'pending' && !state.agenda.some((i) => i.parentId === r.item.id));
  const [checked, setChecked] = useState<Set<string>>(() => new Set(unreached.map((r) => r.item.id)));
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const itemIds = unreached.map((r) => r.item.id).filter((id) => checked.has(id));
    const res = await liveAct(
      'live.close',
      { meetingId: state.meeting.id, ...(itemIds.length ? { defer: { itemIds, reason, ...(target ? { toMeetingId: target } : {}) } } : {}) },
      { banner: false },
    );
    setBusy(false);
    if (res.ok) onClose();
    else setError(res.error);
  };

  return (
    <Dialog title={t('close.title')} onClose={onClose} error={error} testId="close-dialog" wide>
      <form id="close-form" onSubmit={(e) => void submit(e)} noValidate className="dialog-form">
        {unreached.length ? (
          <>
            <fieldset className="field unreached" data-field="itemIds">
              <legend>{t('close.unreached', { count: unreached.length })}</legend>
              <ul className="check-list">
                {unreached.map(({ item, number }) => (
                  <li key={item.id}>
                    <label className="check">
                      <input type="checkbox" checked={checked.has(item.id)} onChange={() => toggle(item.id)} data-testid="close-defer-item" data-item-id={item.id} />
                      <span>
                        {number}. {item.title}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <FieldError error={error} input="itemIds" id="close-itemIds-error" capitalize />
            </fieldset>
            {checked.size ? (
              <>
                <Field id="close-reason" name="reason" ns={NS} error={error} hint={t('defer.reasonHint')}>
                  {(p) => <textarea {...p} rows={2} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="close-reason" />}
                </Field>
                <TargetPicker state={state} value={target} onChange={setTarget} error={error} />
              </>
            ) : null}
          </>
        ) : (
          <p>{t('close.allReached')}</p>
        )}
        <p className="hint">{t('close.lockHint')}</p>
      </form>
      <DialogFoot form="close-form" busy={busy} onCancel={onClose} testId="close-submit" danger>
        {checked.size && unreached.length ? t('close.submitDefer', { count: checked.size }) : t('close.submit')}
      </DialogFoot>
    </Dialog>
  );
}

/** Reopen a closed meeting for corrections; the reason is required and journaled. */
export function ReopenDialog({ state, onClose }: { state: LiveState; onClose(): void }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await liveAct('live.reopen', { meetingId: state.meeting.id, reason }, { banner: false });
    setBusy(false);
    if (res.ok) onClose();
    else setError(res.error);
  };

  return (
    <Dialog title={t('reopen.title')} onClose={onClose} error={error} testId="reopen-dialog">
      <form id="reopen-form" onSubmit={(e) => void submit(e)} noValidate className="dialog-form">
        <p>{t('reopen.body')}</p>
        <Field id="reopen-reason" name="reason" ns={NS} error={error} required>
          {(p) => <textarea {...p} rows={3} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="reopen-reason" />}
        </Field>
      </form>
      <DialogFoot form="reopen-form" busy={busy} onCancel={onClose} testId="reopen-submit">
        {t('reopen.submit')}
      </DialogFoot>
    </Dialog>
  );
}

/** The session's settings: speaker limit, audible warning, queue policy, quorum rule. */
export function SettingsDialog({ state, onClose }: { state: LiveState; onClose(): void }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const session = state.session!;
  const initial = session.speakerLimitSeconds;
  const [limited, setLimited] = useState(initial !== null);
  const [minutes, setMinutes] = useState(String(Math.floor((initial ?? 120) / 60)));
  const [seconds, setSeconds] = useState(String((initial ?? 120) % 60));
  const [audible, setAudible] = useState(session.audibleWarning);
  const [policy, setPolicy] = useState<QueuePolicy>(session.queuePolicy);
  const [rule, setRule] = useState<QuorumRule>(session.quorumRule);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const total = (Number(minutes) || 0) * 60 + (Number(seconds) || 0);
    setBusy(true);
    const res = await liveAct(
      'live.settings',
      { meetingId: state.meeting.id, speakerLimitSeconds: limited ? total : null, audibleWarning: audible, queuePolicy: policy, quorumRule: rule },
      { banner: false },
    );
    setBusy(false);
    if (res.ok) onClose();
    else setError(res.error);
  };

  const limitProps = invalidProps(error, 'speakerLimitSeconds', {}, 'settings-limit-error');
  return (
    <Dialog title={t('settings.title')} onClose={onClose} error={error} testId="settings-dialog">
      <form id="settings-form" onSubmit={(e) => void submit(e)} noValidate className="dialog-form">
        <fieldset className="field" data-field="speakerLimitSeconds">
          <legend>{t('fields.speakerLimitSeconds')}</legend>
          <label className="check">
            <input type="checkbox" checked={limited} onChange={(e) => setLimited(e.target.checked)} data-testid="settings-limited" />
            {t('settings.limited')}
          </label>
          {limited ? (
            <div className="row limit-inputs">
              <label className="field-label">
                <span>{t('settings.minutes')}</span>
                <input type="number" min={0} max={MAX_SPEAKER_SECONDS / 60} value={minutes} onChange={(e) => setMinutes(e.target.value)} {...limitProps} data-testid="settings-minutes" />
              </label>
              <label className="field-label">
                <span>{t('settings.seconds')}</span>
                <input type="number" min={0} max={59} step={5} value={seconds} onChange={(e) => setSeconds(e.target.value)} {...limitProps} data-testid="settings-seconds" />
              </label>
            </div>
          ) : null}
          <FieldError error={error} input="speakerLimitSeconds" id="settings-limit-error" capitalize />
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={audible} onChange={(e) => setAudible(e.target.checked)} data-testid="settings-audible" />
          {t('fields.audibleWarning')}
        </label>
        <Field id="settings-queuePolicy" name="queuePolicy" ns={NS} error={error} hint={t(`policyHint.${policy}`)}>
          {(p) => (
            <select {...p} value={policy} onChange={(e) => setPolicy(e.target.value as QueuePolicy)} data-testid="settings-policy">
              {QUEUE_POLICIES.map((q) => (
                <option key={q} value={q}>
                  {t(`policy.${q}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="settings-quorumRule" name="quorumRule" ns={NS} error={error}>
          {(p) => (
            <select {...p} value={rule} onChange={(e) => setRule(e.target.value as QuorumRule)} data-testid="settings-quorum">
              {QUORUM_RULES.map((q) => (
                <option key={q} value={q}>
                  {t(`rule.${q}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <DialogFoot form="settings-form" busy={busy} onCancel={onClose} testId="settings-submit">
        {t('actions.save', { ns: 'common' })}
      </DialogFoot>
    </Dialog>
  );
}

/** The keyboard shortcuts, translated. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('live');
  const keyName = (k: string) => (k === ' ' ? t('keys.space') : k.toUpperCase());
  return (
    <Dialog title={t('help.title')} onClose={onClose} testId="help-dialog">
      <p className="hint">{t('help.hint')}</p>
      <table className="data shortcuts-table" data-testid="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action} data-testid="shortcut-row">
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ` ${t('help.or')} ` : ''}
                    <kbd>{keyName(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`shortcut.${s.action}`)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>{t('keys.alt')}</kbd>+<kbd>↑</kbd> / <kbd>↓</kbd>
            </td>
            <td>{t('shortcut.reorder')}</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
