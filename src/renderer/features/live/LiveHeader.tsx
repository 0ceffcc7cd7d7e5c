import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../shared/domain/live/contract';
import { elapsedMs, projectedEnd } from '../../../shared/domain/live/time';
import { slotMinutes } from '../../../shared/domain/meetings/agenda';
import { href } from '../../app/route';
import { formatMinutes, formatTime } from '../meetings/format';
import { StatusBadge } from '../meetings/StatusBadge';
import { useNow } from './clock';
import { formatClock } from './format';
import { QuorumPill } from './QuorumPill';
import { isClosed, isRunning } from './selectors';

export interface HeaderActions {
  open(): void;
  toggleTimer(): void;
  nextItem(): void;
  close(): void;
  reopen(): void;
  settings(): void;
  projector(): void;
  help(): void;
}

/** Title, status, the meeting's clock against its slot, the projected end, quorum, and the session's buttons. */
export function LiveHeader({ state, actions, busy }: { state: LiveState; actions: HeaderActions; busy: boolean }) {
  const { t, i18n } = useTranslation('live');
  const lng = i18n.language;
  const now = useNow();
  const { meeting, session } = state;
  const running = isRunning(state);
  const closed = isClosed(state);
  const total = state.agenda.reduce((sum, item) => sum + elapsedMs(item.runs, now), 0);
  const slot = slotMinutes(meeting.startsAt, meeting.endsAt);
  const end = running ? projectedEnd(state.agenda, now) : Date.parse(meeting.endsAt);
  const late = running && end > Date.parse(meeting.endsAt) + 59_000;
  const hasNext = state.agenda.some((i) => i.state === 'pending');

  return (
    <header className="live-head" data-testid="live-head">
      <a className="back-link" href={href('meetings', meeting.id)}>
        <span aria-hidden="true">← </span>
        {t('head.back')}
      </a>
      <div className="live-title-row">
        <h1 id="live-title" data-testid="live-title">
          {meeting.title}
        </h1>
        <StatusBadge meeting={meeting} />
        {running && session?.paused ? (
          <span className="badge warning" data-testid="live-paused">
            <span aria-hidden="true">❚❚ </span>
            {t('head.paused')}
          </span>
        ) : null}
      </div>
      <div className="live-figures">
        <div className="figure">
          <span className="figure-label">{t('head.elapsed')}</span>
          <span className="figure-value" data-testid="live-total" data-ms={total}>
            {formatClock(total)}
          </span>
          <span className="muted">{t('head.ofSlot', { slot: formatMinutes(slot, lng) })}</span>
        </div>
        <div className="figure">
          <span className="figure-label">{running ? t('head.projectedEnd') : t('head.plannedEnd')}</span>
          <span className={`figure-value${late ? ' late' : ''}`} data-testid="live-projected-end">
            {late ? <span aria-hidden="true">▲ </span> : null}
            {formatTime(end, meeting.timeZone, lng)}
          </span>
          {running ? <span className="muted">{t('head.scheduledEnd', { time: formatTime(meeting.endsAt, meeting.timeZone, lng) })}</span> : null}
        </div>
        <div className="figure">
          <span className="figure-label">{t('head.quorum')}</span>
          <QuorumPill quorum={state.quorum} />
        </div>
      </div>
      <div className="row live-actions" role="toolbar" aria-label={t('head.toolbar')}>
        {!session && !closed ? (
          <button type="button" className="button primary" onClick={actions.open} disabled={busy} data-testid="live-open">
            {t('head.open')}
          </button>
        ) : null}
        {running ? (
          <>
            <button type="button" className="button" onClick={actions.toggleTimer} aria-keyshortcuts="T" data-testid={session?.paused ? 'live-resume' : 'live-pause'}>
              <span aria-hidden="true">{session?.paused ? '▶' : '❚❚'}</span>
              {session?.paused ? t('head.resume') : t('head.pause')}
            </button>
            <button type="button" className="button" onClick={actions.nextItem} disabled={!hasNext && !session?.currentItemId} aria-keyshortcuts="I" data-testid="live-next-item">
              <span aria-hidden="true">⇥</span>
              {t('head.nextItem')}
            </button>
          </>
        ) : null}
        {closed ? (
          <button type="button" className="button" onClick={actions.reopen} data-testid="live-reopen">
            {t('head.reopen')}
          </button>
        ) : null}
        <span className="spacer" />
        {session ? (
          <button type="button" className="button ghost" onClick={actions.projector} aria-keyshortcuts="P" data-testid="live-projector">
            <span aria-hidden="true">▣</span>
            {t('head.projector')}
          </button>
        ) : null}
        {running ? (
          <button type="button" className="button ghost" onClick={actions.settings} data-testid="live-settings">
            <span aria-hidden="true">⚙</span>
            {t('head.settings')}
          </button>
        ) : null}
        <button type="button" className="button ghost" onClick={actions.help} aria-keyshortcuts="?" data-testid="live-help">
          <span aria-hidden="true">⌨</span>
          {t('head.help')}
        </button>
        {running ? (
          <button type="button" className="button danger" onClick={actions.close} data-testid="live-close">
            {t('head.close')}
          </button>
        ) : null}
      </div>
    </header>
  );
}
