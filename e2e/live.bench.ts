import { bench, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDirectory } from '../src/main/core/directory/scale';
import { insert } from '../src/main/db/repo';
import { closeBrowser, launchApp, type App } from './harness';

// Issue 3's figure: with a 5,000-member directory, adding a speaker by name and moving to the next
// speaker take ≤ 30 ms p95 from key press to updated DOM. Measured inside the page: the key's
// `keydown` event time (performance.now) to the first DOM mutation that shows the result (a
// MutationObserver), in the built renderer in Debian Chromium on the real core (E2E harness).
//
//   npm run build && npx vitest bench --run --project e2e e2e/live.bench.ts
//
// Two meetings in the same 5,000-member directory: a working group of 40 (30 in the room), as
// At-Large calls are, and a stress case: the ALAC with the 500 role holders the scale directory gives
// it and 400 in the room (a 280 kB state on every change). The vitest table also shows each whole
// round trip driven from playwright (its own overhead included); the figures that answer the issue
// are the in-page ones printed at the end of each.

const N = 5_000;
const LABELS = ['type last letter → hits listed', 'Enter on a hit → queue shows the speaker', 'N → next speaker shown', 'N → projector shows the speaker'] as const;

interface Run {
  app: App;
  page: Page;
  /** The projector view of the same meeting, on the same core (the shell's second window). */
  projector: Page;
  present: { id: string; name: string }[];
  samples: Record<(typeof LABELS)[number], number[]>;
  i: number;
}

