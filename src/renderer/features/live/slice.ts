import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import type { LiveState } from '../../../shared/domain/live/contract';
import { clockOffset } from '../../../shared/domain/live/time';
import type { AppError, Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { Slice } from '../../store';
import { setClockOffset } from './clock';

/** Locale namespace of the live session's field labels (for the error banner). */
export const NS = 'live';

/** The channels that answer with the whole live state (the screen shows the answer at once). */
export type LiveStateChannel = { [K in ChannelName]: OutputOf<K> extends LiveState ? K : never }[ChannelName];

/**
 * The live session of one meeting, as the core last returned it. Every mutation answers with the whole
 * state, shown at once; `live.changed` (from this window's mutations or another's) fetches it again.
 * Answers are applied in the order the calls were made, so a slow read never undoes a newer change.
 */
export interface LiveSlice {
  live: LiveState | null;
  /** The meeting the live screen (or the projector) is about. */
  liveId: string | null;
  liveStatus: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the first read failed (not_found: no such meeting). */
  liveError: AppError | null;
  /** Reads `live.state` of `meetingId`; calls made while one is in flight coalesce into one more. */
  loadLive(meetingId: string): Promise<void>;
  /** A live mutation; its answer replaces the state. `banner: false` when the caller shows the error. */
  liveAct<K extends LiveStateChannel>(channel: K, input: InputOf<K>, opts?: { banner?: boolean }): Promise<Result<LiveState>>;
}

export const createLiveSlice: Slice<LiveSlice> = (set, get) => {
  let issued = 0;
  let applied = 0;
  let running: Promise<void> | null = null;
  let again = false;

  const apply = (seq: number, state: LiveState) => {
    if (seq < applied || state.meeting.id !== get().liveId) return;
    applied = seq;
    setClockOffset(clockOffset(state.now, Date.now()));
    set({ live: state, liveStatus: 'ready', liveError: null });
  };

  const read = async (meetingId: string) => {
    const seq = ++issued;
    const res = await invoke('live.state', { meetingId });
    if (get().liveId !== meetingId) return;
    if (res.ok) apply(seq, res.value);
    else if (!get().live) set({ liveStatus: 'failed', liveError: res.error });
  };

  return {
    live: null,
    liveId: null,
    liveStatus: 'idle',
    liveError: null,

    loadLive(meetingId) {
      if (get().liveId !== meetingId) set({ liveId: meetingId, live: null, liveStatus: 'loading', liveError: null });
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          const id = get().liveId;
          if (id) await read(id);
        } while (again);
      })().finally(() => {
        running = null;
      });
      return running;
    },

    async liveAct(channel, input, { banner = true } = {}) {
      const seq = ++issued;
      const call = invoke(channel, input) as unknown as Promise<Result<LiveState>>;
      const res = banner ? await get().run(call, NS) : await call;
      if (res.ok) apply(seq, res.value);
      return res;
    },
  };
};
