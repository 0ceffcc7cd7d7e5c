import { useTranslation } from 'react-i18next';
import type { ItemState, LiveState } from '../../../shared/domain/live/contract';
import { elapsedMs, timeTone } from '../../../shared/domain/live/time';
import { formatListDate, formatMinutes } from '../meetings/format';
import { useNow } from './clock';
import { formatClock } from './format';
import { agendaRows, isClosed, isRunning } from './selectors';
import { ToneLabel } from './ToneLabel';

const STATE_ICON: Record<ItemState, string> = { pending: '○', current: '▶', done: '✓', deferred: '↷' };

/** The agenda as it runs: each item's state, planned vs. elapsed, its tone; click to make it current; defer. */
export function AgendaColumn({ state, onDefer, onMakeCurrent }: { state: LiveState; onDefer(itemId: string): void; onMakeCurrent(itemId: string): void }) {
  const { t, i18n } = useTranslation('live');
  const lng = i18n.language;
  const now = useNow();
  const running = isRunning(state);
  const locked = isClosed(state);
  const rows = agendaRows(state);

  return (
    <section className="panel live-agenda" aria-labelledby="live-agenda-h" data-testid="live-agenda">
      <h2 id="live-agenda-h">{t('agenda.title')}</h2>
      {rows.length === 0 ? <p className="muted">{t('agenda.empty')}</p> : null}
      <ol className="live-items">
        {rows.map(({ item, number, depth }) => {
          const elapsed = elapsedMs(item.runs, now);
          const tone = timeTone(elapsed, item.plannedMinutes);
          const showTone = elapsed > 0 && (item.state === 'current' || item.state === 'done');
          const canMakeCurrent = running && (item.state === 'pending' || item.state === 'done');
          const canDefer = !locked && (item.state === 'pending' || item.state === 'current');
          return (
            <li
              key={item.id}
              className={`live-item depth-${depth} state-${item.state}${showTone ? ` tone-${tone}` : ''}`}
              aria-current={item.state === 'current' ? 'step' : undefined}
              data-testid="live-item"
              data-item-id={item.id}
              data-state={item.state}
              data-tone={showTone ? tone : undefined}
            >
              <div className="live-item-line">
                <span className="live-item-number">{number}</span>
                {canMakeCurrent ? (
                  <button
                    type="button"
                    className="live-item-title link-button"
                    onClick={() => onMakeCurrent(item.id)}
                    title={t('agenda.makeCurrent', { title: item.title })}
                    data-testid="live-item-title"
                  >
                    {item.title}
                  </button>
                ) : (
                  <span className="live-item-title" data-testid="live-item-title">
                    {item.title}
                  </span>
                )}
              </div>
              <div className="live-item-meta">
                <span className={`item-state state-${item.state}`} data-testid="live-item-state">
                  <span aria-hidden="true">{STATE_ICON[item.state]} </span>
                  {t(`itemState.${item.state}`)}
                </span>
                <span className="live-item-time" data-testid="live-item-time">
                  {item.state === 'pending' ? formatMinutes(item.plannedMinutes, lng) : t('agenda.elapsedOf', { elapsed: formatClock(elapsed), planned: formatMinutes(item.plannedMinutes, lng) })}
                </span>
                {showTone ? <ToneLabel tone={tone} overMs={elapsed - item.plannedMinutes * 60_000} /> : null}
                {canDefer ? (
                  <button
                    type="button"
                    className="button ghost small"
                    onClick={() => onDefer(item.id)}
                    aria-label={t('agenda.deferItem', { title: item.title })}
                    data-testid="live-item-defer"
                  >
                    <span aria-hidden="true">↷</span>
                    {t('agenda.defer')}
                  </button>
                ) : null}
              </div>
              {item.deferredTo ? (
                <p className="live-item-deferred muted" data-testid="live-item-deferred">
                  {t('agenda.deferredTo', {
                    title: item.deferredTo.title,
                    date: formatListDate(item.deferredTo.startsAt, state.meeting.timeZone, lng),
                  })}
                  {item.deferredTo.reason ? <span> — {item.deferredTo.reason}</span> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
