import type { z } from 'zod';
import type { ChannelDef } from './channel';
import { appChannels } from './domain/app/contract';
import { decisionsChannels } from './domain/decisions/contract';
import { directoryChannels } from './domain/directory/contract';
import { liveChannels } from './domain/live/contract';
import { meetingsChannels } from './domain/meetings/contract';

/**
 * The one IPC contract: every channel the renderer may invoke, with its strict input schema and its
 * output type. The renderer's `invoke` and the main side's handler map are both typed from it.
 */
export const contract = {
  ...appChannels,
  ...directoryChannels,
  ...meetingsChannels,
  ...liveChannels,
  ...decisionsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller passes (before zod defaults/transforms). */
export type InputOf<K extends ChannelName> = Contract[K] extends ChannelDef<infer I, unknown> ? z.input<I> : never;
/** What the handler receives (after parsing). */
export type ParsedInputOf<K extends ChannelName> = Contract[K] extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<K extends ChannelName> = Contract[K]['output'];

export const isChannel = (name: string): name is ChannelName => Object.prototype.hasOwnProperty.call(contract, name);

/** Main -> renderer events, delivered through `window.palabra.on`. */
export interface EventMap {
  /** Something in the database changed; listeners refresh what they show. */
  'data.changed': { entity: string; id?: string };
  /** The live state of a meeting changed (session, attendance, queue, notes…): the chair's window and
   * the projector fetch `live.state` again. */
  'live.changed': { meetingId: string };
  /** A decision changed (consensus, no-objection call, recusal, vote, ballot): its screens fetch
   * `decisions.get` / `votes.get` again. A new or edited proposal also emits `live.changed`. */
  'decisions.changed': { decisionId: string; meetingId: string };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['data.changed', 'live.changed', 'decisions.changed'];

/** The shape of `window.palabra`, defined by the preload (and by the E2E bridge). */
export interface PalabraBridge {
  invoke(channel: string, input: unknown): Promise<import('./errors').Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The single IPC channel name used between preload and main for invoke, and the one for events. */
export const IPC_INVOKE = 'palabra:invoke';
export const IPC_EVENT = 'palabra:event';
