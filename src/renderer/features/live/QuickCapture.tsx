import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveItem, LiveState, MemberHit } from '../../../shared/domain/live/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { Field, focusField } from '../../app/form';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { formatListDate } from '../meetings/format';
import { MemberSearch } from './MemberSearch';
import { NS } from './slice';

export const CAPTURE_MODES = ['decision', 'action', 'deadline'] as const;
export type CaptureMode = (typeof CAPTURE_MODES)[number];

/** The kind being captured (the session screen's, so a shortcut can pick it) and a counter that, bumped, puts the cursor in. */
export interface CaptureControl {
  mode: CaptureMode;
  onMode(mode: CaptureMode): void;
  focus: number;
}

/**
 * Quick capture on the current item, from the keyboard: a decision, an action item (owner, due date) or
 * a deadline mentioned in passing. A shortcut picks the kind and puts the cursor in (`capture`).
 */
export function QuickCapture({ state, item, capture }: { state: LiveState; item: LiveItem; capture: CaptureControl }) {
  const { t, i18n } = useTranslation('live');
  const lng = i18n.language;
  const run = useStore((s) => s.run);
  const loadLive = useStore((s) => s.loadLive);
  const meetingId = state.meeting.id;
  const { mode, onMode: setMode, focus } = capture;
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [owner, setOwner] = useState<MemberHit | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const textRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focus > 0) textRef.current?.focus();
  }, [focus]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res =
      mode === 'decision'
        ? await run(invoke('decisions.capture', { meetingId, itemId: item.id, text }), NS)
        : await run(
            invoke('actions.capture', {
              meetingId,
              itemId: item.id,
              kind: mode,
              text,
              ownerMemberId: mode === 'action' ? (owner?.id ?? null) : null,
              dueOn: dueOn || null,
            }),
            NS,
          );
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      focusField('capture', res.error);
      return;
    }
    setError(null);
    setText('');
    setDueOn('');
    setOwner(null);
    setDone(t(`capture.done.${mode}`));
    textRef.current?.focus();
    void loadLive(meetingId);
  };

  const decisions = state.decisions.filter((d) => d.itemId === item.id);
  const actions = state.actions.filter((a) => a.itemId === item.id);

  return (
    <section className="capture" aria-labelledby="capture-h" data-testid="capture">
      <div className="section-head">
        <h3 id="capture-h">{t('capture.title')}</h3>
      </div>
      <div className="segmented-buttons" role="radiogroup" aria-label={t('capture.kind')}>
        {CAPTURE_MODES.map((m) => (
          <label key={m} className={`seg${mode === m ? ' on' : ''}`}>
            <input
              type="radio"
              name="capture-mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setError(null);
              }}
              data-testid={`capture-mode-${m}`}
            />
            <span>{t(`capture.mode.${m}`)}</span>
            <kbd aria-hidden="true">{t(`capture.key.${m}`)}</kbd>
          </label>
        ))}
      </div>
      <form className="capture-form" onSubmit={(e) => void submit(e)} noValidate data-testid="capture-form" data-mode={mode}>
        <Field id="capture-text" name="text" ns={NS} label={t(`capture.label.${mode}`)} error={error} required wide>
          {(p) => (
            <input
              {...p}
              ref={textRef}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={2000}
              aria-keyshortcuts={mode === 'decision' ? 'D' : mode === 'action' ? 'C' : 'L'}
              data-testid="capture-text"
            />
          )}
        </Field>
        {mode === 'action' ? (
          <div className="field" data-field="ownerMemberId">
            <span className="field-title" id="capture-owner-label">
              {t('fields.ownerMemberId')}
            </span>
            {owner ? (
              <span className="owner-chip" data-testid="capture-owner">
                {owner.name}
                <button type="button" className="button ghost small icon" onClick={() => setOwner(null)} aria-label={t('capture.clearOwner', { name: owner.name })}>
                  <span aria-hidden="true">✕</span>
                </button>
              </span>
            ) : (
              <MemberSearch meetingId={meetingId} id="capture-ownerMemberId" label={t('capture.ownerPlaceholder')} onPick={setOwner} testId="capture-owner-search" />
            )}
          </div>
        ) : null}
        {mode !== 'decision' ? (
          <Field id="capture-dueOn" name="dueOn" ns={NS} label={mode === 'deadline' ? t('capture.deadlineDate') : undefined} error={error}>
            {(p) => <input {...p} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} data-testid="capture-due" />}
          </Field>
        ) : null}
        <div className="capture-submit">
          <button type="submit" className="button primary" disabled={busy} data-testid="capture-submit">
            {t(`capture.submit.${mode}`)}
          </button>
        </div>
      </form>
      <div className="sr-only" aria-live="polite">
        {done}
      </div>
      {decisions.length || actions.length ? (
        <ul className="captured" data-testid="captured">
          {decisions.map((d) => (
            <li key={d.id} data-testid="captured-decision">
              <span className="badge success">{t('capture.mode.decision')}</span> <a href={href('decisions', d.id)}>{d.text}</a>
            </li>
          ))}
          {actions.map((a) => (
            <li key={a.id} data-testid={`captured-${a.kind}`}>
              <span className={`badge ${a.kind === 'deadline' ? 'warning' : 'accent'}`}>{t(`capture.mode.${a.kind}`)}</span> {a.text}
              {a.ownerName ? <span className="muted"> · {a.ownerName}</span> : null}
              {a.dueOn ? <span className="muted"> · {formatListDate(`${a.dueOn}T12:00:00Z`, 'UTC', lng)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
