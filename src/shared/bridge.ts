import type { EventName, PalabraBridge } from './contract';

/**
 * Builds `window.palabra`: `invoke` restricted to contract channels and `on` restricted to contract
 * events. The preload and the E2E bridge both use this very function, so the renderer meets the same
 * object in both. It must stay self-contained (no imports used in its body): the E2E harness injects
 * its source into the page.
 */
export function createBridge(
  channels: readonly string[],
  events: readonly string[],
  send: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): PalabraBridge {
  const allowedChannels = new Set(channels);
  const allowedEvents = new Set(events);
  return Object.freeze({
    invoke(channel: string, input: unknown) {
      if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
        return Promise.resolve({
          ok: false as const,
          error: { code: 'unknown_channel' as const, message: `Unknown channel: ${String(channel)}`, params: { channel: String(channel) } },
        });
      }
      return send(channel, input) as ReturnType<PalabraBridge['invoke']>;
    },
    on(event: EventName, listener: (payload: unknown) => void) {
      if (!allowedEvents.has(event) || typeof listener !== 'function') return () => {};
      return subscribe(event, (payload) => listener(payload));
    },
  });
}
