import { describe, expect, it } from 'vitest';
import type { VoteView } from '../../../shared/domain/decisions/contract';
import { LACRALO_VOTE_RULES, type VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type Ballot } from '../../../shared/domain/decisions/tally';
import { expectRefused } from '../live/test-helpers';
import { decisionsWorld, type AlsKey, type DecisionsWorld } from './test-helpers';

// The scenario in core form, through dispatch on a real SQLite file: a LACRALO vote among ten
// ALSs of five countries, Argentina holding half of them, with one recusal and one proxy. Under the
// country cap (1/5 per country and side) the motion fails; with weighting off the same ballots adopt
// it. Every refusal leaves the database as it was, and the stored result is tally() on the same inputs.

const NO_WEIGHTING: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' } };
const ROLL_CALL: VoteRules = { ...LACRALO_VOTE_RULES, ballot: 'roll_call' };

/** The same ballots, checked against the pure function on the vote's own electorate. */
function expectTallyMatches(v: VoteView) {
  const ballots: Ballot[] = v.ballots.map((b) =>
    b.kind === 'individual'
      ? { kind: 'individual', voterId: b.voterId!, choice: b.choice!, castBy: b.castBy, how: b.how, ...(b.enteredBy ? { enteredBy: b.enteredBy } : {}) }
      : { kind: 'aggregate', counts: b.counts!, country: b.country, enteredBy: b.enteredBy ?? '', how: b.how },
  );
  const electorate = { electors: v.electors.map((e) => ({ id: e.id, label: e.label, country: e.country, status: e.status })), proxies: v.proxies.map((p) => ({ from: p.giverId, to: p.holderId })) };
  const options = { round: v.round, ...(v.runoff ? { runoff: v.runoff } : {}), ...(v.seed ? { seed: v.seed } : {}), ...(v.extendedFrom ? { quorumWaived: true } : {}), ...(v.castingVote ? { castingVote: { by: v.castingVote.byName, choice: v.castingVote.choice } } : {}) };
  expect(v.result).toEqual(JSON.parse(JSON.stringify(tally(v.rules, electorate, ballots, options))));
}

/** Prepares the scenario's vote: MX recused, BR2 votes through CL. */
function prepare(w: DecisionsWorld, rules: VoteRules) {
  const d = w.propose();
  w.call('decisions.recuse', { decisionId: d.id, alsId: w.als.mx, reason: 'Its chair drafted the procedure under vote' });
  const vote = w.call<VoteView>('votes.create', { decisionId: d.id, rules, closesAt: '2018-03-17T19:00:00.000Z' });
  w.call('votes.proxy', { voteId: vote.id, giverId: w.als.br2, holderId: w.als.cl });
  return { decisionId: d.id, voteId: vote.id };
}

/** AR1–AR5 and BR1 for; BR2 (through CL), CL and UY against: 6 for, 3 against. */
function castScenario(w: DecisionsWorld, voteId: string) {
  const cast = (voter: AlsKey, choice: string, extra: Record<string, unknown> = {}) => w.call<VoteView>('votes.cast', { voteId, voterId: w.als[voter], choice, ...extra });
  for (const k of ['ar1', 'ar2', 'ar3', 'ar4', 'ar5', 'br1'] as const) cast(k, 'for');
  cast('br2', 'against', { castBy: w.als.cl, how: 'phone', enteredBy: w.secretary });
  cast('cl', 'against');
  return cast('uy', 'against', { how: 'show_of_hands', enteredBy: w.secretary });
}

