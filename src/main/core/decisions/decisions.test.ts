import { describe, expect, it } from 'vitest';
import type { DecisionDetail, ParticipationReport, VoteView } from '../../../shared/domain/decisions/contract';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES } from '../../../shared/domain/decisions/rules';
import { tally } from '../../../shared/domain/decisions/tally';
import type { LiveState } from '../../../shared/domain/live/contract';
import { ALAC_CALL, expectRefused, SAN_JUAN } from '../live/test-helpers';
import { decisionsWorld } from './test-helpers';

// Consensus first, the no-objection call, recusals in the speaker queue, participation standing, and a
// LACRALO vote run straight from the example directory.

describe('consensus', () => {
  it('records the estimate, revisions, a challenge and a minority view; accepting consensus adopts', () => {
    const w = decisionsWorld();
    const graham = w.member('Graham Whitcombe');
    const linda = w.member('Linda Kowalski');
    const rohan = w.member('Rohan Mehta');
    const d = w.proposeAlac('The ALAC endorses the At-Large social media best practices');
    expect(d).toMatchObject({ status: 'open', route: null, designation: null, consensus: { phase: 'open' } });
    expectRefused(w, 'consensus.accept', { decisionId: d.id, by: graham }, 'designation_missing');
    w.call('consensus.estimate', { decisionId: d.id, designation: 'strong_support_significant_opposition', by: graham });
    expectRefused(w, 'consensus.estimate', { decisionId: d.id, designation: 'consensus', by: graham }, 'designation_exists', 'designation');
    w.clock.advance(60_000);
    w.call('consensus.revise', { decisionId: d.id, designation: 'consensus', changed: 'Translation into French and Spanish added', by: graham });
    w.call('consensus.challenge', { decisionId: d.id, to: 'chair', text: 'Two RALOs were not consulted', by: linda });
    expectRefused(w, 'consensus.accept', { decisionId: d.id, by: graham }, 'challenge_pending');
    expectRefused(w, 'consensus.challenge', { decisionId: d.id, to: 'liaison', text: 'again', by: linda }, 'challenge_pending');
    w.call('consensus.resolveChallenge', { decisionId: d.id, outcome: 'maintained', note: 'Both RALOs answered the call for comments', by: graham });
    w.call('minority.add', { decisionId: d.id, holderIds: [linda, rohan], text: 'We would rather wait for the NARALO survey.' });
    const accepted = w.call<DecisionDetail>('consensus.accept', { decisionId: d.id, by: graham });
    expect(accepted).toMatchObject({ status: 'adopted', route: 'consensus', designation: 'consensus', consensus: { phase: 'accepted' } });
    expect(accepted.consensus.rounds.map((r) => r.designation)).toEqual(['strong_support_significant_opposition', 'consensus']);
    expect(accepted.consensus.rounds[1].changes).toBe('Translation into French and Spanish added');
    expect(accepted.consensus.challenges).toMatchObject([{ to: 'chair', by: linda, outcome: 'maintained' }]);
    expect(accepted.consensus.minorityViews).toMatchObject([{ text: 'We would rather wait for the NARALO survey.', holders: [linda, rohan] }]);
    expect(accepted.names).toMatchObject({ [linda]: 'Linda Kowalski', [rohan]: 'Rohan Mehta', [graham]: 'Graham Whitcombe' });
    // Settled by consensus: no call or vote any more; a challenge to the liaison may still revise it.
    expectRefused(w, 'noObjection.open', { decisionId: d.id }, 'decision_settled', 'decisionId');
    expectRefused(w, 'votes.create', { decisionId: d.id }, 'decision_settled', 'decisionId');
    w.call('consensus.challenge', { decisionId: d.id, to: 'liaison', text: 'The chair maintained it without a new reading', by: linda });
    const revised = w.call<DecisionDetail>('consensus.resolveChallenge', { decisionId: d.id, outcome: 'revised', designation: 'divergence', by: w.member('Rafael Peña Almonte') });
    expect(revised).toMatchObject({ status: 'to_vote', designation: 'divergence' });
    // Each step is journaled.
    expect(w.core.ctx.db.prepare("SELECT count(*) AS n FROM journal WHERE entity = 'consensus_events'").get()).toEqual({ n: 8 });
    expect(w.call<unknown[]>('decisions.list', { status: 'to_vote' })).toMatchObject([{ id: d.id, designation: 'divergence' }]);
  });

  it('divergence sends the question to a vote', () => {
    const w = decisionsWorld();
    const d = w.proposeAlac('The ALAC asks for a second public comment period');
    w.call('consensus.estimate', { decisionId: d.id, designation: 'divergence' });
    expect(w.call<DecisionDetail>('consensus.accept', { decisionId: d.id })).toMatchObject({ status: 'to_vote', route: null });
  });
});

