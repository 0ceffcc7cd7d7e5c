import path from 'node:path';
import { afterEach, expect } from 'vitest';
import en from '../../../../locales/en/errors.json';
import es from '../../../../locales/es/errors.json';
import fr from '../../../../locales/fr/errors.json';
import type { EventMap, EventName } from '../../../shared/contract';
import type { LiveState } from '../../../shared/domain/live/contract';
import type { MeetingSummary } from '../../../shared/domain/meetings/contract';
import type { Result } from '../../../shared/errors';
import type { Shell } from '../../db/repo';
import { createCore, type Core } from '../index';
import { snapshot, tempDir } from '../../test/tmp';

// Shared by the live-session tests: the example data loaded on the day of San Juan, a clock the test
// moves, and helpers to call channels and to check refusals.

/** The example is loaded on 10 March 2018 at 19:00 UTC: San Juan is at 19:15, the ALAC call ten days later. */
export const LOADED_AT = Date.parse('2018-03-10T19:00:00.000Z');
export const MIN = 60_000;

export interface Clock {
  now: () => Date;
  /** Moves the clock on by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to an instant. */
  set(iso: string): void;
}

export function clock(start = LOADED_AT): Clock {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms) => void (t += ms),
    set: (iso) => void (t = Date.parse(iso)),
  };
}

export interface Live {
  core: Core;
  clock: Clock;
  file: string;
  events: [EventName, EventMap[EventName]][];
  member(name: string): string;
  meeting(title: string): MeetingSummary;
  item(state: LiveState, title: string): LiveState['agenda'][number];
  call<T = LiveState>(channel: string, input: unknown): T;
  state(meetingId: string): LiveState;
  /** A new core on the same file, as after a reload or a crash. */
  reload(): void;
}

const cores: Core[] = [];
afterEach(() => {
  while (cores.length) {
    const c = cores.pop()!;
    if (c.ctx.db.open) c.close();
  }
});

export function liveWorld(opts: { shell?: Shell } = {}): Live {
  const c = clock();
  const file = path.join(tempDir(), 'palabra.db');
  const events: Live['events'] = [];
  const open = () => {
    const core = createCore(file, { now: c.now, emit: (e, p) => void events.push([e, p]), shell: opts.shell });
    cores.push(core);
    return core;
  };
  const world: Live = {
    core: open(),
    clock: c,
    file,
    events,
    member(name) {
      const row = world.core.ctx.db.prepare('SELECT id FROM members WHERE name = ?').get(name) as { id: string } | undefined;
      if (!row) throw new Error(`no member ${name}`);
      return row.id;
    },
    meeting(title) {
      const found = world.call<MeetingSummary[]>('meetings.list', {}).find((m) => m.title === title);
      if (!found) throw new Error(`no meeting ${title}`);
      return found;
    },
    item(state, title) {
      const found = state.agenda.find((i) => i.title.startsWith(title));
      if (!found) throw new Error(`no item ${title}`);
      return found;
    },
    call<T>(channel: string, input: unknown): T {
      const res = world.core.dispatch(channel, input) as Result<T>;
      if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
      return res.value;
    },
    state: (meetingId) => world.call<LiveState>('live.state', { meetingId }),
    reload() {
      world.core.close();
      world.core = open();
    },
  };
  world.call('example.load', {});
  return world;
}

export const SAN_JUAN = 'Regional leaders and ALAC: working session, part 4';
export const ALAC_CALL = 'ALAC monthly call';

/** The San Juan meeting of the example and the ids of the people in it. */
export function sanJuan(world: Live) {
  const m = (name: string) => world.member(name);
  return {
    id: world.meeting(SAN_JUAN).id,
    graham: m('Graham Whitcombe'),
    helene: m('Hélène Marchetti'),
    linda: m('Linda Kowalski'),
    aissatou: m('Aïssatou Ndiaye'),
    rohan: m('Rohan Mehta'),
    joaquim: m('Joaquim Ferreira da Silva'),
    marisol: m('Marisol Cuevas Arriaga'),
    rafael: m('Rafael Peña Almonte'),
    valeria: m('Valeria Irigoyen'),
    tomas: m('Tomás Echeverría'),
    renata: m('Renata Albuquerque'),
  };
}

const MESSAGES = { en, fr, es } as Record<string, Record<string, unknown>>;

/** Refused with `code` (on `field`), translated in every language, with not one row changed anywhere. */
export function expectRefused(world: Live, channel: string, input: unknown, code: string, field?: string) {
  const before = snapshot(world.core);
  const res = world.core.dispatch(channel, input);
  expect(res, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code, ...(field ? { field } : {}) } });
  for (const lng of Object.keys(MESSAGES)) expect(typeof MESSAGES[lng][code], `${lng}/errors:${code}`).toBe('string');
  expect(snapshot(world.core)).toEqual(before);
  return res.ok ? null : res.error;
}