describe('a LACRALO vote: five countries, one holding half the ALSs, one recusal, one proxy', () => {
  it('under the country cap the motion fails; weighting off, the same ballots adopt it', () => {
    const w = decisionsWorld();
    const capped = prepare(w, LACRALO_VOTE_RULES);
    const draft = w.vote(capped.voteId);
    expect(draft.status).toBe('draft');
    expect(draft.electors.find((e) => e.id === w.als.mx)).toMatchObject({ status: 'recused', note: 'Its chair drafted the procedure under vote' });
    expect(draft.electors.find((e) => e.id === w.als.br2)).toMatchObject({ proxyHolderId: w.als.cl });
    w.call('votes.open', { voteId: capped.voteId });
    const open = castScenario(w, capped.voteId);
    // Secret ballot: who voted is known, not how, and no result until it closes.
    expect(open.participants).toBe(9);
    expect(open.result).toBeNull();
    expect(open.ballots.every((b) => b.choice === null)).toBe(true);
    expect(w.call('votes.result', { voteId: capped.voteId })).toBeNull();
    expectRefused(w, 'votes.exportCalculation', { voteId: capped.voteId, lang: 'en' }, 'result_hidden', 'voteId');

    const closed = w.call<VoteView>('votes.close', { voteId: capped.voteId });
    expect(closed.status).toBe('closed');
    expect(closed.result).toMatchObject({ outcome: 'rejected', quorum: { met: true, eligible: 9, participants: 9 }, electorate: { recused: [w.als.mx] } });
    const counts = Object.fromEntries(closed.result!.counts.map((c) => [c.side, c]));
    expect(counts.for).toMatchObject({ raw: 6, weighted: { exact: '2' } });
    expect(counts.against).toMatchObject({ raw: 3, weighted: { exact: '3' } });
    expect(closed.result!.weighting).toMatchObject({ kind: 'country_cap', membershipCountries: 5 });
    expect(closed.result!.participation.proxies).toEqual([{ holder: 'Asociación Chilena de Usuarios del Sur', voter: 'Coletivo Rede Livre Amazônia' }]);
    expectTallyMatches(closed);
    expect(w.decision(capped.decisionId)).toMatchObject({ status: 'rejected', route: 'vote' });

    // The same question, weighting off: a new decision with the same recusal, proxy and ballots.
    const plain = prepare(w, NO_WEIGHTING);
    w.call('votes.open', { voteId: plain.voteId });
    castScenario(w, plain.voteId);
    const adopted = w.call<VoteView>('votes.close', { voteId: plain.voteId });
    expect(adopted.result).toMatchObject({ outcome: 'adopted', weighting: { kind: 'none' } });
    expect(adopted.result!.counts.find((c) => c.side === 'for')).toMatchObject({ raw: 6, weighted: { exact: '6' } });
    expectTallyMatches(adopted);
    expect(w.decision(plain.decisionId)).toMatchObject({ status: 'adopted', route: 'vote' });

    // The calculation, exported in each language, lists every step of the pure tally.
    for (const lang of ['en', 'fr', 'es'] as const) {
      const { csv, fileName } = w.call<{ csv: string; fileName: string }>('votes.exportCalculation', { voteId: capped.voteId, lang });
      expect(fileName).toMatch(new RegExp(`-${lang}\\.csv$`));
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('step,code,text,params');
      expect(lines.length).toBe(closed.result!.steps.length + 1);
      expect(csv).not.toMatch(/\{\{/);
    }
    expect(w.call<{ csv: string }>('votes.exportCalculation', { voteId: capped.voteId, lang: 'en' }).csv).toContain('cap_country');
    // The CSV prints through the screen's formatter: a whole weight once ("carries 1;"), not "1 (1)".
    const en = w.call<{ csv: string }>('votes.exportCalculation', { voteId: capped.voteId, lang: 'en' }).csv;
    expect(en).toMatch(/Argentina|AR/);
    expect(en).toMatch(/cast 5 votes and carries 1; each of its ballots counts for 0\.2 \(1\/5\)/);
    expect(en).not.toMatch(/\d \(\d+\)/);
  });

  it('a roll-call vote shows the live result after each ballot, equal to tally()', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, ROLL_CALL);
    w.call('votes.open', { voteId });
    const v = w.call<VoteView>('votes.cast', { voteId, voterId: w.als.uy, choice: 'against' });
    expect(v.ballots[0].choice).toBe('against');
    expect(v.result).toMatchObject({ participation: { participants: 1 } });
    expectTallyMatches(v);
    for (const k of ['ar1', 'ar2', 'ar3', 'ar4', 'ar5', 'br1'] as const) expectTallyMatches(w.call<VoteView>('votes.cast', { voteId, voterId: w.als[k], choice: 'for' }));
    w.call('votes.cast', { voteId, voterId: w.als.br2, choice: 'against', castBy: w.als.cl });
    const all = w.call<VoteView>('votes.cast', { voteId, voterId: w.als.cl, choice: 'against' });
    expect(all.result).toMatchObject({ outcome: 'rejected', participation: { participants: 9 } });
    expectTallyMatches(all);
  });

  it('refuses bad ballots and proxies with the rule they break, and changes nothing', () => {
    const w = decisionsWorld();
    const { decisionId, voteId } = prepare(w, LACRALO_VOTE_RULES);
    // A proxy beyond the limit: CL already holds one.
    expectRefused(w, 'votes.proxy', { voteId, giverId: w.als.br1, holderId: w.als.cl }, 'proxy_limit', 'holderId');
    // A proxy from the recused ALS.
    expectRefused(w, 'votes.proxy', { voteId, giverId: w.als.mx, holderId: w.als.uy }, 'voter_recused', 'giverId');
    // Ballots before the vote opens.
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar1, choice: 'for' }, 'vote_not_open');
    w.call('votes.open', { voteId });
    expectRefused(w, 'votes.proxy', { voteId, giverId: w.als.ar1, holderId: w.als.uy }, 'proxy_after_opening', 'giverId');
    // The recused ALS, an ALS of another RALO, one that gave its proxy, an unknown choice.
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.mx, choice: 'for' }, 'voter_recused', 'voterId');
    const other = (w.core.ctx.db.prepare("SELECT id FROM als WHERE name = 'Red Pampeana de Usuarios de Internet'").get() as { id: string }).id;
    expectRefused(w, 'votes.cast', { voteId, voterId: other, choice: 'for' }, 'voter_not_eligible', 'voterId');
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.br2, choice: 'for' }, 'proxy_given', 'voterId');
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar1, choice: 'maybe' }, 'unknown_option', 'choice');
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar1, choice: 'for', castBy: w.als.uy }, 'proxy_missing', 'castBy');
    // A second ballot from the same ALS.
    w.call('votes.cast', { voteId, voterId: w.als.ar1, choice: 'for' });
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar1, choice: 'against' }, 'already_voted', 'voterId');
    // A count without its country under the cap.
    expectRefused(w, 'votes.aggregate', { voteId, counts: { for: 2 }, enteredBy: w.secretary, how: 'remote_count' }, 'aggregate_without_country', 'country');
    expectRefused(w, 'votes.aggregate', { voteId, counts: { for: 20 }, country: 'AR', enteredBy: w.secretary, how: 'remote_count' }, 'aggregate_exceeds_electorate', 'counts');
    // A recusal of an ALS that has already voted.
    expectRefused(w, 'decisions.recuse', { decisionId, alsId: w.als.ar1, reason: 'late' }, 'already_voted', 'alsId');
    // A threshold outside 0–1, a quorum share above 1, a second vote while one is open.
    const d2 = w.propose('Another question');
    expectRefused(w, 'votes.create', { decisionId: d2.id, rules: { ...LACRALO_VOTE_RULES, threshold: { kind: 'fraction', fraction: 1.5, of: 'cast', comparison: 'at_least' } } }, 'threshold_out_of_range', 'rules.threshold.fraction');
    expectRefused(w, 'votes.create', { decisionId: d2.id, rules: { ...LACRALO_VOTE_RULES, quorum: { kind: 'share_of_eligible', share: '3/2', comparison: 'at_least' } } }, 'quorum_out_of_range', 'rules.quorum.share');
    expectRefused(w, 'votes.create', { decisionId, rules: LACRALO_VOTE_RULES }, 'vote_in_progress', 'decisionId');
    // Closed: no ballot, no change; only an annulment with its reason.
    w.call('votes.close', { voteId });
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar2, choice: 'for' }, 'vote_closed');
    expectRefused(w, 'votes.extend', { voteId }, 'vote_closed', 'voteId');
    expectRefused(w, 'votes.close', { voteId }, 'vote_closed', 'voteId');
    expectRefused(w, 'votes.annul', { voteId, reason: '' }, 'required', 'reason');
    const annulled = w.call<VoteView>('votes.annul', { voteId, reason: 'The roll omitted an accredited ALS' });
    expect(annulled).toMatchObject({ status: 'annulled', annulReason: 'The roll omitted an accredited ALS' });
    expect(w.decision(decisionId).status).toBe('to_vote');
    expectRefused(w, 'votes.annul', { voteId, reason: 'again' }, 'vote_annulled', 'voteId');
    expectRefused(w, 'votes.cast', { voteId, voterId: w.als.ar2, choice: 'for' }, 'vote_annulled');
  });

  it('journals every ballot and every change to the vote in its transaction', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, LACRALO_VOTE_RULES);
    w.call('votes.open', { voteId });
    castScenario(w, voteId);
    w.call('votes.close', { voteId });
    const db = w.core.ctx.db;
    const ballots = db.prepare("SELECT count(*) AS n FROM journal WHERE entity = 'ballots' AND op = 'create'").get() as { n: number };
    expect(ballots.n).toBe(9);
    const voteOps = db.prepare("SELECT op, after FROM journal WHERE entity = 'votes' AND entity_id = ? ORDER BY at, rowid").all(voteId) as { op: string; after: string }[];
    expect(voteOps.map((o) => o.op)).toEqual(['create', 'update', 'update']);
    expect(JSON.parse(voteOps[2].after)).toMatchObject({ status: 'closed' });
    expect(db.prepare("SELECT count(*) AS n FROM journal WHERE entity IN ('recusals', 'vote_proxies')").get()).toEqual({ n: 2 });
  });
});

