import fs from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import type { DecisionDetail, VoteView } from '../src/shared/domain/decisions/contract';
import { closeBrowser, launchApp, type App, type Lang } from './harness';
import { DecisionsPage } from './pages/decisions';

// Issue 4, done means: in English, a LACRALO vote among ALSs of five countries where one country
// holds half the ALSs, with one recusal and one proxy — the result screen shows the capped weights and
// the outcome, and the calculation printed is the core's tally() step by step; the same vote with
// weighting off gives the other result; a consensus decision with a minority view; a no-objection
// call that turns into a vote. Screenshots in EN/FR/ES (e2e/.artifacts) and axe on each screen.

afterAll(closeBrowser);

function call<T>(app: App, channel: string, input: unknown): T {
  const res = app.core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

const ALSES = [
  ['AR1', 'AR', 'Usuarios Digitales de Rosario'],
  ['AR2', 'AR', 'Internet Ciudadana de Mendoza'],
  ['AR3', 'AR', 'Red Comunitaria del Noroeste'],
  ['AR4', 'AR', 'Acceso Abierto Bahía Blanca'],
  ['AR5', 'AR', 'Colectivo Tucumano en Línea'],
  ['BR1', 'BR', 'Internautas do Pantanal'],
  ['BR2', 'BR', 'Rede Livre Amazônia'],
  ['CL', 'CL', 'Usuarios del Sur de Chile'],
  ['MX', 'MX', 'Red Oaxaqueña de Conectividad'],
  ['UY', 'UY', 'Internautas del Litoral'],
] as const;
const name = (key: string) => ALSES.find(([k]) => k === key)![2];

const MEETING = 'RALO-5 General Assembly';
const ITEM = 'Fallback voting procedure';
const SECRETARY = 'Lucía Benítez Ocampo';

/** The example data, plus a RALO whose ten accredited ALSs come from five countries, Argentina holding half. */
function seed(app: App) {
  call(app, 'example.load', {});
  const body = call<{ id: string }>(app, 'bodies.create', { name: 'Regional At-Large Organization of Five Countries', shortName: 'RALO-5', kind: 'ralo' });
  const als: Record<string, string> = {};
  for (const [key, country, n] of ALSES) als[key] = call<{ id: string }>(app, 'als.create', { name: n, country, raloId: body.id, accreditationStatus: 'accredited', accreditedOn: '2015-01-01' }).id;
  const startsAt = new Date(Date.now() + 86_400_000).toISOString();
  const meeting = call<{ id: string }>(app, 'meetings.create', { bodyId: body.id, title: MEETING, kind: 'call', startsAt, durationMinutes: 90, timeZone: 'America/Montevideo' });
  const item = call<{ id: string }>(app, 'agenda.add', { meetingId: meeting.id, title: ITEM, plannedMinutes: 30, kind: 'decision' });
  const secretary = call<{ id: string }>(app, 'members.create', { name: SECRETARY, email: 'lucia.benitez@example.org', country: 'UY', alsId: als.UY }).id;
  call(app, 'roles.add', { memberId: secretary, bodyId: body.id, role: 'secretary', startsOn: '2017-01-01' });
  return { bodyId: body.id, meetingId: meeting.id, itemId: item.id, als, secretary };
}
type World = ReturnType<typeof seed>;

/** MX recused, BR2 through CL; AR1–AR5 and BR1 for, BR2 (by phone, through CL), CL and UY against. */
async function runLacraloVote(app: App, ui: DecisionsPage, text: string, weighting: 'country_cap' | 'none') {
  await ui.gotoList();
  const id = await ui.propose(MEETING, ITEM, text);
  await ui.setUpVote('lacralo', weighting === 'none' ? { weighting: 'none' } : {});
  await ui.recuse(name('MX'), 'Its chair drafted the procedure under vote');
  await ui.proxy(name('BR2'), name('CL'));
  await ui.openVote();
  for (const k of ['AR1', 'AR2', 'AR3', 'AR4', 'AR5', 'BR1']) await ui.cast(name(k), 'for');
  await ui.cast(name('CL'), 'against');
  await ui.mode('secretary');
  await ui.cast(name('BR2'), 'against', { enteredBy: SECRETARY, how: 'phone' });
  await ui.cast(name('UY'), 'against', { how: 'show_of_hands' });
  // A secret ballot: the turnout, not the result, until the close.
  expect(await app.page.getByTestId('live-result-hidden').textContent()).toContain('9 voters have taken part');
  await ui.closeVote();
  return id;
}

const stored = (app: App, decisionId: string) => call<DecisionDetail>(app, 'decisions.get', { id: decisionId });
const lastVote = (d: DecisionDetail): VoteView => d.votes[d.votes.length - 1];

async function expectNoAxeViolations(app: App) {
  const violations = await app.axe();
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
}

test('English: a LACRALO vote, five countries, Argentina half the ALSs, one recusal, one proxy — capped it fails; weighting off it passes', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    seed(app);
    const { page } = app;
    const ui = new DecisionsPage(page);
    await page.reload();

    const capped = await runLacraloVote(app, ui, 'RALO-5 adopts the fallback voting procedure', 'country_cap');
    await expect.poll(() => ui.outcome().textContent()).toBe('Rejected');
    // Argentina's five ballots for carry one country's share: 1/5 each; Brazil's one is capped too.
    expect(await ui.cappedWeight('for', 'AR').textContent()).toMatch(/Argentina.*capped.*5.*1.*0\.2 \(1\/5\)/);
    expect(await page.getByTestId('result-count').filter({ hasText: 'For' }).getByTestId('weighted').textContent()).toBe('2');
    expect(await page.getByTestId('result-count').filter({ hasText: 'Against' }).getByTestId('weighted').textContent()).toBe('3');
    expect(await page.getByTestId('compare-other').textContent()).toBe('Adopted');
    // The calculation on screen is the core's tally(), step by step.
    const vote = lastVote(stored(app, capped));
    const steps = await ui.steps();
    expect(steps.map((s) => s.code)).toEqual(vote.result!.steps.map((s) => s.code));
    for (const s of steps) expect(s.text).not.toMatch(/\{\{|steps\./);
    expect(steps.find((s) => s.code === 'recused')!.text).toContain(`${name('MX')} is recused`);
    expect(steps.find((s) => s.code === 'proxy')!.text).toBe(`${name('CL')} voted for ${name('BR2')} under a proxy notified in advance.`);
    expect(stored(app, capped).status).toBe('rejected');
    // The calculation exported through votes.exportCalculation, saved by the browser as a CSV file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-calculation').click()]);
    expect(download.suggestedFilename()).toMatch(/-en\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('step,code,text,params');
    expect(lines).toHaveLength(vote.result!.steps.length + 1);
    expect(csv).toContain('cap_country');
    await page.getByTestId('export-link').waitFor();
    await app.screenshot('decisions-result-capped-en');
    await expectNoAxeViolations(app);

    const plain = await runLacraloVote(app, ui, 'RALO-5 adopts the fallback voting procedure (unweighted)', 'none');
    await expect.poll(() => ui.outcome().textContent()).toBe('Adopted');
    expect(await page.getByTestId('capped-weights').count()).toBe(0);
    expect(await page.getByTestId('compare-other').textContent()).toBe('Rejected');
    expect(stored(app, plain)).toMatchObject({ status: 'adopted', route: 'vote' });
    await app.screenshot('decisions-result-unweighted-en');

    await ui.gotoList();
    await page.getByTestId('decision-row').nth(1).waitFor();
    await app.screenshot('decisions-list-en');
    await expectNoAxeViolations(app);
  } finally {
    await app.close();
  }
}, 120_000);

test('English: consensus with a minority view; a no-objection call that turns into a vote', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    seed(app);
    const { page } = app;
    const ui = new DecisionsPage(page);
    await page.reload();
    await ui.gotoList();
    const alacCall = 'ALAC monthly call';
    const consensus = await ui.propose(alacCall, 'Reserve fund', 'The ALAC endorses the reserve fund replenishment statement');
    await ui.designate('strong_support_significant_opposition');
    await ui.designate('consensus', 'Paragraph 4 now names the review date');
    await ui.addMinorityView('We support the statement but not its timeline, which leaves the RALOs no time to consult.', ['Hélène Marchetti', 'Linda Kowalski']);
    await ui.accept();
    await page.getByTestId('consensus-outcome').filter({ hasText: 'Decided by consensus' }).waitFor();
    expect(stored(app, consensus)).toMatchObject({ status: 'adopted', route: 'consensus' });
    expect(await page.getByTestId('consensus-rounds').textContent()).toContain('Paragraph 4 now names the review date');
    expect(await page.getByTestId('minority-view').textContent()).toContain('Held by Hélène Marchetti, Linda Kowalski');
    await app.screenshot('decisions-consensus-en');
    await expectNoAxeViolations(app);

    await ui.gotoList();
    const call2 = await ui.propose(alacCall, 'Reserve fund', 'The ALAC statement on the ICANN operating plan');
    await ui.openNoObjection(7);
    expect(await page.getByTestId('no-objection-status').textContent()).toMatch(/Open for 7 days, until/);
    await ui.object('Hélène Marchetti', 'The figures are not final');
    await ui.closeNoObjection();
    await page.getByTestId('no-objection-status').filter({ hasText: 'Closed with objections: the decision goes to a vote.' }).waitFor();
    // The vote is now to be set up, with the ALAC's rules (Rule 15.4) as the body's default.
    await page.getByTestId('vote-config').waitFor();
    expect(await page.getByTestId('vote-preset').inputValue()).toBe('alac');
    expect(stored(app, call2).status).toBe('to_vote');
    await app.screenshot('decisions-no-objection-to-vote-en');
    await expectNoAxeViolations(app);
  } finally {
    await app.close();
  }
}, 120_000);

