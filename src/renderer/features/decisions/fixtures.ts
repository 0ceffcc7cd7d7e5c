import { initialConsensus, phaseOf, reduceConsensus, type ConsensusEvent } from '../../../shared/domain/decisions/consensus';
import { FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS } from '../../../shared/domain/decisions/fixtures';
import { LACRALO_VOTE_RULES, resultVisible, type VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type Ballot } from '../../../shared/domain/decisions/tally';
import type { BallotView, DecisionDetail, VoteView } from './model';

// Test data for the Decisions screens: the LACRALO example (ten ALSs in five countries, half
// of them Argentine, one Brazilian ALS recused, Chile voting through Mexico's proxy) and a fake core
// that answers the decisions channels with the same pure rules the real core uses.

export const AT = '2026-11-30T15:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null });

export const PEOPLE = [
  { memberId: 'm-sylvia', memberName: 'Sylvia Herlein Leite' },
  { memberId: 'm-humberto', memberName: 'Humberto Carrasco' },
  { memberId: 'm-alberto', memberName: 'Alberto Soto' },
];

/** The vote's view as the core would return it (choices hidden on a secret vote until closed). */
export function voteView(rules: VoteRules, status: VoteView['status'], ballots: readonly Ballot[], over: Partial<VoteView> = {}): VoteView {
  const given = new Map((FIVE_COUNTRIES.proxies ?? []).map((p) => [p.from, p.to]));
  const voted = new Set(ballots.flatMap((b) => (b.kind === 'individual' ? [b.voterId] : [])));
  const show = status === 'closed' || rules.ballot === 'roll_call';
  const label = (id: string) => FIVE_COUNTRIES.electors.find((e) => e.id === id)?.label ?? id;
  const views: BallotView[] = ballots.map((b, i) =>
    b.kind === 'individual'
      ? { ...meta(`b${i}`), voteId: 'v1', kind: 'individual', voterId: b.voterId, voterName: label(b.voterId), castBy: b.castBy ?? null, choice: show ? b.choice : null, counts: null, country: null, enteredBy: b.enteredBy ?? null, how: b.how ?? 'voter' }
      : { ...meta(`b${i}`), voteId: 'v1', kind: 'aggregate', voterId: null, voterName: null, castBy: null, choice: null, counts: show ? { ...b.counts } : null, country: b.country ?? null, enteredBy: b.enteredBy, how: b.how },
  );
  const result = tally(rules, FIVE_COUNTRIES, ballots);
  return {
    ...meta('v1'),
    decisionId: 'd1',
    round: 1,
    previousVoteId: null,
    runoff: null,
    rules,
    status,
    electorateDate: '2026-11-30',
    opensAt: AT,
    closesAt: null,
    extendedFrom: null,
    openedAt: status === 'draft' ? null : AT,
    closedAt: status === 'closed' ? AT : null,
    seed: null,
    castingVote: null,
    annulledAt: null,
    annulReason: null,
    electors: FIVE_COUNTRIES.electors.map((e) => ({
      id: e.id,
      label: e.label ?? e.id,
      country: e.country ?? null,
      status: e.status,
      note: e.status === 'recused' ? 'Board member of the applicant' : null,
      voted: voted.has(e.id),
      proxyHolderId: given.get(e.id) ?? null,
    })),
    proxies: (FIVE_COUNTRIES.proxies ?? []).map((p, i) => ({ ...meta(`p${i}`), voteId: 'v1', giverId: p.from, giverName: label(p.from), holderId: p.to, holderName: label(p.to), noticeAt: AT })),
    ballots: views,
    participants: result.participation.participants,
    result: resultVisible(rules, status) ? result : null,
    ...over,
  };
}