describe('editing a draft vote (votes.update)', () => {
  it('changes the rules of a draft, journaled; the electorate and result follow the new rules', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, LACRALO_VOTE_RULES);
    const edited = w.call<VoteView>('votes.update', { voteId, rules: NO_WEIGHTING, closesAt: '2018-03-18T19:00:00.000Z' });
    expect(edited).toMatchObject({ status: 'draft', rules: { weighting: { kind: 'none' } }, closesAt: '2018-03-18T19:00:00.000Z' });
    // The proxy still stands (proxies allowed, one held), the recusal too.
    expect(edited.proxies).toHaveLength(1);
    expect(edited.electors.find((e) => e.id === w.als.mx)).toMatchObject({ status: 'recused' });
    const db = w.core.ctx.db;
    const ops = db.prepare("SELECT op, before, after FROM journal WHERE entity = 'votes' AND entity_id = ? ORDER BY at, rowid").all(voteId) as { op: string; before: string; after: string }[];
    expect(ops.map((o) => o.op)).toEqual(['create', 'update']);
    expect(JSON.parse(JSON.parse(ops[1].after).rules)).toMatchObject({ weighting: { kind: 'none' } });
    expect(JSON.parse(JSON.parse(ops[1].before).rules)).toMatchObject({ weighting: { kind: 'country_cap' } });
    // The same ballots as the scenario now adopt the motion: the new rules are the ones counted.
    w.call('votes.open', { voteId });
    castScenario(w, voteId);
    expect(w.call<VoteView>('votes.close', { voteId }).result).toMatchObject({ outcome: 'adopted', weighting: { kind: 'none' } });
  });

  it('proxies the new rules do not allow are withdrawn, journaled', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, LACRALO_VOTE_RULES);
    const v = w.call<VoteView>('votes.update', { voteId, rules: { ...LACRALO_VOTE_RULES, proxies: { allowed: false, maxHeld: 1 } } });
    expect(v.proxies).toEqual([]);
    expect(v.electors.find((e) => e.id === w.als.br2)).toMatchObject({ proxyHolderId: null });
    expect(w.core.ctx.db.prepare("SELECT count(*) AS n FROM journal WHERE entity = 'vote_proxies' AND op = 'archive'").get()).toEqual({ n: 1 });
  });

  it('refuses once the vote is open, closed or annulled, and bad rules, changing nothing', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, LACRALO_VOTE_RULES);
    expectRefused(w, 'votes.update', { voteId, rules: { ...LACRALO_VOTE_RULES, threshold: { kind: 'fraction', fraction: 1.5, of: 'cast', comparison: 'at_least' } } }, 'threshold_out_of_range', 'rules.threshold.fraction');
    expectRefused(w, 'votes.update', { voteId, closesAt: '2000-01-01T00:00:00.000Z' }, 'end_before_start', 'closesAt');
    expectRefused(w, 'votes.update', { voteId, rules: NO_WEIGHTING, extra: 1 }, 'unknown_key');
    w.call('votes.open', { voteId });
    expectRefused(w, 'votes.update', { voteId, rules: NO_WEIGHTING }, 'vote_not_draft', 'voteId');
    w.call('votes.annul', { voteId, reason: 'Wrong rules' });
    expectRefused(w, 'votes.update', { voteId, rules: NO_WEIGHTING }, 'vote_annulled', 'voteId');
    expect(w.vote(voteId).rules).toEqual(LACRALO_VOTE_RULES);
  });
});