describe('a decision recorded in the live session', () => {
  const captured = (w: ReturnType<typeof decisionsWorld>) => {
    const sj = w.meeting(SAN_JUAN);
    const item = w.call<LiveState>('live.state', { meetingId: sj.id }).agenda[1];
    const { id } = w.call<{ id: string }>('decisions.capture', { meetingId: sj.id, itemId: item.id, text: 'Members who do not reconfirm by 31 March leave the group.' });
    expect(w.decision(id)).toMatchObject({ status: 'recorded', route: null });
    return id;
  };

  it("enters the consensus process with the chair's estimate: recorded becomes open, journaled, and can be adopted by consensus", () => {
    const w = decisionsWorld();
    const id = captured(w);
    const d = w.call<DecisionDetail>('consensus.estimate', { decisionId: id, designation: 'consensus' });
    expect(d).toMatchObject({ status: 'open', designation: 'consensus', consensus: { phase: 'estimated' } });
    const ops = w.core.ctx.db.prepare("SELECT before, after FROM journal WHERE entity = 'decisions' AND entity_id = ? AND op = 'update'").all(id) as { before: string; after: string }[];
    expect(ops.map((o) => [JSON.parse(o.before).status, JSON.parse(o.after).status])).toEqual([['recorded', 'open']]);
    expect(w.call<DecisionDetail>('consensus.accept', { decisionId: id })).toMatchObject({ status: 'adopted', route: 'consensus' });
  });

  it('or with a no-objection call', () => {
    const w = decisionsWorld();
    const id = captured(w);
    expect(w.call<DecisionDetail>('noObjection.open', { decisionId: id, days: 7 })).toMatchObject({ status: 'no_objection' });
  });
});

describe('a no-objection call that turns into a vote', () => {
  it('with an objection the question goes to an ALAC vote (roll call, five non-abstaining votes)', () => {
    const w = decisionsWorld();
    const alacCall = w.meeting(ALAC_CALL);
    const state = w.call<LiveState>('live.state', { meetingId: alacCall.id });
    const item = state.agenda.find((i) => i.title.startsWith('Reserve fund'))!;
    const d = w.call<DecisionDetail>('decisions.propose', { meetingId: alacCall.id, itemId: item.id, text: 'The ALAC statement on the reserve fund replenishment', proposerId: w.member('Rohan Mehta') });
    expect(d.proposerName).toBe('Rohan Mehta');
    const open = w.call<DecisionDetail>('noObjection.open', { decisionId: d.id });
    expect(open).toMatchObject({ status: 'no_objection', noObjection: { days: 7, state: 'open', closesAt: '2018-03-17T19:00:00.000Z', members: 8 } });
    expectRefused(w, 'noObjection.close', { decisionId: d.id }, 'objection_call_running', 'decisionId');
    expectRefused(w, 'noObjection.object', { decisionId: d.id, memberId: w.member('Valeria Irigoyen') }, 'not_a_member', 'memberId');
    expectRefused(w, 'votes.create', { decisionId: d.id }, 'decision_wrong_stage', 'decisionId');
    w.call('noObjection.support', { decisionId: d.id, memberId: w.member('Graham Whitcombe') });
    const objected = w.call<DecisionDetail>('noObjection.object', { decisionId: d.id, memberId: w.member('Hélène Marchetti'), text: 'The figures are not final' });
    expect(objected.noObjection!.objections).toMatchObject([{ name: 'Hélène Marchetti', text: 'The figures are not final' }]);
    expectRefused(w, 'noObjection.object', { decisionId: d.id, memberId: w.member('Hélène Marchetti') }, 'already_objected', 'memberId');
    const toVote = w.call<DecisionDetail>('noObjection.close', { decisionId: d.id });
    expect(toVote).toMatchObject({ status: 'to_vote', noObjection: { outcome: 'to_vote' } });

    const vote = w.call<VoteView>('votes.create', { decisionId: d.id });
    expect(vote.rules).toEqual(ALAC_VOTE_RULES);
    expect(vote.electors.filter((e) => e.status === 'eligible')).toHaveLength(8);
    w.call('votes.open', { voteId: vote.id });
    const names = ['Graham Whitcombe', 'Linda Kowalski', 'Aïssatou Ndiaye', 'Rohan Mehta', 'Joaquim Ferreira da Silva'];
    for (const n of names) w.call('votes.cast', { voteId: vote.id, voterId: w.member(n), choice: 'for', how: 'show_of_hands', enteredBy: w.member('Graham Whitcombe') });
    const live = w.call<VoteView>('votes.cast', { voteId: vote.id, voterId: w.member('Hélène Marchetti'), choice: 'against' });
    expect(live.result).toMatchObject({ outcome: 'adopted', quorum: { met: true } });
    const closed = w.call<VoteView>('votes.close', { voteId: vote.id });
    expect(closed.result).toMatchObject({ outcome: 'adopted' });
    expect(w.decision(d.id)).toMatchObject({ status: 'adopted', route: 'vote' });
  });

  it('without objection, the call adopts once its days have run', () => {
    const w = decisionsWorld();
    const d = w.proposeAlac('The ALAC thanks the San Juan host committee');
    w.call('noObjection.open', { decisionId: d.id, days: 3 });
    w.clock.set('2018-03-13T19:00:00.000Z');
    expect(w.decision(d.id).noObjection).toMatchObject({ state: 'adopted', reason: 'no_objection' });
    expectRefused(w, 'noObjection.object', { decisionId: d.id, memberId: w.member('Linda Kowalski') }, 'objection_call_closed');
    expect(w.call<DecisionDetail>('noObjection.close', { decisionId: d.id })).toMatchObject({ status: 'adopted', route: 'no_objection' });
  });
});

