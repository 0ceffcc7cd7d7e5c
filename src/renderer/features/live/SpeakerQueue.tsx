import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEAKER_KINDS, type LiveState, type MemberHit, type Speaker, type SpeakerKind } from '../../../shared/domain/live/contract';
import { predictSpeakers } from '../../../shared/domain/live/predict';
import { speakerSecondsLeft } from '../../../shared/domain/live/time';
import { useStore } from '../../store';
import { beep } from './beep';
import { serverNow, useNow } from './clock';
import { Dialog } from './Dialog';
import { formatClock, formatSeconds } from './format';
import { MemberSearch } from './MemberSearch';
import { NS } from './slice';
import { isRunning, speakerLists } from './selectors';

/** At this many seconds left the countdown turns to a warning. */
export const WARNING_SECONDS = 30;

export type CountdownTone = 'ok' | 'warning' | 'over';
export const countdownTone = (left: number): CountdownTone => (left <= 0 ? 'over' : left <= WARNING_SECONDS ? 'warning' : 'ok');

/**
 * The speaker queue of the current item: who speaks (with the countdown of the limit), the requests in
 * order (move up / down with the buttons or Alt+arrows, remove), and who has spoken and for how long.
 * Adding a member not in the room asks first (`speaker_not_present`), then sends `confirmAbsent`.
 */