test("LACRALO's secretary saves its voting rules; a new vote starts from them", async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    call(app, 'example.load', {});
    const { page } = app;
    const ui = new DecisionsPage(page);
    await page.reload();
    const lacralo = call<{ id: string; shortName: string }[]>(app, 'bodies.list', {}).find((b) => b.shortName === 'LACRALO')!;
    expect(call<{ voteRules: VoteView['rules'] }>(app, 'decisions.settings', { bodyId: lacralo.id }).voteRules).toMatchObject({ weighting: { kind: 'country_cap' }, ballot: 'secret' });

    await ui.gotoRules();
    await ui.saveRules('LACRALO', { weighting: 'none', ballot: 'roll_call', misses: 4 });
    expect(call(app, 'decisions.settings', { bodyId: lacralo.id })).toMatchObject({
      voteRules: { weighting: { kind: 'none' }, ballot: 'roll_call' },
      participationRule: { kind: 'consecutive_misses', misses: 4 },
    });
    // Saved is journaled: who changed the body's rules, when.
    expect(app.sql("SELECT 1 FROM journal WHERE entity = 'bodies' AND entity_id = ? AND op = 'update'", lacralo.id).length).toBeGreaterThan(0);

    // A new LACRALO proposal: its vote form starts from the saved rules, and so does the vote.
    const meetings = call<{ id: string; bodyId: string }[]>(app, 'meetings.list', {}).filter((m) => m.bodyId === lacralo.id);
    const [meetingId, item] = meetings
      .map((m) => [m.id, call<{ agenda: { id: string }[] }>(app, 'meetings.get', { id: m.id }).agenda[0]] as const)
      .find(([, i]) => i)!;
    const d = call<DecisionDetail>(app, 'decisions.propose', { meetingId, itemId: item!.id, text: 'LACRALO postpones its elections to May' });
    await ui.gotoDecision(d.id);
    const form = page.getByTestId('vote-config');
    await expect.poll(() => form.getByTestId('vote-weighting').inputValue()).toBe('none');
    expect(await form.getByTestId('vote-ballot').inputValue()).toBe('roll_call');
    await form.getByTestId('vote-setup').click();
    await page.getByTestId('electorate').waitFor();
    expect(lastVote(stored(app, d.id)).rules).toMatchObject({ weighting: { kind: 'none' }, ballot: 'roll_call' });
    // While it is a draft, the chair changes this vote's rules with the same form.
    await page.getByTestId('vote-edit-rules').click();
    await page.getByTestId('vote-config').getByTestId('vote-weighting').selectOption('country_cap');
    await page.getByTestId('vote-config').getByRole('button', { name: 'Save the rules' }).click();
    await page.getByTestId('rules-summary').filter({ hasText: 'Country cap' }).waitFor();
    expect(lastVote(stored(app, d.id)).rules).toMatchObject({ weighting: { kind: 'country_cap' }, ballot: 'roll_call' });
  } finally {
    await app.close();
  }
}, 120_000);