function call<T>(app: App, channel: string, input: unknown): T {
  const res = app.core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

/** Arms the in-page probe: the next keydown starts the clock, the first DOM mutation after which `done` holds stops it. */
async function arm(page: Page, done: string): Promise<void> {
  await page.evaluate((test) => {
    const w = window as unknown as { __lat?: number | null };
    w.__lat = null;
    let t0 = 0;
    const check = new Function(`return (${test})()`) as () => boolean;
    const onKey = (e: KeyboardEvent) => {
      t0 = e.timeStamp;
      // The same instant on the wall clock, for the projector page (another page, another origin of time).
      (window as unknown as { __keyAt: number }).__keyAt = performance.timeOrigin + e.timeStamp;
      document.removeEventListener('keydown', onKey, true);
    };
    document.addEventListener('keydown', onKey, true);
    const obs = new MutationObserver(() => {
      if (t0 && check()) {
        w.__lat = performance.now() - t0;
        obs.disconnect();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  }, done);
}

async function measured(run: Run, key: string, label: (typeof LABELS)[number]): Promise<void> {
  await run.page.keyboard.press(key);
  const ms = await run.page.waitForFunction(() => (window as unknown as { __lat?: number | null }).__lat ?? null, null, { polling: 'raf' });
  run.samples[label].push((await ms.jsonValue()) as number);
}

/** A live session in a fresh 5,000-member directory; `pick` chooses the body, its members and who is in the room. */
async function setUp(kind: 'group' | 'alac'): Promise<Run> {
  const app = await launchApp({ lang: 'en', onboarded: true });
  const { db } = app.core.ctx;
  const { alac } = db.transaction(() => seedDirectory(app.core.ctx, N))();
  let bodyId = alac;
  let present: Run['present'];
  if (kind === 'group') {
    bodyId = db.transaction(() => insert(app.core.ctx, 'bodies', { name: 'Consolidated Policy Working Group', short_name: 'CPWG', kind: 'working_group' }))().id as string;
    const members = db.prepare('SELECT id, name FROM members ORDER BY email LIMIT 40').all() as Run['present'];
    db.transaction(() => {
      for (const m of members) insert(app.core.ctx, 'roles', { member_id: m.id, body_id: bodyId, role: 'alac_member', starts_on: '2016-01-01' });
    })();
    present = members.slice(0, 30);
  } else {
    present = db.prepare('SELECT id, name FROM members ORDER BY email LIMIT 400').all() as Run['present'];
  }
  const start = new Date(Date.now() - 10 * 60_000).toISOString();
  const meeting = call<{ id: string }>(app, 'meetings.create', { bodyId, title: 'Monthly call', kind: 'call', startsAt: start, durationMinutes: 90, timeZone: 'UTC' });
  call(app, 'agenda.add', { meetingId: meeting.id, title: 'Policy updates', plannedMinutes: 60, kind: 'discussion' });
  call(app, 'live.open', { meetingId: meeting.id });
  for (const m of present) call(app, 'attendance.set', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  const { page } = app;
  await page.goto(`${page.url().split('#')[0]}#/live/${meeting.id}`);
  await page.getByTestId('speaker-search-input').waitFor();
  const projector = await app.newPage(`#/projector/${meeting.id}`);
  await projector.getByTestId('projector-item').waitFor();
  return { app, page, projector, present, samples: Object.fromEntries(LABELS.map((l) => [l, []])) as unknown as Run['samples'], i: 0 };
}

/** One round: type a present member's name, Enter to queue them, N to give them the floor. */
async function round(run: Run): Promise<void> {
  const { page } = run;
  // A different member in the room each time, by name (the names carry a number: one hit first).
  const { name } = run.present[(run.i++ * 7) % run.present.length]!;
  const input = page.getByTestId('speaker-search-input');
  await input.fill(name.slice(0, -1));
  await arm(page, `() => { const l = document.querySelector('[data-testid="speaker-search-list"]'); const first = l && !l.hidden ? l.querySelector('[role=option] .hit-name') : null; return !!first && first.textContent === ${JSON.stringify(name)}; }`);
  await measured(run, name.slice(-1), LABELS[0]);

  const before = await page.getByTestId('queued-speaker').count();
  await arm(page, `() => document.querySelectorAll('[data-testid="queued-speaker"]').length === ${before + 1}`);
  await measured(run, 'Enter', LABELS[1]);
  await page.getByTestId('queued-speaker').nth(before).waitFor();

  await input.blur();
  await arm(page, `() => { const el = document.querySelector('[data-testid="current-speaker-name"]'); return !!el && el.textContent.includes(${JSON.stringify(name)}); }`);
  // The projector: the wall-clock instant its page shows the new speaker.
  await run.projector.evaluate((who) => {
    const w = window as unknown as { __seenAt: number | null };
    w.__seenAt = null;
    const obs = new MutationObserver(() => {
      if (document.querySelector('[data-testid="projector-speaker-name"]')?.textContent?.includes(who)) {
        obs.disconnect();
        w.__seenAt = performance.timeOrigin + performance.now();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  }, name);
  await measured(run, 'n', LABELS[2]);
  const seenAt = (await (await run.projector.waitForFunction(() => (window as unknown as { __seenAt: number | null }).__seenAt, null, { polling: 'raf' })).jsonValue()) as number;
  const keyAt = await page.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt);
  run.samples[LABELS[3]].push(seenAt - keyAt);
}

async function report(title: string, run: Run): Promise<void> {
  const lines = Object.entries(run.samples).map(([label, xs]) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!.toFixed(1);
    return `${label.padEnd(42)} n=${s.length}  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  max ${q(1)} ms`;
  });
  console.log(`\nIn-page, key press → updated DOM — ${title}:\n${lines.join('\n')}\n`);
  await run.app.close();
}

// Vitest's bench runs no beforeAll / afterAll: each scenario sets up on its first call and reports in
// its teardown.
for (const [kind, title] of [
  ['group', `working group of 40, 30 in the room, ${N.toLocaleString('en')}-member directory`],
  ['alac', `ALAC with 500 expected, 400 in the room, ${N.toLocaleString('en')}-member directory`],
] as const) {
  describe(title, () => {
    let run: Promise<Run> | undefined;
    bench('type a name, Enter, N', async () => round(await (run ??= setUp(kind))), {
      iterations: Number(process.env.BENCH_ITERATIONS ?? 100),
      warmupIterations: 3,
      time: 0,
      warmupTime: 0,
      teardown: async (_task, mode) => {
        if (mode === 'run' && run) await report(title, await run);
        if (mode === 'run' && kind === 'alac') await closeBrowser();
      },
    });
  });
}
