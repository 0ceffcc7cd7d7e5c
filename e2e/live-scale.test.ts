import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDirectory } from '../src/main/core/directory/scale';
import { closeBrowser, launchApp } from './harness';

afterAll(closeBrowser);

// Benchmark (run by hand, not part of the suite): with a 5,000-member directory, the time from a key
// press in the chair's page to the updated DOM for adding a speaker by name (last letter typed -> the
// member offered; Enter -> queued) and for moving to the next speaker (N). Figures go in BENCHMARKS.md.
//   PALABRA_OUT=out-liveui PALABRA_BENCH=1 npx vitest run --project e2e e2e/live-scale.test.ts

const ROUNDS = 40;

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const stats = (xs: number[]) => `p50 ${p(xs, 0.5).toFixed(1)} ms, p95 ${p(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

/** Runs `act` in the page and resolves with the ms until `done()` holds after a DOM mutation. */
async function measure(page: Page, act: string, done: string, arg: unknown): Promise<number> {
  return page.evaluate(
    ([actSrc, doneSrc, a]) =>
      new Promise<number>((resolve, reject) => {
        const isDone = new Function('a', `return (${doneSrc})(a)`) as (a: unknown) => boolean;
        const observer = new MutationObserver(() => {
          if (isDone(a)) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => reject(new Error(`timed out: ${doneSrc}`)), 5000);
        const t0 = performance.now();
        (new Function('a', `(${actSrc})(a)`) as (a: unknown) => void)(a);
      }),
    [act, done, arg] as const,
  );
}

const TYPE = `(a) => {
  const input = document.querySelector('[data-testid="speaker-search-input"]');
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  set.call(input, a.query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}`;
const OFFERED = `(a) => document.querySelector('[data-testid="speaker-search-option"] .hit-name')?.textContent === a.name`;
const ENTER = `() => document.querySelector('[data-testid="speaker-search-input"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))`;
const QUEUED = `(a) => [...document.querySelectorAll('[data-testid="queued-speaker"] .queue-name')].some((e) => e.textContent === a.name)`;
const NEXT = `() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))`;
const SPEAKING = `(a) => document.querySelector('[data-testid="current-speaker-name"]')?.textContent === a.name`;

test.skipIf(!process.env.PALABRA_BENCH)('live session with a 5,000-member directory: add a speaker by name, next speaker', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    const { core, page } = app;
    const { alac } = core.ctx.db.transaction(() => seedDirectory(core.ctx, 5000))();
    const ok = <T>(r: { ok: boolean; value?: unknown; error?: unknown }) => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as T;
    };
    const meeting = ok<{ id: string }>(
      core.dispatch('meetings.create', { bodyId: alac, title: 'ALAC monthly call', kind: 'call', startsAt: new Date().toISOString(), durationMinutes: 90, timeZone: 'UTC' }),
    );
    for (const [i, title] of ['Adoption of the agenda', 'Policy update', 'Any other business'].entries())
      ok(core.dispatch('agenda.add', { meetingId: meeting.id, title, plannedMinutes: 10 + i, kind: 'discussion' }));
    ok(core.dispatch('live.open', { meetingId: meeting.id }));
    // Members numbered 1000–1999: a full name is then unique (no 5-digit numbers), so it is offered first.
    const members = app.sql<{ id: string; name: string }>(
      "SELECT id, name FROM members WHERE deleted_at IS NULL AND name GLOB '* 1[0-9][0-9][0-9]' ORDER BY name LIMIT ?",
      ROUNDS,
    );
    for (const m of members) ok(core.dispatch('attendance.set', { meetingId: meeting.id, memberId: m.id, status: 'present' }));
    const [{ n }] = app.sql<{ n: number }>('SELECT count(*) AS n FROM members');
    expect(n).toBeGreaterThanOrEqual(5000);

    await page.evaluate((id) => (window.location.hash = `#/live/${id}`), meeting.id);
    await page.getByTestId('speaker-search-input').waitFor();
    const lines = await page.getByTestId('attendance-row').count();

    // Each call through window.palabra.invoke, to tell the renderer's share from the bridge's: the
    // renderer's share of an action is its total minus the time of the action's own call.
    await page.evaluate(() => {
      const w = window as unknown as { __calls: { channel: string; start: number; ms: number }[]; palabra: { invoke: (c: string, i: unknown) => Promise<unknown> } };
      const inner = w.palabra.invoke.bind(w.palabra);
      w.__calls = [];
      w.palabra = {
        ...w.palabra,
        invoke: async (channel, input) => {
          const start = performance.now();
          try {
            return await inner(channel, input);
          } finally {
            w.__calls.push({ channel, start, ms: performance.now() - start });
          }
        },
      };
    });
    const share = async (channel: string, run: () => Promise<number>, into: number[]) => {
      const from = await page.evaluate(() => performance.now());
      const t = await run();
      const call = await page.evaluate(
        ([c, f]) => (window as unknown as { __calls: { channel: string; start: number; ms: number }[] }).__calls.filter((x) => x.channel === c && x.start >= f).at(-1)?.ms ?? 0,
        [channel, from] as const,
      );
      into.push(t - call);
      return t;
    };
    const offeredR: number[] = [];
    const queuedR: number[] = [];
    const nextR: number[] = [];
    const offered: number[] = [];
    const queued: number[] = [];
    const next: number[] = [];
    for (const [i, m] of members.entries()) {
      // "a few letters" typed before, then the measured key press that offers the member first.
      await page.evaluate((q) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="speaker-search-input"]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, m.name.slice(0, -2));
      offered.push(await share('attendance.search', () => measure(page, TYPE, OFFERED, { query: m.name, name: m.name }), offeredR));
      queued.push(await share('speakers.add', () => measure(page, ENTER, QUEUED, { name: m.name }), queuedR));
      if (i % 2 === 1) {
        const first = await page.getByTestId('queued-speaker').first().locator('.queue-name').textContent();
        next.push(await share('speakers.next', () => measure(page, NEXT, SPEAKING, { name: first }), nextR));
      }
    }
    // The core's share: one `live.state` read and one search, in Node.
    const core_ = (channel: string, input: unknown) => {
      const t0 = performance.now();
      ok(core.dispatch(channel, input));
      return performance.now() - t0;
    };
    const reads = Array.from({ length: 20 }, () => core_('live.state', { meetingId: meeting.id }));
    const searches = members.slice(0, 20).map((m) => core_('attendance.search', { meetingId: meeting.id, query: m.name, limit: 8 }));
    // The bridge's share: `live.state` through window.palabra (E2E: exposeBinding over CDP), no rendering.
    const bridge = await page.evaluate(async (id) => {
      const out: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await window.palabra.invoke('live.state', { meetingId: id });
        out.push(performance.now() - t0);
      }
      return out;
    }, meeting.id);
    const size = await page.evaluate(async (id) => JSON.stringify(await window.palabra.invoke('live.state', { meetingId: id })).length, meeting.id);
    console.log(`bridge live.state (${Math.round(size / 1024)} kB): ${stats(bridge)}`);
    console.log(`attendance lines: ${lines}`);
    console.log(`core live.state: ${stats(reads)}`);
    console.log(`core attendance.search: ${stats(searches)}`);
    console.log(`type -> offered: ${stats(offered)}`);
    console.log(`Enter -> queued: ${stats(queued)}`);
    console.log(`N -> next speaker: ${stats(next)}`);
    console.log(`renderer share (total minus the action's own call): type -> offered ${stats(offeredR)}; Enter -> queued ${stats(queuedR)}; N -> next ${stats(nextR)}`);
  } finally {
    await app.close();
  }
}, 300_000);