test('a decision recorded in the live session is taken through consensus from its page', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    const w = seed(app);
    call(app, 'live.open', { meetingId: w.meetingId });
    const { id } = call<{ id: string }>(app, 'decisions.capture', { meetingId: w.meetingId, itemId: w.itemId, text: 'RALO-5 keeps national weightings for now' });
    expect(stored(app, id).status).toBe('recorded');
    const { page } = app;
    const ui = new DecisionsPage(page);
    await page.reload();
    await ui.gotoDecision(id);
    await page.getByRole('button', { name: 'Take it through consensus' }).click();
    await ui.designate('consensus');
    await page.getByTestId('designation-accept').waitFor();
    expect(stored(app, id)).toMatchObject({ status: 'open', designation: 'consensus' });
    await ui.accept();
    await expect.poll(() => stored(app, id).status).toBe('adopted');
    expect(stored(app, id).route).toBe('consensus');
    await expectNoAxeViolations(app);
  } finally {
    await app.close();
  }
}, 120_000);

/** Three past monthly calls of RALO-5 with their delegates' attendance: UY's misses all three and goes inactive. */
function seedAttendance(app: App, w: World) {
  const delegates: [string, boolean[]][] = [
    ['AR1', [true, true, true]],
    ['AR2', [true, false, true]],
    ['BR1', [false, true, true]],
    ['CL', [true, true, false]],
    ['MX', [false, false, true]],
  ];
  const ids = delegates.map(([k], i) => {
    const id = call<{ id: string }>(app, 'members.create', { name: `Delegate of ${name(k)}`, email: `delegate${i}@example.org`, country: ALSES.find(([x]) => x === k)![1], alsId: w.als[k] }).id;
    call(app, 'roles.add', { memberId: id, bodyId: w.bodyId, role: 'als_representative', startsOn: '2017-01-01' });
    return id;
  });
  const year = new Date().getFullYear() - 1;
  ['09-12', '10-10', '11-14'].forEach((day, n) => {
    const startsAt = `${year}-${day}T22:00:00.000Z`;
    const m = call<{ id: string }>(app, 'meetings.create', { bodyId: w.bodyId, title: `Monthly call ${n + 1}`, kind: 'call', startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60, timeZone: 'UTC' });
    call(app, 'agenda.add', { meetingId: m.id, title: 'Roll call', plannedMinutes: 5, kind: 'information' });
    app.core.ctx.db.prepare('UPDATE meetings SET starts_at = ?, ends_at = ? WHERE id = ?').run(startsAt, startsAt.replace('T22', 'T23'), m.id);
    call(app, 'live.open', { meetingId: m.id });
    delegates.forEach(([, att], i) => call(app, 'attendance.set', { meetingId: m.id, memberId: ids[i], status: att[n] ? 'present' : 'absent' }));
    call(app, 'attendance.set', { meetingId: m.id, memberId: w.secretary, status: 'absent' });
  });
}

