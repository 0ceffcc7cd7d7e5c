import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimerRun } from './contract';
import { clockOffset, elapsedMs, projectedEnd, speakerSecondsLeft, timeTone } from './time';

const T0 = Date.parse('2018-03-10T19:15:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;

describe('elapsedMs', () => {
  it('adds closed runs and the open one up to now', () => {
    const runs: TimerRun[] = [
      { startedAt: iso(T0), endedAt: iso(T0 + 3 * MIN) },
      { startedAt: iso(T0 + 5 * MIN), endedAt: null },
    ];
    expect(elapsedMs(runs, T0 + 7 * MIN)).toBe(5 * MIN);
    expect(elapsedMs([], T0)).toBe(0);
  });
  it('never counts negative time (a clock set back)', () => {
    expect(elapsedMs([{ startedAt: iso(T0), endedAt: null }], T0 - MIN)).toBe(0);
  });
});

/** A session of one item driven by random pause / resume / reload steps. */
type Step = { kind: 'wait'; ms: number } | { kind: 'pause' } | { kind: 'resume' } | { kind: 'reload' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 10 * MIN }) }),
  fc.constant({ kind: 'pause' as const }),
  fc.constant({ kind: 'resume' as const }),
  fc.constant({ kind: 'reload' as const }),
);

describe('time accounting with pause, resume and reload', () => {
  it('elapsed equals the time spent running, whatever the pauses and reloads', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let now = T0;
        // the stored runs (what survives a reload) and an independent stopwatch
        let stored: TimerRun[] = [{ startedAt: iso(now), endedAt: null }];
        let running = true;
        let stopwatch = 0;
        for (const s of steps) {
          if (s.kind === 'wait') {
            now += s.ms;
            if (running) stopwatch += s.ms;
          } else if (s.kind === 'pause' && running) {
            stored = stored.map((r) => (r.endedAt === null ? { ...r, endedAt: iso(now) } : r));
            running = false;
          } else if (s.kind === 'resume' && !running) {
            stored = [...stored, { startedAt: iso(now), endedAt: null }];
            running = true;
          } else if (s.kind === 'reload') {
            // a reload reads the runs back from storage (JSON round trip) and nothing else
            stored = JSON.parse(JSON.stringify(stored)) as TimerRun[];
          }
          expect(elapsedMs(stored, now)).toBe(stopwatch);
          expect(stored.filter((r) => r.endedAt === null).length).toBe(running ? 1 : 0);
        }
      }),
    );
  });

  it('elapsed never decreases as time passes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.option(fc.nat(1000), { nil: null })), { maxLength: 8 }), fc.nat(5000), fc.nat(5000), (spans, a, b) => {
        const runs = spans.map(([s, d]) => ({ startedAt: iso(T0 + s * 1000), endedAt: d === null ? null : iso(T0 + (s + d) * 1000) }));
        const [x, y] = [Math.min(a, b), Math.max(a, b)];
        expect(elapsedMs(runs, T0 + y * 1000)).toBeGreaterThanOrEqual(elapsedMs(runs, T0 + x * 1000));
      }),
    );
  });
});

describe('timeTone', () => {
  it('ok below 80 %, near from 80 %, over past the plan; no plan is always ok', () => {
    expect(timeTone(7 * MIN, 10)).toBe('ok');
    expect(timeTone(8 * MIN, 10)).toBe('near');
    expect(timeTone(10 * MIN, 10)).toBe('near');
    expect(timeTone(10 * MIN + 1, 10)).toBe('over');
    expect(timeTone(99 * MIN, 0)).toBe('ok');
  });
});

describe('projectedEnd', () => {
  it('what is left of the current item plus the pending plans; a long item adds nothing', () => {
    const items = [
      { state: 'done', plannedMinutes: 5, runs: [{ startedAt: iso(T0), endedAt: iso(T0 + 9 * MIN) }] },
      { state: 'current', plannedMinutes: 15, runs: [{ startedAt: iso(T0 + 9 * MIN), endedAt: null }] },
      { state: 'pending', plannedMinutes: 15, runs: [] },
      { state: 'deferred', plannedMinutes: 15, runs: [] },
    ];
    expect(projectedEnd(items, T0 + 14 * MIN)).toBe(T0 + 14 * MIN + 10 * MIN + 15 * MIN);
    expect(projectedEnd(items, T0 + 30 * MIN)).toBe(T0 + 30 * MIN + 15 * MIN);
  });
});

describe('speakerSecondsLeft and clockOffset', () => {
  it('counts down from the limit, negative when over', () => {
    expect(speakerSecondsLeft(iso(T0), 120, T0 + 30_500)).toBe(90);
    expect(speakerSecondsLeft(iso(T0), 120, T0 + 125_000)).toBe(-5);
  });
  it('the renderer reads the main clock through the offset', () => {
    const offset = clockOffset(iso(T0 + 2000), T0);
    expect(T0 + offset).toBe(T0 + 2000);
  });
});
