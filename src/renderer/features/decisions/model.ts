import type { Electorate } from '../../../shared/domain/decisions/electorate';
import type { VoteView } from '../../../shared/domain/decisions/contract';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES, type VoteRules } from '../../../shared/domain/decisions/rules';
import type { Ballot } from '../../../shared/domain/decisions/tally';

// What the Decisions screens read: the decisions contract's views, and the pure rules' inputs
// rebuilt from them (to compare weightings, and to check that the screen prints what tally() says).

export type {
  BallotView,
  DecisionDetail,
  DecisionStatus,
  DecisionSummary,
  ElectorView,
  NoObjectionView,
  ParticipationLine,
  ParticipationReport,
  VoteView,
} from '../../../shared/domain/decisions/contract';
export { DECISION_STATUSES } from '../../../shared/domain/decisions/contract';

export interface Person {
  id: string;
  name: string;
}

export const PRESETS = { lacralo: LACRALO_VOTE_RULES, alac: ALAC_VOTE_RULES } as const;
export type Preset = keyof typeof PRESETS | 'custom';

/** Which preset the rules are (structurally), else custom. */
export function presetOf(rules: VoteRules): Preset {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [k, v] of Object.entries(PRESETS)) if (same(v, rules)) return k as Preset;
  return 'custom';
}

/** The vote's roll as the tally reads it (proxies in the order they were notified). */
export function electorateOf(vote: Pick<VoteView, 'electors' | 'proxies'>): Electorate {
  return {
    electors: vote.electors.map((e) => ({ id: e.id, label: e.label, country: e.country, status: e.status })),
    proxies: [...vote.proxies].sort((a, b) => (a.noticeAt < b.noticeAt ? -1 : a.noticeAt > b.noticeAt ? 1 : 0)).map((p) => ({ from: p.giverId, to: p.holderId })),
  };
}

/** The ballots as the tally reads them; null while a secret vote hides the choices. */
export function ballotsOf(vote: Pick<VoteView, 'ballots'>): Ballot[] | null {
  const out: Ballot[] = [];
  for (const b of vote.ballots) {
    if (b.kind === 'individual') {
      if (b.choice === null || b.voterId === null) return null;
      out.push({ kind: 'individual', voterId: b.voterId, choice: b.choice, castBy: b.castBy, how: b.how, ...(b.enteredBy ? { enteredBy: b.enteredBy } : {}) });
    } else {
      if (!b.counts) return null;
      out.push({ kind: 'aggregate', counts: b.counts, country: b.country, enteredBy: b.enteredBy ?? '', how: b.how });
    }
  }
  return out;
}