describe('recusals', () => {
  it('a recused member is refused in the speaker queue of the item with the reason', () => {
    const w = decisionsWorld();
    const sj = w.meeting(SAN_JUAN);
    const linda = w.member('Linda Kowalski');
    const d = w.proposeAlac('The ALAC supports the applicant’s community priority request');
    const state = w.call<LiveState>('live.open', { meetingId: sj.id });
    w.call('attendance.set', { meetingId: sj.id, memberId: linda, status: 'present' });
    expectRefused(w, 'decisions.recuse', { decisionId: d.id, reason: 'no one' }, 'required', 'memberId');
    const recused = w.call<DecisionDetail>('decisions.recuse', { decisionId: d.id, memberId: linda, reason: 'Employed by an applicant for this gTLD' });
    expect(recused.recusals).toMatchObject([{ memberId: linda, name: 'Linda Kowalski', reason: 'Employed by an applicant for this gTLD' }]);
    expectRefused(w, 'decisions.recuse', { decisionId: d.id, memberId: linda, reason: 'again' }, 'already_recused', 'memberId');
    const itemId = state.agenda[1].id;
    const err = expectRefused(w, 'speakers.add', { meetingId: sj.id, memberId: linda, itemId }, 'speaker_recused', 'memberId');
    expect(err?.params).toEqual({ name: 'Linda Kowalski', reason: 'Employed by an applicant for this gTLD' });
    // Not on other items.
    w.call('speakers.add', { meetingId: sj.id, memberId: linda, itemId: state.agenda[0].id });
    // Not eligible on the vote, out of its quorum, listed as recused.
    w.call('consensus.estimate', { decisionId: d.id, designation: 'divergence' });
    w.call('consensus.accept', { decisionId: d.id });
    const vote = w.call<VoteView>('votes.create', { decisionId: d.id });
    expect(vote.electors.find((e) => e.id === linda)).toMatchObject({ status: 'recused', note: 'Employed by an applicant for this gTLD' });
  });
});

