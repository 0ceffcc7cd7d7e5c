import type { VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type TallyResult } from '../../../shared/domain/decisions/tally';
import { ballotsOf, electorateOf, type VoteView } from './model';

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