/** The capped vote run through the core (the UI is the same as in English), then the screens in `lang`. */
async function screensIn(lang: Lang) {
  const app = await launchApp({ lang, onboarded: true });
  try {
    const w: World = seed(app);
    const d = call<DecisionDetail>(app, 'decisions.propose', { meetingId: w.meetingId, itemId: w.itemId, text: 'RALO-5 adopts the fallback voting procedure' });
    call(app, 'decisions.recuse', { decisionId: d.id, alsId: w.als.MX, reason: 'Its chair drafted the procedure under vote' });
    const v = call<VoteView>(app, 'votes.create', { decisionId: d.id });
    call(app, 'votes.proxy', { voteId: v.id, giverId: w.als.BR2, holderId: w.als.CL });
    call(app, 'votes.open', { voteId: v.id });
    for (const k of ['AR1', 'AR2', 'AR3', 'AR4', 'AR5', 'BR1']) call(app, 'votes.cast', { voteId: v.id, voterId: w.als[k], choice: 'for' });
    call(app, 'votes.cast', { voteId: v.id, voterId: w.als.BR2, choice: 'against', castBy: w.als.CL, how: 'phone', enteredBy: w.secretary });
    call(app, 'votes.cast', { voteId: v.id, voterId: w.als.CL, choice: 'against' });
    call(app, 'votes.cast', { voteId: v.id, voterId: w.als.UY, choice: 'against', how: 'show_of_hands', enteredBy: w.secretary });
    const { page } = app;
    const ui = new DecisionsPage(page);
    await page.reload();
    await ui.gotoDecision(d.id);
    await page.getByTestId('live-result-hidden').waitFor();
    await app.screenshot(`decisions-vote-open-${lang}`);
    await expectNoAxeViolations(app);
    call(app, 'votes.close', { voteId: v.id });
    await page.reload();
    await ui.gotoDecision(d.id);
    await page.getByTestId('vote-result').waitFor();
    await app.screenshot(`decisions-result-${lang}`);
    await expectNoAxeViolations(app);
    if (lang === 'en') {
      // The dark theme: the capped rows, badges and chart read on a dark surface too.
      call(app, 'settings.update', { theme: 'dark' });
      await page.reload();
      await ui.gotoDecision(d.id);
      await page.getByTestId('vote-result').waitFor();
      await app.screenshot('decisions-result-dark-en');
      await expectNoAxeViolations(app);
      call(app, 'settings.update', { theme: 'light' });
      await page.reload();
    }

    const alac = call<{ id: string; title: string }[]>(app, 'meetings.list', {}).find((m) => m.title === 'ALAC monthly call')!;
    const reserve = call<{ agenda: { id: string; title: string }[] }>(app, 'meetings.get', { id: alac.id }).agenda.find((i) => i.title.startsWith('Reserve fund'))!;
    const c = call<DecisionDetail>(app, 'decisions.propose', { meetingId: alac.id, itemId: reserve.id, text: 'The ALAC endorses the reserve fund replenishment statement' });
    call(app, 'consensus.estimate', { decisionId: c.id, designation: 'strong_support_significant_opposition' });
    call(app, 'consensus.revise', { decisionId: c.id, designation: 'consensus', changed: 'Paragraph 4 now names the review date' });
    const people = call<{ holders: { memberId: string; memberName: string }[] }>(app, 'bodies.get', { id: c.bodyId }).holders;
    call(app, 'minority.add', { decisionId: c.id, holderIds: people.slice(0, 2).map((p) => p.memberId), text: 'We support the statement but not its timeline.' });
    call(app, 'noObjection.open', { decisionId: c.id, days: 7 });
    call(app, 'noObjection.object', { decisionId: c.id, memberId: people[2].memberId, text: 'The figures are not final' });
    await ui.gotoDecision(c.id);
    await page.getByTestId('objection').waitFor();
    await app.screenshot(`decisions-consensus-${lang}`);
    await expectNoAxeViolations(app);

    // A proposal with no vote yet: the rules form; another with a draft vote: the roll with its actions.
    const fresh = call<DecisionDetail>(app, 'decisions.propose', { meetingId: w.meetingId, itemId: w.itemId, text: 'RALO-5 renews its working groups' });
    await ui.gotoDecision(fresh.id);
    await page.getByTestId('vote-config').waitFor();
    await app.screenshot(`decisions-vote-config-${lang}`);
    await expectNoAxeViolations(app);
    const drafted = call<DecisionDetail>(app, 'decisions.propose', { meetingId: w.meetingId, itemId: w.itemId, text: 'RALO-5 elects its secretariat' });
    const draft = call<VoteView>(app, 'votes.create', { decisionId: drafted.id });
    call(app, 'votes.proxy', { voteId: draft.id, giverId: w.als.AR2, holderId: w.als.UY });
    await ui.gotoDecision(drafted.id);
    await page.getByTestId('vote-open').waitFor();
    await app.screenshot(`decisions-vote-draft-${lang}`);
    await expectNoAxeViolations(app);
    await page.getByTestId('vote-edit-rules').click();
    await page.getByTestId('vote-config').waitFor();
    await app.screenshot(`decisions-vote-draft-rules-${lang}`);
    await expectNoAxeViolations(app);

    await ui.gotoRules();
    await page.getByTestId('rules-body').selectOption({ label: 'LACRALO' });
    await page.getByTestId('rules-participation').waitFor();
    await app.screenshot(`decisions-rules-${lang}`);
    await expectNoAxeViolations(app);

    seedAttendance(app, w);
    await ui.gotoParticipation();
    await page.getByTestId('participation-body').selectOption({ label: 'RALO-5' });
    await page.getByTestId('participation-row').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="participation-page"] [role="status"]'));
    await app.screenshot(`decisions-participation-${lang}`);
    await expectNoAxeViolations(app);

    // A decision captured in the session, about to be taken through consensus.
    call(app, 'live.open', { meetingId: w.meetingId });
    const rec = call<{ id: string }>(app, 'decisions.capture', { meetingId: w.meetingId, itemId: w.itemId, text: 'RALO-5 keeps national weightings for now' });
    await ui.gotoDecision(rec.id);
    await app.screenshot(`decisions-recorded-${lang}`);
    await page.getByTestId('seek-consensus').click();
    await page.getByTestId('designation-form').waitFor();
    await app.screenshot(`decisions-recorded-seeking-${lang}`);
    await expectNoAxeViolations(app);
  } finally {
    await app.close();
  }
}

test('screens in English, French and Spanish', async () => {
  for (const lang of ['en', 'fr', 'es'] as const) await screensIn(lang);
}, 180_000);