describe('participation and voting rights', () => {
  it('an ALS whose members missed three monthly calls is inactive, out of the vote and its quorum, and recovers', () => {
    const w = decisionsWorld();
    // Three General Assembly calls where attendance was taken; UY's delegate (the secretary) misses all three.
    const ar = w.call<{ id: string }>('members.create', { name: 'Julián Ferreyra', email: 'julian.ferreyra@example.org', country: 'AR', alsId: w.als.ar1 }).id;
    w.call('roles.add', { memberId: ar, bodyId: w.bodyId, role: 'als_representative', startsOn: '2017-01-01' });
    const calls = ['2017-12-12', '2018-01-16', '2018-02-13'].map((day, i) => {
      const m = w.call<{ id: string }>('meetings.create', { bodyId: w.bodyId, title: `Monthly call ${i + 1}`, kind: 'call', startsAt: `${day}T22:00:00.000Z`, durationMinutes: 60, timeZone: 'UTC' });
      w.call('agenda.add', { meetingId: m.id, title: 'Roll call', plannedMinutes: 5, kind: 'information' });
      w.core.ctx.db.prepare('UPDATE meetings SET starts_at = ?, ends_at = ? WHERE id = ?').run(`${day}T22:00:00.000Z`, `${day}T23:00:00.000Z`, m.id);
      return m.id;
    });
    for (const meetingId of calls) {
      w.call('live.open', { meetingId });
      w.call('attendance.set', { meetingId, memberId: ar, status: 'present' });
      w.call('attendance.set', { meetingId, memberId: w.secretary, status: 'absent' });
    }
    const report = w.call<ParticipationReport>('participation.report', { bodyId: w.bodyId, to: '2018-03-10' });
    expect(report.rule).toEqual({ kind: 'consecutive_misses', misses: 3, meetingKind: 'monthly_call' });
    expect(report.members.find((m) => m.subjectId === w.secretary)).toMatchObject({ expected: 3, attended: 0, consecutiveMisses: 3, standing: { active: false, inactiveSince: '2018-02-13' } });
    expect(report.als.find((a) => a.subjectId === w.als.uy)).toMatchObject({ expected: 3, attended: 0, standing: { active: false } });
    expect(report.als.find((a) => a.subjectId === w.als.ar1)).toMatchObject({ expected: 3, attended: 3, rate: 1, standing: { active: true } });
    expect(report.countries.find((c) => c.country === 'UY')).toMatchObject({ subjects: 1, active: 0 });
    expect(report.countries.find((c) => c.country === 'AR')).toMatchObject({ subjects: 5, attended: 3, active: 5 });

    const d = w.propose();
    const vote = w.call<VoteView>('votes.create', { decisionId: d.id });
    expect(vote.electors.find((e) => e.id === w.als.uy)).toMatchObject({ status: 'inactive', note: '2018-02-13' });
    w.call('votes.open', { voteId: vote.id });
    expectRefused(w, 'votes.cast', { voteId: vote.id, voterId: w.als.uy, choice: 'for' }, 'voter_inactive', 'voterId');
    w.call('votes.annul', { voteId: vote.id, reason: 'Recount the roll' });

    // With the rule off the ALS votes again.
    w.call('decisions.saveSettings', { bodyId: w.bodyId, participationRule: { kind: 'none' } });
    const v2 = w.call<VoteView>('votes.create', { decisionId: d.id });
    expect(v2.electors.find((e) => e.id === w.als.uy)).toMatchObject({ status: 'eligible' });
    expect(w.call('decisions.settings', { bodyId: w.bodyId })).toMatchObject({ voteRules: LACRALO_VOTE_RULES, participationRule: { kind: 'none' } });
  });
});

describe('the example directory', () => {
  it('runs a LACRALO vote among its accredited ALSs, capped by country, equal to tally()', () => {
    const w = decisionsWorld();
    // The example's LACRALO monthly call and its decision item on the reserve fund.
    const meeting = w.meeting('LACRALO monthly call');
    const item = w.call<LiveState>('live.state', { meetingId: meeting.id }).agenda.find((i) => i.title.startsWith('Reserve fund'))!;
    expect(item.kind).toBe('decision');
    const d = w.call<DecisionDetail>('decisions.propose', { meetingId: meeting.id, itemId: item.id, text: 'LACRALO comments on the reserve fund replenishment' });
    const vote = w.call<VoteView>('votes.create', { decisionId: d.id, rules: { ...LACRALO_VOTE_RULES, ballot: 'roll_call' } });
    const eligible = vote.electors.filter((e) => e.status === 'eligible');
    expect(eligible.length).toBe(17);
    expect(new Set(eligible.map((e) => e.country)).size).toBeGreaterThanOrEqual(5);
    expect(vote.electors.filter((e) => e.status === 'ineligible').map((e) => e.note).sort()).toEqual(['applied', 'applied', 'suspended']);
    w.call('votes.open', { voteId: vote.id });
    let last: VoteView = vote;
    eligible.forEach((e, i) => {
      last = w.call<VoteView>('votes.cast', { voteId: vote.id, voterId: e.id, choice: e.country === 'AR' || i % 3 === 0 ? 'for' : 'against' });
    });
    const countries = new Set(eligible.map((e) => e.country));
    expect(last.result!.weighting).toMatchObject({ kind: 'country_cap', membershipCountries: countries.size + 2 });
    const closed = w.call<VoteView>('votes.close', { voteId: vote.id });
    const expected = tally(
      closed.rules,
      { electors: closed.electors.map((e) => ({ id: e.id, label: e.label, country: e.country, status: e.status })) },
      closed.ballots.map((b) => ({ kind: 'individual' as const, voterId: b.voterId!, choice: b.choice!, castBy: b.castBy, how: b.how })),
      { round: 1 },
    );
    expect(closed.result).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
