import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import type { LiveState } from '../../../shared/domain/live/contract';
import { clockOffset } from '../../../shared/domain/live/time';
import type { AppError, Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { Slice } from '../../store';
import { setClockOffset } from './clock';

/** Locale namespace of the live session's field labels (for the error banner). */
export const NS = 'live';

/** How long a read caused by this window's own change waits (other windows read first). */
export const OWN_CHANGE_DELAY_MS = 150;

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
  /**
   * Reads `live.state` of `meetingId`; calls made while one is in flight coalesce into one more.
   * `view`: what this window shows (the projector's is the small answer); kept for later reads.
   */
  loadLive(meetingId: string, view?: 'full' | 'projector'): Promise<void>;
  /**
   * On `live.changed`: reads the state again. While this window's own mutation is on its way the read
   * waits a little (its answer carries the new state anyway), so the projector is served first.
   */
  liveChanged(meetingId: string): void;
  /**
   * A live mutation; its answer replaces the state. `banner: false` when the caller shows the error.
   * `predict`: the state the core will answer, shown at once (shared/domain/live/predict.ts); the
   * answer replaces it, a refusal restores the last answer.
   */
  liveAct<K extends LiveStateChannel>(
    channel: K,
    input: InputOf<K>,
    opts?: { banner?: boolean; predict?: (state: LiveState) => LiveState | null },
  ): Promise<Result<LiveState>>;
}

export const createLiveSlice: Slice<LiveSlice> = (set, get) => {
  let issued = 0;
  let applied = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let acting = 0;
  let later: ReturnType<typeof setTimeout> | undefined;

  /** What this window shows: the projector reads the small state. */
  let view: 'full' | 'projector' = 'full';
  /** The core's last answer (what a refused prediction goes back to). */
  let confirmed: LiveState | null = null;

  const apply = (seq: number, state: LiveState) => {
    if (seq < applied || state.meeting.id !== get().liveId) return;
    applied = seq;
    confirmed = state;
    setClockOffset(clockOffset(state.now, Date.now()));
    set({ live: state, liveStatus: 'ready', liveError: null });
  };

  const read = async (meetingId: string) => {
    const seq = ++issued;
    const res = await invoke('live.state', view === 'projector' ? { meetingId, view } : { meetingId });
    if (get().liveId !== meetingId) return;
    if (res.ok) apply(seq, res.value);
    else if (!get().live) set({ liveStatus: 'failed', liveError: res.error });
  };

  return {
    live: null,
    liveId: null,
    liveStatus: 'idle',
    liveError: null,

    loadLive(meetingId, v) {
      if (v) view = v;
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

    liveChanged(meetingId) {
      if (get().liveId !== meetingId) return;
      if (acting === 0) {
        void get().loadLive(meetingId);
        return;
      }
      clearTimeout(later);
      later = setTimeout(() => void get().loadLive(meetingId), OWN_CHANGE_DELAY_MS);
    },

    async liveAct(channel, input, { banner = true, predict } = {}) {
      const seq = ++issued;
      acting++;
      const call = invoke(channel, input) as unknown as Promise<Result<LiveState>>;
      const before = get().live;
      const guess = predict && before ? predict(before) : null;
      if (guess) set({ live: guess });
      const res = await (banner ? get().run(call, NS) : call).finally(() => acting--);
      if (res.ok) apply(seq, res.value);
      else if (guess && get().live === guess) set({ live: confirmed ?? before });
      return res;
    },
  };
};
