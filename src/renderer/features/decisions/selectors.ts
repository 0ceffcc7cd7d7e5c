import { useMemo } from 'react';
import { prepareElectorate, type PreparedElectorate } from '../../../shared/domain/decisions/electorate';
import type { VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type TallyResult } from '../../../shared/domain/decisions/tally';
import type { VoteDetail } from './model';

/** The electorate indexed once per roll (re-tallying after each ballot then costs little). */
export function usePrepared(vote: VoteDetail, rules: VoteRules = vote.rules): PreparedElectorate {
  return useMemo(() => prepareElectorate(rules, { electors: vote.electors, proxies: vote.proxies }), [rules, vote.electors, vote.proxies]);
}

/** The result as the core computes it: the one pure tally, on the vote's rules, roll and ballots. */
export function tallyVote(vote: VoteDetail, prepared?: PreparedElectorate, rules: VoteRules = vote.rules): TallyResult {
  return tally(rules, prepared ?? prepareElectorate(rules, { electors: vote.electors, proxies: vote.proxies }), vote.ballots, { quorumWaived: vote.extendedFrom !== null });
}

export function useTally(vote: VoteDetail, rules: VoteRules = vote.rules): TallyResult {
  const prepared = usePrepared(vote, rules);
  return useMemo(() => tallyVote(vote, prepared, rules), [vote, prepared, rules]);
}

/** The same rules with the weighting switched: off when the cap is on, the LACRALO cap (1/N) when off. */
export function otherWeighting(rules: VoteRules): VoteRules {
  return { ...rules, weighting: rules.weighting.kind === 'none' ? { kind: 'country_cap', maxShare: 'one_over_countries' } : { kind: 'none' } };
}

/** Voter id -> who holds its proxy; holder id -> whose proxies it holds. */
export function proxyMaps(vote: Pick<VoteDetail, 'proxies'>) {
  const holderOf = new Map(vote.proxies.map((p) => [p.from, p.to]));
  const held = new Map<string, string[]>();
  for (const p of vote.proxies) held.set(p.to, [...(held.get(p.to) ?? []), p.from]);
  return { holderOf, held };
}
