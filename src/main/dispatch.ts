import { contract, isChannel, type ChannelName, type EventMap, type EventName, type OutputOf, type ParsedInputOf } from '../shared/contract';
import type { ChannelMap } from '../shared/channel';
import type { z } from 'zod';
import { DomainError, fail, ok, type Result } from '../shared/errors';
import { fromZodError } from '../shared/validation';
import type { Ctx } from './db/repo';
import { handlers as allHandlers } from './core/handlers';

export type Handler<K extends ChannelName> = (input: ParsedInputOf<K>, ctx: Ctx) => OutputOf<K>;
export type Handlers = { [K in ChannelName]: Handler<K> };
/** A capability's handler map, typed from its own slice of the contract. */
export type HandlersFor<M extends ChannelMap> = {
  [K in keyof M]: (input: z.output<M[K]['input']>, ctx: Ctx) => M[K]['output'];
};

export type Dispatch = (channel: string, rawInput: unknown) => Result<unknown>;

/**
 * The single door into the core. Unknown channel -> error; input parsed strictly (unknown keys are
 * refused) before any handler runs; the handler runs in one transaction; events are delivered only
 * after commit. Nothing throws out of it.
 */
export function createDispatcher(ctx: Ctx, handlers: Handlers = allHandlers): Dispatch {
  return (channel, rawInput) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return fail('unknown_channel', `Unknown channel: ${String(channel)}`, undefined, { channel: String(channel) });
    }
    const parsed = contract[channel].input.safeParse(rawInput === undefined ? {} : rawInput, { reportInput: true });
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
    const events: [EventName, EventMap[EventName]][] = [];
    const callCtx: Ctx = { ...ctx, emit: (event, payload) => void events.push([event, payload]) };
    try {
      const handler = handlers[channel] as (input: unknown, c: Ctx) => unknown;
      const value = ctx.db.transaction(() => handler(parsed.data, callCtx))();
      for (const [event, payload] of dedupe(events)) ctx.emit(event, payload);
      return ok(value);
    } catch (e) {
      if (e instanceof DomainError) return { ok: false, error: e.toAppError() };
      console.error(`[dispatch] ${channel} failed`, e);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  };
}

function dedupe(events: [EventName, EventMap[EventName]][]) {
  const seen = new Set<string>();
  return events.filter(([e, p]) => {
    const key = `${e}:${'entity' in p ? p.entity : JSON.stringify(p)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
