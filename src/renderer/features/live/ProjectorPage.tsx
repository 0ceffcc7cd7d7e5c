import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../shared/domain/live/contract';
import { elapsedMs, speakerSecondsLeft, timeTone } from '../../../shared/domain/live/time';
import { formatMinutes } from '../meetings/format';
import { useNow } from './clock';
import { formatClock, formatSeconds } from './format';
import { useLiveState } from './LivePage';
import { QuorumPill } from './QuorumPill';
import { currentItem, isClosed, itemNumber, speakerLists } from './selectors';
import { countdownTone } from './SpeakerQueue';
import { ToneLabel } from './ToneLabel';
import './live.css';

/** How many queued speakers the projector lists. */
const NEXT_SHOWN = 6;

/**
 * #/projector/<meetingId>: the view for the room's second screen. Large and read-only: the current
 * item and its timer, who speaks with the countdown, who comes next. No navigation; it follows the
 * chair's window through `live.changed`.
 */
export function ProjectorPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('live');
  const { live, status } = useLiveState(meetingId, 'projector');

  useEffect(() => {
    document.documentElement.classList.add('projector-mode');
    return () => document.documentElement.classList.remove('projector-mode');
  }, []);

  return (
    <main className="projector" data-testid="projector" aria-labelledby="projector-title">
      {live ? (
        <ProjectorView state={live} />
      ) : (
        <h1 id="projector-title" className="projector-wait">
          {status === 'failed' ? t('page.notFound') : t('status.loading', { ns: 'common' })}
        </h1>
      )}
    </main>
  );
}

function ProjectorView({ state }: { state: LiveState }) {
  const { t, i18n } = useTranslation('live');
  const now = useNow();
  const item = currentItem(state);
  const { speaking, queued } = speakerLists(state);
  const limit = state.session?.speakerLimitSeconds ?? null;
  const elapsed = item ? elapsedMs(item.runs, now) : 0;
  const tone = item ? timeTone(elapsed, item.plannedMinutes) : 'ok';
  const left = speaking?.startedAt && limit ? speakerSecondsLeft(speaking.startedAt, limit, now) : null;
  const speakerTone = left === null ? 'ok' : countdownTone(left);
  const message = !state.session ? t('projector.notStarted') : isClosed(state) ? t('projector.closed') : !item ? t('current.none') : null;

  return (
    <>
      <header className="projector-head">
        <span className="projector-meeting" data-testid="projector-meeting">
          {state.meeting.title}
        </span>
        {state.session?.paused && !isClosed(state) ? (
          <span className="badge warning projector-paused" data-testid="projector-paused">
            <span aria-hidden="true">❚❚ </span>
            {t('head.paused')}
          </span>
        ) : null}
        <QuorumPill quorum={state.quorum} large />
      </header>
      {message || !item ? (
        <h1 id="projector-title" className="projector-wait" data-testid="projector-message">
          {message}
        </h1>
      ) : (
        <div className="projector-body">
          <section className="projector-item" aria-labelledby="projector-title">
            <p className="projector-eyebrow">{t('current.eyebrow', { number: itemNumber(state, item.id) })}</p>
            <h1 id="projector-title" className="projector-item-title" data-testid="projector-item">
              {item.title}
            </h1>
            <p className={`projector-timer tone-${tone}`} data-testid="projector-timer" data-tone={tone}>
              <span className="projector-timer-value">{formatClock(elapsed)}</span>
              <span className="projector-timer-plan">{t('current.ofPlanned', { planned: formatMinutes(item.plannedMinutes, i18n.language) })}</span>
              {item.plannedMinutes > 0 && tone !== 'ok' ? <ToneLabel tone={tone} overMs={elapsed - item.plannedMinutes * 60_000} /> : null}
            </p>
          </section>
          <section className={`projector-speaker countdown-${speakerTone}`} aria-labelledby="projector-speaking-h" data-testid="projector-speaker" data-tone={speakerTone}>
            <h2 id="projector-speaking-h" className="projector-eyebrow">
              {t('queue.speaking')}
            </h2>
            {speaking ? (
              <>
                <p className="projector-speaker-name" data-testid="projector-speaker-name">
                  {speaking.memberName}
                  {speaking.kind !== 'normal' ? <span className={`badge kind-badge ${speaking.kind}`}>{t(`kind.${speaking.kind}`)}</span> : null}
                </p>
                <p className="projector-countdown" data-testid="projector-countdown" data-left={left ?? undefined}>
                  {left === null ? formatClock(speaking.startedAt ? now - Date.parse(speaking.startedAt) : 0) : formatSeconds(left)}
                </p>
                {speakerTone !== 'ok' ? (
                  <p className={`countdown-note ${speakerTone}`}>
                    <span aria-hidden="true">{speakerTone === 'over' ? '▲ ' : '◔ '}</span>
                    {speakerTone === 'over' ? t('queue.timeUp') : t('queue.almostUp')}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="projector-speaker-name muted" data-testid="projector-speaker-name">
                {t('queue.nobody')}
              </p>
            )}
          </section>
          <section className="projector-queue" aria-labelledby="projector-next-h">
            <h2 id="projector-next-h" className="projector-eyebrow">
              {t('projector.next')}
            </h2>
            {queued.length ? (
              <ol data-testid="projector-queue">
                {queued.slice(0, NEXT_SHOWN).map((s) => (
                  <li key={s.id} data-testid="projector-queued">
                    <span>{s.memberName}</span>
                    {s.kind !== 'normal' ? <span className={`badge kind-badge ${s.kind}`}>{t(`kind.${s.kind}`)}</span> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted" data-testid="projector-queue-empty">
                {t('queue.empty')}
              </p>
            )}
            {queued.length > NEXT_SHOWN ? <p className="muted">{t('projector.more', { count: queued.length - NEXT_SHOWN })}</p> : null}
          </section>
        </div>
      )}
    </>
  );
}