export function decision(over: Partial<DecisionDetail> = {}): DecisionDetail {
  return {
    ...meta('d1'),
    meetingId: 'mt1',
    meetingTitle: 'LACRALO monthly call',
    meetingStartsAt: AT,
    timeZone: 'America/Montevideo',
    itemId: 'i1',
    itemTitle: 'Bylaws amendment',
    bodyId: 'b-lacralo',
    bodyName: 'LACRALO',
    text: 'Adopt the amended Operating Principles.',
    proposerId: 'm-sylvia',
    proposerName: 'Sylvia Herlein Leite',
    status: 'open',
    route: null,
    designation: null,
    consensus: { ...initialConsensus, phase: 'open' },
    noObjection: null,
    recusals: [],
    votes: [],
    names: Object.fromEntries(PEOPLE.map((p) => [p.memberId, p.memberName])),
    ...over,
  };
}

export const closedLacralo = (rules: VoteRules = LACRALO_VOTE_RULES) => voteView(rules, 'closed', FIVE_COUNTRIES_BALLOTS);

type Ok<T> = { ok: true; value: T };
const ok = <T,>(value: T): Ok<T> => ({ ok: true, value });

/** A fake core over one decision: consensus through the pure reducer, ballots through tally(). */
export function fakeCore(start: DecisionDetail) {
  let d = start;
  let ballots: Ballot[] = [];
  const withConsensus = (e: ConsensusEvent) => {
    const r = reduceConsensus(d.consensus, e);
    if (!r.ok) return r;
    // As the core does: the first step of the process takes a decision recorded in the session to `open`.
    d = { ...d, consensus: { ...r.value, phase: phaseOf(r.value) }, designation: r.value.designation, status: d.status === 'recorded' ? 'open' : d.status };
    return ok(d);
  };
  const vote = () => d.votes[d.votes.length - 1];
  const setVote = (v: VoteView) => {
    d = { ...d, votes: [...d.votes.slice(0, -1), v] };
    return ok(v);
  };
  return {
    get: () => d,
    handle(channel: string, input: Record<string, unknown>): unknown {
      switch (channel) {
        case 'decisions.get':
          return ok(d);
        case 'decisions.list':
          return ok([d]);
        case 'bodies.get':
          return ok({ body: {}, parent: null, children: [], holders: PEOPLE });
        case 'decisions.settings':
          return ok({ bodyId: d.bodyId, voteRules: LACRALO_VOTE_RULES, participationRule: { kind: 'none' } });
        case 'consensus.estimate':
          return withConsensus({ type: 'estimate', at: AT, by: 'm-sylvia', designation: input.designation as never });
        case 'consensus.revise':
          return withConsensus({ type: 'revise', at: AT, by: 'm-sylvia', designation: input.designation as never, changes: String(input.changed) });
        case 'consensus.accept':
          return withConsensus({ type: 'accept', at: AT, by: 'm-sylvia' });
        case 'consensus.challenge':
          return withConsensus({ type: 'challenge', at: AT, by: String(input.by), to: input.to as 'chair', reason: String(input.text) });
        case 'consensus.resolveChallenge':
          return withConsensus({ type: 'decide_challenge', at: AT, by: 'm-sylvia', outcome: input.outcome as 'maintained', designation: input.designation as never });
        case 'minority.add':
          return withConsensus({ type: 'minority_view', at: AT, id: `mv${d.consensus.minorityViews.length}`, text: String(input.text), holders: input.holderIds as string[] });
        case 'votes.update':
          return setVote(voteView((input.rules as VoteRules | undefined) ?? vote().rules, vote().status, ballots));
        case 'votes.cast': {
          const v = vote();
          if (v.electors.find((e) => e.id === input.voterId)?.voted) return { ok: false, error: { code: 'already_voted', message: 'Already voted', field: 'voterId' } };
          ballots = [...ballots, { kind: 'individual', voterId: String(input.voterId), choice: String(input.choice), castBy: (input.castBy as string) ?? null, how: input.how as 'voter' }];
          return setVote(voteView(v.rules, v.status, ballots));
        }
        default:
          return ok(d);
      }
    },
  };
}