describe('extension, ties and the draw', () => {
  it('a vote without quorum is extended once by its period, then closes without quorum', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, LACRALO_VOTE_RULES);
    w.call('votes.open', { voteId });
    w.call('votes.cast', { voteId, voterId: w.als.ar1, choice: 'for' });
    const extended = w.call<VoteView>('votes.extend', { voteId });
    expect(extended).toMatchObject({ extendedFrom: '2018-03-17T19:00:00.000Z', closesAt: '2018-03-24T19:00:00.000Z' });
    expectRefused(w, 'votes.extend', { voteId }, 'extension_used', 'voteId');
    w.clock.set('2018-03-20T12:00:00.000Z');
    w.call('votes.cast', { voteId, voterId: w.als.uy, choice: 'against' });
    w.call('votes.cast', { voteId, voterId: w.als.cl, choice: 'for' });
    const closed = w.call<VoteView>('votes.close', { voteId });
    expect(closed.result).toMatchObject({ quorum: { waived: true, met: true }, outcome: 'adopted' });
    expectTallyMatches(closed);
    w.clock.set('2018-03-25T12:00:00.000Z');
  });

  it('a quorate vote is not extended; ballots after the close time are refused', () => {
    const w = decisionsWorld();
    const { voteId } = prepare(w, ROLL_CALL);
    w.call('votes.open', { voteId });
    castScenario(w, voteId);
    expectRefused(w, 'votes.extend', { voteId }, 'extension_quorum_met', 'voteId');
    const d = w.propose('Late question');
    const late = w.call<VoteView>('votes.create', { decisionId: d.id, rules: ROLL_CALL, closesAt: '2018-03-11T19:00:00.000Z' });
    w.call('votes.open', { voteId: late.id });
    w.clock.set('2018-03-12T00:00:00.000Z');
    expectRefused(w, 'votes.cast', { voteId: late.id, voterId: w.als.ar1, choice: 'for' }, 'vote_closed', 'voteId');
  });

  it('a tie goes to a second ballot, then to a draw whose seed is stored and replays', () => {
    const w = decisionsWorld();
    const d = w.propose('A tied question');
    const v1 = w.call<VoteView>('votes.create', { decisionId: d.id, rules: { ...ROLL_CALL, weighting: { kind: 'none' } } });
    w.call('votes.open', { voteId: v1.id });
    const tieBallots = (voteId: string) => {
      for (const k of ['ar1', 'br1'] as const) w.call('votes.cast', { voteId, voterId: w.als[k], choice: 'for' });
      for (const k of ['cl', 'uy'] as const) w.call('votes.cast', { voteId, voterId: w.als[k], choice: 'against' });
      for (const k of ['ar2', 'ar3', 'ar4'] as const) w.call('votes.cast', { voteId, voterId: w.als[k], choice: 'abstain' });
    };
    tieBallots(v1.id);
    const first = w.call<VoteView>('votes.close', { voteId: v1.id });
    expect(first.result).toMatchObject({ outcome: 'tie', tie: { resolution: { kind: 'second_ballot' } } });
    expect(first.seed).toBeNull();
    const v2 = w.call<VoteView>('votes.secondBallot', { voteId: v1.id });
    expect(v2).toMatchObject({ round: 2, status: 'open', previousVoteId: v1.id });
    tieBallots(v2.id);
    const second = w.call<VoteView>('votes.close', { voteId: v2.id });
    expect(second.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(second.result).toMatchObject({ tie: { resolution: { kind: 'draw', seed: second.seed } } });
    expect(['adopted', 'rejected']).toContain(second.result!.outcome);
    expectTallyMatches(second);
    expectRefused(w, 'votes.secondBallot', { voteId: v2.id }, 'no_tie', 'voteId');
  });

  it("a tie under the chair's casting vote needs the chair", () => {
    const w = decisionsWorld();
    const chair = w.call<{ id: string }>('members.create', { name: 'Mariana Quiroga Ledesma', email: 'mariana.quiroga@example.org', country: 'AR', alsId: w.als.ar1 }).id;
    w.call('roles.add', { memberId: chair, bodyId: w.bodyId, role: 'chair', startsOn: '2017-01-01' });
    const d = w.propose('A question for the chair');
    const v = w.call<VoteView>('votes.create', { decisionId: d.id, rules: { ...ROLL_CALL, weighting: { kind: 'none' }, ties: { kind: 'chair_casting_vote' } } });
    w.call('votes.open', { voteId: v.id });
    w.call('votes.cast', { voteId: v.id, voterId: w.als.ar1, choice: 'for' });
    w.call('votes.cast', { voteId: v.id, voterId: w.als.cl, choice: 'against' });
    w.call('votes.cast', { voteId: v.id, voterId: w.als.ar2, choice: 'abstain' });
    w.call('votes.cast', { voteId: v.id, voterId: w.als.br1, choice: 'abstain' });
    w.call('votes.cast', { voteId: v.id, voterId: w.als.br2, choice: 'abstain' });
    expectRefused(w, 'votes.close', { voteId: v.id }, 'casting_vote_required', 'castingVote');
    expectRefused(w, 'votes.close', { voteId: v.id, castingVote: { by: w.secretary, choice: 'for' } }, 'casting_vote_not_chair', 'castingVote.by');
    const closed = w.call<VoteView>('votes.close', { voteId: v.id, castingVote: { by: chair, choice: 'for' } });
    expect(closed.result).toMatchObject({ outcome: 'adopted', tie: { resolution: { kind: 'casting_vote', by: 'Mariana Quiroga Ledesma', choice: 'for' } } });
    expect(closed.castingVote).toEqual({ by: chair, byName: 'Mariana Quiroga Ledesma', choice: 'for' });
    expectTallyMatches(closed);
  });
});
