import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../shared/domain/live/contract';
import { elapsedMs, timeTone } from '../../../shared/domain/live/time';
import { formatMinutes } from '../meetings/format';
import { useNow } from './clock';
import { formatClock } from './format';
import { NoteEditor } from './NoteEditor';
import { QuickCapture, type CaptureControl } from './QuickCapture';
import { currentItem, isClosed, isRunning, itemNumber } from './selectors';
import { SpeakerQueue } from './SpeakerQueue';
import { ToneLabel } from './ToneLabel';

/** The item the clock runs on: its ticking timer against the plan, the speaker queue, the note and quick capture. */
export function CurrentItem({
  state,
  searchRef,
  noteRef,
  capture,
}: {
  state: LiveState;
  searchRef: Ref<HTMLInputElement>;
  noteRef: Ref<HTMLTextAreaElement>;
  capture: CaptureControl;
}) {
  const { t } = useTranslation('live');
  const item = currentItem(state);

  if (!state.session) {
    return (
      <section className="panel live-current" aria-labelledby="live-current-h" data-testid="live-current">
        <h2 id="live-current-h">{t('current.notOpen')}</h2>
        <p className="muted">{t('current.notOpenHint')}</p>
      </section>
    );
  }
  if (!item) {
    return (
      <section className="panel live-current" aria-labelledby="live-current-h" data-testid="live-current">
        <h2 id="live-current-h">{isClosed(state) ? t('current.closed') : t('current.none')}</h2>
        <p className="muted">{isClosed(state) ? t('current.closedHint') : t('current.noneHint')}</p>
      </section>
    );
  }
  return (
    <section className="panel live-current" aria-labelledby="live-current-h" data-testid="live-current" data-item-id={item.id}>
      <p className="eyebrow">{t('current.eyebrow', { number: itemNumber(state, item.id) })}</p>
      <h2 id="live-current-h" className="current-title" data-testid="current-title">
        {item.title}
      </h2>
      {item.presenter ? <p className="muted presenter">{t('current.presenter', { name: item.presenter })}</p> : null}
      <ItemTimer state={state} />
      <SpeakerQueue state={state} searchRef={searchRef} />
      <NoteEditor key={item.id} item={item} readOnly={!isRunning(state)} textareaRef={noteRef} />
      {isRunning(state) ? <QuickCapture state={state} item={item} capture={capture} /> : null}
    </section>
  );
}

/** The ticking clock of the current item (client clock corrected to the main process's). */
function ItemTimer({ state }: { state: LiveState }) {
  const { t, i18n } = useTranslation('live');
  const now = useNow();
  const item = currentItem(state)!;
  const elapsed = elapsedMs(item.runs, now);
  const tone = timeTone(elapsed, item.plannedMinutes);
  return (
    <div className={`item-timer tone-${tone}`} data-testid="item-timer" data-tone={tone} data-ms={elapsed}>
      <span className="timer-value" role="timer" aria-label={t('current.timer')} data-testid="item-elapsed">
        {formatClock(elapsed)}
      </span>
      <span className="timer-plan">{t('current.ofPlanned', { planned: formatMinutes(item.plannedMinutes, i18n.language) })}</span>
      {item.plannedMinutes > 0 ? <ToneLabel tone={tone} overMs={elapsed - item.plannedMinutes * 60_000} /> : null}
      {state.session?.paused ? (
        <span className="badge warning">
          <span aria-hidden="true">❚❚ </span>
          {t('head.paused')}
        </span>
      ) : null}
    </div>
  );
}
