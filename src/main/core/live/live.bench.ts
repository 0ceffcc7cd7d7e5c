import { bench, describe } from 'vitest';
import type { LiveState, MemberHit } from '../../../shared/domain/live/contract';
import type { Meeting } from '../../../shared/domain/meetings/contract';
import type { Result } from '../../../shared/errors';
import { tempDirectoryFile } from '../directory/bench-file';
import { seedDirectory } from '../directory/scale';
import { createCore } from '../index';

// `npx vitest bench --run --project node src/main/core/live/live.bench.ts`: the live session's hot
// paths on a 5,000-member directory, each through `dispatch` (validation, transaction, journal,
// the whole LiveState answer). The meeting is the ALAC's: 500 expected members (the scale seed gives
// one member in ten an ALAC seat, a worst case: the real ALAC has 15), 100 of them in the room.
//
// Besides vitest's figures per bench, each dispatch is timed on its own and the per-channel p50 / p95
// are printed at the end of each bench (the turn bench mixes two channels).

const core = createCore(tempDirectoryFile());
const { alac } = core.ctx.db.transaction(() => seedDirectory(core.ctx, 5000))();

function call<T>(channel: string, input: unknown): T {
  const res = core.dispatch(channel, input) as Result<T>;
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.value;
}

const meeting = call<Meeting>('meetings.create', {
  bodyId: alac,
  title: 'ALAC monthly call',
  kind: 'call',
  startsAt: '2030-03-20T19:00:00Z',
  durationMinutes: 90,
  timeZone: 'UTC',
});
for (let i = 0; i < 8; i++) call('agenda.add', { meetingId: meeting.id, title: `Item ${i + 1}`, plannedMinutes: 10, kind: 'discussion' });
const meetingId = meeting.id;
call('live.open', { meetingId });
const expected = call<LiveState>('live.state', { meetingId }).attendance.map((l) => l.memberId);
const inRoom = expected.slice(0, 100);
for (const memberId of inRoom) call('attendance.set', { meetingId, memberId, status: 'present' });

const samples = new Map<string, number[]>();
function timed<T>(channel: string, input: unknown): T {
  const t0 = performance.now();
  const value = call<T>(channel, input);
  const list = samples.get(channel) ?? [];
  list.push(performance.now() - t0);
  samples.set(channel, list);
  return value;
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const report = (channels: string[]) => (_task?: unknown, mode?: 'warmup' | 'run') => {
  for (const c of channels) {
    if (mode !== 'run') {
      samples.delete(c);
      continue;
    }
    const xs = samples.get(c) ?? [];
    if (xs.length) console.log(`  ${c}: n=${xs.length} p50=${pct(xs, 50).toFixed(2)} ms p95=${pct(xs, 95).toFixed(2)} ms max=${Math.max(...xs).toFixed(2)} ms`);
    samples.delete(c);
  }
};
/** Bench harness housekeeping (one SQL statement): the current item's queue and its finished speakers are cleared. */
const clearQueue = () => core.ctx.db.prepare("UPDATE speakers SET deleted_at = '2030-01-01T00:00:00.000Z' WHERE meeting_id = ? AND deleted_at IS NULL").run(meetingId);
/** Keeps `n` requests waiting. */
function fillQueue(n: number) {
  clearQueue();
  for (let i = 0; i < n; i++) call('speakers.add', { meetingId, memberId: inRoom[i] });
}

let k = 0;
describe('live session, 5,000-member directory (ALAC meeting: 500 expected, 100 in the room)', () => {
  bench('attendance.search "garcia"', () => void timed<MemberHit[]>('attendance.search', { meetingId, query: 'garcia' }), {
    teardown: report(['attendance.search']),
  });
  bench('attendance.search "jo" (many hits, in the room first)', () => void timed<MemberHit[]>('attendance.search', { meetingId, query: 'jo' }), {
    teardown: report(['attendance.search']),
  });
  bench(
    'speakers.add (queue up to 10)',
    () => {
      if (k % 10 === 0) clearQueue();
      timed<LiveState>('speakers.add', { meetingId, memberId: inRoom[k++ % 10] });
    },
    { setup: () => void (k = 0), teardown: report(['speakers.add']) },
  );
  bench(
    'one turn: speakers.add + speakers.next (queue held at 10)',
    () => {
      // the request of someone not waiting (members 10..99 take turns), then the next speaker
      timed<LiveState>('speakers.add', { meetingId, memberId: inRoom[10 + (k++ % 90)] });
      timed<LiveState>('speakers.next', { meetingId });
      if (k % 50 === 0) fillQueue(10); // finished speakers do not pile up on the item
    },
    { setup: () => void ((k = 0), fillQueue(10)), teardown: report(['speakers.add', 'speakers.next']) },
  );
  bench('live.state (queue of 10)', () => void timed<LiveState>('live.state', { meetingId }), {
    setup: () => fillQueue(10),
    teardown: report(['live.state']),
  });
});
