import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../shared/domain/live/contract';
import { predictSpeakers } from '../../../shared/domain/live/predict';
import { invoke, on } from '../../api';
import { href } from '../../app/route';
import { errorText } from '../../i18n';
import { useStore } from '../../store';
import { AgendaColumn } from './AgendaColumn';
import { AttendancePanel } from './AttendancePanel';
import { serverNow } from './clock';
import { CurrentItem } from './CurrentItem';
import { CloseDialog, DeferDialog, HelpDialog, ReopenDialog, SettingsDialog } from './dialogs';
import { LiveHeader } from './LiveHeader';
import type { CaptureMode } from './QuickCapture';
import { currentItem, isClosed, isRunning, speakerLists } from './selectors';
import { useShortcuts } from './shortcuts';
import { NS } from './slice';
import '../meetings/meetings.css';
import './live.css';

/** Follows the live state of a meeting: reads it, and reads it again on every `live.changed` about it. */
export function useLiveState(meetingId: string, view: 'full' | 'projector' = 'full') {
  const loadLive = useStore((s) => s.loadLive);
  const liveChanged = useStore((s) => s.liveChanged);
  useEffect(() => {
    void loadLive(meetingId, view);
    return on('live.changed', (p) => liveChanged(p.meetingId));
  }, [meetingId, view, loadLive, liveChanged]);
  const live = useStore((s) => (s.liveId === meetingId ? s.live : null));
  const status = useStore((s) => s.liveStatus);
  const error = useStore((s) => s.liveError);
  return { live, status, error };
}

/** #/live/<meetingId>: the session screen of the chair and the secretary. */
export function LivePage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('live');
  const { live, status, error } = useLiveState(meetingId);
  if (live) return <LiveSession state={live} />;
  if (status === 'failed' && error) {
    return (
      <section className="page" aria-labelledby="live-missing">
        <h1 id="live-missing">{error.code === 'not_found' ? t('page.notFound') : t('page.failed')}</h1>
        {error.code === 'not_found' ? null : (
          <p className="warning-box" role="alert" data-testid="live-load-error">
            {errorText(error, NS)}
          </p>
        )}
        <a href={href('meetings')}>{t('head.allMeetings')}</a>
      </section>
    );
  }
  return (
    <p className="muted" role="status">
      {t('status.loading', { ns: 'common' })}
    </p>
  );
}

type OpenDialog = { kind: 'defer'; itemId: string } | { kind: 'close' | 'reopen' | 'settings' | 'help' } | null;

function LiveSession({ state }: { state: LiveState }) {
  const liveAct = useStore((s) => s.liveAct);
  const run = useStore((s) => s.run);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  const [captureMode, setCaptureMode] = useState<CaptureMode>('decision');
  const [captureFocus, setCaptureFocus] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const meetingId = state.meeting.id;
  const running = isRunning(state);
  const paused = Boolean(state.session?.paused);
  const item = currentItem(state);
  const { speaking, queued } = speakerLists(state);

  const act = (channel: 'live.open' | 'live.pause' | 'live.resume' | 'live.nextItem' | 'speakers.next' | 'speakers.stop') => {
    setBusy(true);
    // Next speaker and stop are shown at the key press (the core's answer follows).
    const change = channel === 'speakers.next' ? ({ type: 'next' } as const) : channel === 'speakers.stop' ? ({ type: 'stop' } as const) : null;
    const predict = change ? (s: LiveState) => predictSpeakers(s, change, new Date(serverNow()).toISOString()) : undefined;
    void liveAct(channel, { meetingId }, { predict }).finally(() => setBusy(false));
  };
  const askCapture = (mode: CaptureMode) => {
    setCaptureMode(mode);
    setCaptureFocus((n) => n + 1);
  };
  const projector = () => void run(invoke('live.projector', { meetingId }), NS);

  // Every live action from the keyboard; only `help` (and the projector) when the session is not running.
  useShortcuts({
    nextSpeaker: () => running && (queued.length > 0 || speaking) && act('speakers.next'),
    stopSpeaker: () => running && speaking && act('speakers.stop'),
    addSpeaker: () => running && searchRef.current?.focus(),
    toggleTimer: () => running && act(paused ? 'live.resume' : 'live.pause'),
    nextItem: () => running && act('live.nextItem'),
    decision: () => running && item && askCapture('decision'),
    action: () => running && item && askCapture('action'),
    deadline: () => running && item && askCapture('deadline'),
    note: () => running && noteRef.current?.focus(),
    defer: () => running && item && setDialog({ kind: 'defer', itemId: item.id }),
    projector: () => state.session && projector(),
    help: () => setDialog({ kind: 'help' }),
  });

  const close = () => setDialog(null);
  return (
    <section className="live-page" aria-labelledby="live-title" data-testid="live-page" data-status={state.meeting.status}>
      <LiveHeader
        state={state}
        busy={busy}
        actions={{
          open: () => act('live.open'),
          toggleTimer: () => act(paused ? 'live.resume' : 'live.pause'),
          nextItem: () => act('live.nextItem'),
          close: () => setDialog({ kind: 'close' }),
          reopen: () => setDialog({ kind: 'reopen' }),
          settings: () => setDialog({ kind: 'settings' }),
          projector,
          help: () => setDialog({ kind: 'help' }),
        }}
      />
      {isClosed(state) ? <ClosedNote /> : null}
      <div className="live-grid">
        <AgendaColumn
          state={state}
          onDefer={(itemId) => setDialog({ kind: 'defer', itemId })}
          onMakeCurrent={(itemId) => void liveAct('live.setCurrentItem', { meetingId, itemId })}
        />
        <CurrentItem state={state} searchRef={searchRef} noteRef={noteRef} capture={{ mode: captureMode, onMode: setCaptureMode, focus: captureFocus }} />
        <AttendancePanel state={state} />
      </div>
      {dialog?.kind === 'defer' ? <DeferDialog state={state} itemId={dialog.itemId} onClose={close} /> : null}
      {dialog?.kind === 'close' ? <CloseDialog state={state} onClose={close} /> : null}
      {dialog?.kind === 'reopen' ? <ReopenDialog state={state} onClose={close} /> : null}
      {dialog?.kind === 'settings' && state.session ? <SettingsDialog state={state} onClose={close} /> : null}
      {dialog?.kind === 'help' ? <HelpDialog onClose={close} /> : null}
    </section>
  );
}

function ClosedNote() {
  const { t } = useTranslation('live');
  return (
    <p className="warning-box" data-testid="live-closed">
      {t('page.closedNote')}
    </p>
  );
}