export function SpeakerQueue({ state, searchRef }: { state: LiveState; searchRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const showError = useStore((s) => s.showError);
  const meetingId = state.meeting.id;
  const running = isRunning(state);
  const { speaking, queued, done } = speakerLists(state);
  const [kind, setKind] = useState<SpeakerKind>('normal');
  const [confirm, setConfirm] = useState<{ hit: MemberHit; kind: SpeakerKind } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);

  // After a move the rows come back in their new order: keep the keyboard on the moved request.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    const el = controls.current.get(key);
    const fallback = controls.current.get(`remove:${key.split(':')[1]}`);
    (el && !el.disabled ? el : fallback)?.focus();
  }, [state.speakers]);

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) controls.current.set(key, el);
    else controls.current.delete(key);
  };

  const add = async (hit: MemberHit, k: SpeakerKind, confirmAbsent = false) => {
    const res = await liveAct(
      'speakers.add',
      { meetingId, memberId: hit.id, kind: k, ...(confirmAbsent ? { confirmAbsent: true } : {}) },
      // The request shows in the queue at the key press, placed by the same rules as the core's.
      { banner: false, predict: (s) => predictSpeakers(s, { type: 'add', member: hit, kind: k, confirmAbsent }, new Date(serverNow()).toISOString()) },
    );
    if (res.ok) {
      setAnnouncement(t('queue.added', { name: hit.name }));
      setKind('normal');
    } else if (res.error.code === 'speaker_not_present' && !confirmAbsent) setConfirm({ hit, kind: k });
    else showError(res.error, NS);
  };

  const move = async (speaker: Speaker, index: number, control: 'up' | 'down') => {
    if (index < 0 || index >= queued.length) return;
    pendingFocus.current = `${control}:${speaker.id}`;
    const res = await liveAct('speakers.move', { id: speaker.id, position: index });
    if (res.ok) setAnnouncement(t('queue.moved', { name: speaker.memberName, position: index + 1 }));
    else pendingFocus.current = null;
  };

  const onRowKey = (e: KeyboardEvent, speaker: Speaker, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(speaker, e.key === 'ArrowUp' ? index - 1 : index + 1, e.key === 'ArrowUp' ? 'up' : 'down');
  };

  const limit = state.session?.speakerLimitSeconds ?? null;

  return (
    <section className="speakers" aria-labelledby="speakers-h" data-testid="speakers">
      <div className="section-head">
        <h3 id="speakers-h">{t('queue.title')}</h3>
        <span className="muted" data-testid="speaker-limit">
          {limit ? t('queue.limit', { time: formatSeconds(limit) }) : t('queue.noLimit')}
        </span>
      </div>

      {speaking ? (
        <CurrentSpeaker speaker={speaking} limit={limit} audible={Boolean(state.session?.audibleWarning)} />
      ) : (
        <p className="muted current-speaker empty" data-testid="current-speaker-none">
          {t('queue.nobody')}
        </p>
      )}
      {running ? (
        <div className="row speaker-buttons">
          <button type="button" className="button primary" onClick={() => void liveAct('speakers.next', { meetingId })} disabled={!queued.length && !speaking} aria-keyshortcuts="N" data-testid="speaker-next">
            <span aria-hidden="true">⇥</span>
            {t('queue.next')}
          </button>
          <button type="button" className="button" onClick={() => void liveAct('speakers.stop', { meetingId })} disabled={!speaking} aria-keyshortcuts="S" data-testid="speaker-stop">
            <span aria-hidden="true">■</span>
            {t('queue.stop')}
          </button>
        </div>
      ) : null}

      {running ? (
        <div className="speaker-add" role="group" aria-label={t('queue.addLabel')}>
          <MemberSearch meetingId={meetingId} id="speaker-search" label={t('queue.addPlaceholder')} onPick={(hit) => add(hit, kind)} inputRef={searchRef} testId="speaker-search" describedBy="speaker-search-hint" />
          <label className="sr-only" htmlFor="speaker-kind">
            {t('fields.kind')}
          </label>
          <select id="speaker-kind" value={kind} onChange={(e) => setKind(e.target.value as SpeakerKind)} data-testid="speaker-kind">
            {SPEAKER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
          <span id="speaker-search-hint" className="sr-only">
            {t('queue.addHint')}
          </span>
        </div>
      ) : null}

      <h4 className="list-head">{t('queue.queued', { count: queued.length })}</h4>
      {queued.length ? (
        <ol className="queue" data-testid="speaker-queue">
          {queued.map((speaker, i) => (
            <li key={speaker.id} className={`queue-row kind-${speaker.kind}`} onKeyDown={(e) => running && onRowKey(e, speaker, i)} data-testid="queued-speaker" data-kind={speaker.kind}>
              <span className="queue-pos" aria-hidden="true">
                {i + 1}
              </span>
              <span className="queue-name">{speaker.memberName}</span>
              {speaker.kind !== 'normal' ? <span className={`badge kind-badge ${speaker.kind}`}>{t(`kind.${speaker.kind}`)}</span> : null}
              {running ? (
                <span className="queue-actions">
                  <button
                    type="button"
                    className="button ghost small icon"
                    ref={ref(`up:${speaker.id}`)}
                    aria-label={t('queue.moveUp', { name: speaker.memberName })}
                    title={t('queue.moveUp', { name: speaker.memberName })}
                    aria-keyshortcuts="Alt+ArrowUp"
                    disabled={i === 0}
                    onClick={() => void move(speaker, i - 1, 'up')}
                    data-testid="speaker-up"
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small icon"
                    ref={ref(`down:${speaker.id}`)}
                    aria-label={t('queue.moveDown', { name: speaker.memberName })}
                    title={t('queue.moveDown', { name: speaker.memberName })}
                    aria-keyshortcuts="Alt+ArrowDown"
                    disabled={i === queued.length - 1}
                    onClick={() => void move(speaker, i + 1, 'down')}
                    data-testid="speaker-down"
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small icon danger-icon"
                    ref={ref(`remove:${speaker.id}`)}
                    aria-label={t('queue.remove', { name: speaker.memberName })}
                    title={t('queue.remove', { name: speaker.memberName })}
                    onClick={() => void liveAct('speakers.remove', { id: speaker.id }).then((r) => r.ok && setAnnouncement(t('queue.removed', { name: speaker.memberName })))}
                    data-testid="speaker-remove"
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted" data-testid="speaker-queue-empty">
          {t('queue.empty')}
        </p>
      )}

      {done.length ? (
        <>
          <h4 className="list-head">{t('queue.spoken', { count: done.length })}</h4>
          <ol className="spoken" data-testid="spoken">
            {done.map((speaker) => (
              <li key={speaker.id} data-testid="spoken-speaker">
                <span>{speaker.memberName}</span>
                {speaker.kind !== 'normal' ? <span className={`badge kind-badge ${speaker.kind}`}>{t(`kind.${speaker.kind}`)}</span> : null}
                <span className="muted spoken-time">
                  {speaker.startedAt && speaker.endedAt ? formatClock(Date.parse(speaker.endedAt) - Date.parse(speaker.startedAt)) : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <div className="sr-only" aria-live="polite" data-testid="queue-announcement">
        {announcement}
      </div>

      {confirm ? (
        <Dialog
          title={t('absent.title')}
          onClose={() => setConfirm(null)}
          testId="confirm-absent"
          describedBy="confirm-absent-text"
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirm(null)} data-testid="confirm-absent-cancel">
                {t('actions.cancel', { ns: 'common' })}
              </button>
              <button
                type="button"
                className="button primary"
                data-autofocus
                onClick={() => {
                  const { hit, kind: k } = confirm;
                  setConfirm(null);
                  void add(hit, k, true);
                }}
                data-testid="confirm-absent-ok"
              >
                {t('absent.confirm')}
              </button>
            </>
          }
        >
          <p id="confirm-absent-text">{t('absent.body', { name: confirm.hit.name })}</p>
        </Dialog>
      ) : null}
    </section>
  );
}

/** The one speaking: name, kind, and the countdown of the limit (warning at 30 s, over at 0; beeps if asked). */
function CurrentSpeaker({ speaker, limit, audible }: { speaker: Speaker; limit: number | null; audible: boolean }) {
  const { t } = useTranslation('live');
  const now = useNow();
  const started = speaker.startedAt ?? new Date(now).toISOString();
  const left = limit ? speakerSecondsLeft(started, limit, now) : null;
  const tone: CountdownTone = left === null ? 'ok' : countdownTone(left);
  const spoken = Math.max(0, now - Date.parse(started));

  // The audible warning sounds when the countdown crosses 30 s and 0 (not when a reload finds it past).
  const last = useRef<{ id: string; left: number | null } | null>(null);
  useEffect(() => {
    const prev = last.current;
    last.current = { id: speaker.id, left };
    if (!audible || left === null || !prev || prev.id !== speaker.id || prev.left === null) return;
    if (prev.left > 0 && left <= 0) beep('over');
    else if (prev.left > WARNING_SECONDS && left <= WARNING_SECONDS) beep('warning');
  }, [speaker.id, left, audible]);

  return (
    <div className={`current-speaker countdown-${tone}`} data-testid="current-speaker" data-tone={tone}>
      <span className="eyebrow">{t('queue.speaking')}</span>
      <span className="speaker-name" data-testid="current-speaker-name">
        {speaker.memberName}
      </span>
      {speaker.kind !== 'normal' ? <span className={`badge kind-badge ${speaker.kind}`}>{t(`kind.${speaker.kind}`)}</span> : null}
      <span className="countdown" role="timer" aria-label={left === null ? t('queue.spokenFor') : t('queue.timeLeft')} data-testid="speaker-countdown" data-left={left ?? undefined}>
        {left === null ? formatClock(spoken) : formatSeconds(left)}
      </span>
      {tone !== 'ok' ? (
        <span className={`countdown-note ${tone}`} data-testid="countdown-note">
          <span aria-hidden="true">{tone === 'over' ? '▲ ' : '◔ '}</span>
          {tone === 'over' ? t('queue.timeUp') : t('queue.almostUp')}
        </span>
      ) : null}
    </div>
  );
}
