import type { ChannelName, EventMap, EventName, InputOf, OutputOf } from '../shared/contract';
import type { Result } from '../shared/errors';

/** Typed invoke over `window.palabra`, derived from the contract. Never throws. */
export async function invoke<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  try {
    return (await window.palabra.invoke(channel, input)) as Result<OutputOf<K>>;
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Subscribes to a main -> renderer event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return window.palabra.on(event, listener as (p: unknown) => void);
}
