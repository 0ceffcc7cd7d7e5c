import type { TimerRun } from './contract';

// Time accounting of a live session, from stored runs and a clock. Pure: the core computes with the
// main process's `now`, the renderer with `now` corrected by the offset it read in `live.state`.

/** Milliseconds run so far: closed runs plus the open one up to `now` (never negative). */
export function elapsedMs(runs: readonly TimerRun[], now: number): number {
  let total = 0;
  for (const run of runs) {
    const start = Date.parse(run.startedAt);
    const end = run.endedAt === null ? now : Date.parse(run.endedAt);
    if (end > start) total += end - start;
  }
  return total;
}

/** How an item stands against its plan: `near` from 80 %, `over` past 100 % (no plan: never). */
export type TimeTone = 'ok' | 'near' | 'over';
export function timeTone(elapsed: number, plannedMinutes: number): TimeTone {
  if (plannedMinutes <= 0) return 'ok';
  const planned = plannedMinutes * 60_000;
  if (elapsed > planned) return 'over';
  return elapsed >= planned * 0.8 ? 'near' : 'ok';
}

/**
 * The planned end, recomputed: from `now`, what is left of the current item's plan (nothing when it
 * runs long) plus the plans of the items still pending. Paused time pushes it later too.
 */
export function projectedEnd(
  items: readonly { state: string; plannedMinutes: number; runs: readonly TimerRun[] }[],
  now: number,
): number {
  let left = 0;
  for (const item of items) {
    if (item.state === 'pending') left += item.plannedMinutes * 60_000;
    else if (item.state === 'current') left += Math.max(0, item.plannedMinutes * 60_000 - elapsedMs(item.runs, now));
  }
  return now + left;
}

/** Seconds left for a speaker who started at `startedAt` with `limitSeconds` (negative: over). */
export function speakerSecondsLeft(startedAt: string, limitSeconds: number, now: number): number {
  return limitSeconds - Math.floor((now - Date.parse(startedAt)) / 1000);
}

/** The renderer's correction: add it to `Date.now()` to read the main process's clock. */
export const clockOffset = (serverNow: string, localNow: number): number => Date.parse(serverNow) - localNow;
