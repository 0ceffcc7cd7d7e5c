import type { InputOf } from '../../../shared/contract';
import { prepareElectorate, type PreparedElectorate } from '../../../shared/domain/decisions/electorate';
import type { VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type TallyResult } from '../../../shared/domain/decisions/tally';
import { ballotsOf, electorateOf, type BallotView, type VoteView } from './model';

/** The tally of this vote under `rules` (its own by default), from what the screen shows; null while choices are hidden. */
export function tallyVote(vote: VoteView, rules: VoteRules = vote.rules): TallyResult | null {
  const ballots = ballotsOf(vote);
  if (!ballots) return null;
  return tally(rules, electorateOf(vote), ballots, {
    round: vote.round,
    ...(vote.runoff ? { runoff: vote.runoff } : {}),
    ...(vote.seed ? { seed: vote.seed } : {}),
    ...(vote.castingVote ? { castingVote: { by: vote.castingVote.byName, choice: vote.castingVote.choice } } : {}),
    quorumWaived: vote.extendedFrom !== null,
  });
}

/** The same rules with the weighting switched: off when the cap is on, the LACRALO cap (1/N) when off. */
export function otherWeighting(rules: VoteRules): VoteRules {
  return { ...rules, weighting: rules.weighting.kind === 'none' ? { kind: 'country_cap', maxShare: 'one_over_countries' } : { kind: 'none' } };
}

/** Holder id -> the names of those whose proxy it holds. */
export function heldBy(vote: Pick<VoteView, 'proxies'>): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const p of vote.proxies) held.set(p.holderId, [...(held.get(p.holderId) ?? []), p.giverName]);
  return held;
}

// The roll does not change while a vote is open: indexed once per vote for the ballots that follow.
let prepared: { voteId: string; rules: VoteRules; roll: PreparedElectorate } | null = null;
function preparedRoll(vote: VoteView): PreparedElectorate {
  if (prepared?.voteId !== vote.id || prepared.rules !== vote.rules) prepared = { voteId: vote.id, rules: vote.rules, roll: prepareElectorate(vote.rules, electorateOf(vote)) };
  return prepared.roll;
}

/**
 * The vote as it will be once the core has recorded this ballot: the voter has voted, the turnout
 * grows, and a visible result is re-tallied with the same pure function. Shown until the core answers.
 */
export function castLocally(vote: VoteView, input: InputOf<'votes.cast'>): VoteView {
  const elector = vote.electors.find((e) => e.id === input.voterId);
  if (!elector || elector.voted || elector.status !== 'eligible' || vote.status !== 'open') return vote;
  const now = new Date().toISOString();
  const ballot: BallotView = {
    id: `pending-${vote.ballots.length}`,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    voteId: vote.id,
    kind: 'individual',
    voterId: elector.id,
    voterName: elector.label,
    castBy: input.castBy ?? null,
    choice: vote.result ? input.choice : null,
    counts: null,
    country: elector.country,
    enteredBy: input.enteredBy ?? null,
    how: input.how ?? 'voter',
  };
  const next: VoteView = {
    ...vote,
    electors: vote.electors.map((e) => (e === elector ? { ...e, voted: true } : e)),
    ballots: [...vote.ballots, ballot],
    participants: vote.participants + 1,
  };
  if (vote.result) {
    const ballots = ballotsOf(next);
    if (ballots) next.result = tally(vote.rules, preparedRoll(vote), ballots, { round: vote.round, ...(vote.runoff ? { runoff: vote.runoff } : {}), quorumWaived: vote.extendedFrom !== null });
  }
  return next;
}
