import { z } from 'zod';
import { fail, ok, type Result } from '../../errors';

// Consensus first (seed 002: "seek decisions by consensus and establish fallback voting procedures").
// The chair designates the level of consensus on ICANN's GNSO scale (GNSO Working Group Guidelines
// 3.6): an estimate, rounds of revision (each with its date and what changed), then accepted. A
// member who disagrees challenges the designation with the chair first, then with the liaison
// (3.7), and the outcome is recorded. Minority views are kept in their authors' own words, with who
// holds them. A pure reducer: the database stores the events and replays them.

export const DESIGNATIONS = ['full_consensus', 'consensus', 'strong_support_significant_opposition', 'divergence'] as const;
export type Designation = (typeof DESIGNATIONS)[number];

/** Full consensus and consensus decide; the other two leave the question to a fallback vote. */
export const isConsensus = (d: Designation | null): boolean => d === 'full_consensus' || d === 'consensus';

const at = z.string().datetime({ offset: true });
const who = z.string().trim().min(1).max(100);
const words = (max: number) => z.string().trim().min(1).max(max);

export const consensusEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('estimate'), at, by: who, designation: z.enum(DESIGNATIONS) }),
  z.strictObject({ type: z.literal('revise'), at, by: who, designation: z.enum(DESIGNATIONS), changes: words(2000) }),
  z.strictObject({ type: z.literal('accept'), at, by: who }),
  z.strictObject({ type: z.literal('challenge'), at, by: who, to: z.enum(['chair', 'liaison']), reason: words(4000) }),
  z.strictObject({
    type: z.literal('decide_challenge'),
    at,
    by: who,
    outcome: z.enum(['maintained', 'revised']),
    designation: z.enum(DESIGNATIONS).optional(),
    note: z.string().trim().max(4000).optional(),
  }),
  z.strictObject({ type: z.literal('minority_view'), at, id: who, text: words(20_000), holders: z.array(who).min(1).max(500) }),
]);
export type ConsensusEvent = z.output<typeof consensusEvent>;

export interface DesignationRound {
  /** 0: the chair's estimate; 1, 2…: revisions. */
  round: number;
  at: string;
  by: string;
  designation: Designation;
  /** What changed since the previous round ('' for the estimate). */
  changes: string;
}

export interface Challenge {
  to: 'chair' | 'liaison';
  by: string;
  at: string;
  reason: string;
  outcome: 'pending' | 'maintained' | 'revised';
  decidedAt: string | null;
  decidedBy: string | null;
  /** The designation after a revision. */
  designation: Designation | null;
  note: string | null;
}

export interface MinorityView {
  id: string;
  at: string;
  /** In its authors' own words. */
  text: string;
  holders: string[];
}

export interface ConsensusState {
  designation: Designation | null;
  rounds: DesignationRound[];
  accepted: { at: string; by: string } | null;
  challenges: Challenge[];
  minorityViews: MinorityView[];
}

export const initialConsensus: ConsensusState = { designation: null, rounds: [], accepted: null, challenges: [], minorityViews: [] };

export type ConsensusPhase = 'open' | 'estimated' | 'accepted' | 'challenged';
export function phaseOf(s: ConsensusState): ConsensusPhase {
  if (s.challenges.some((c) => c.outcome === 'pending')) return 'challenged';
  if (s.accepted) return 'accepted';
  return s.designation ? 'estimated' : 'open';
}

/** What the process concludes, once accepted: the decision is taken, or it goes to a vote. */
export function consensusOutcome(s: ConsensusState): 'pending' | 'adopted' | 'to_vote' {
  if (!s.accepted || phaseOf(s) === 'challenged') return 'pending';
  return isConsensus(s.designation) ? 'adopted' : 'to_vote';
}

/** Applies one event; a refusal names the rule and leaves the state as it was. */
export function reduceConsensus(s: ConsensusState, e: ConsensusEvent): Result<ConsensusState> {
  const pending = s.challenges.find((c) => c.outcome === 'pending');
  switch (e.type) {
    case 'estimate':
      if (s.designation) return fail('designation_exists', 'The chair has already estimated; record a revision', 'designation');
      return ok({ ...s, designation: e.designation, rounds: [{ round: 0, at: e.at, by: e.by, designation: e.designation, changes: '' }] });
    case 'revise':
      if (!s.designation) return fail('designation_missing', 'No estimate to revise yet');
      if (s.accepted) return fail('designation_accepted', 'An accepted designation changes only through a challenge');
      if (pending) return fail('challenge_pending', 'Decide the open challenge first');
      return ok({ ...s, designation: e.designation, rounds: [...s.rounds, { round: s.rounds.length, at: e.at, by: e.by, designation: e.designation, changes: e.changes }] });
    case 'accept':
      if (!s.designation) return fail('designation_missing', 'No estimate to accept yet');
      if (s.accepted) return fail('designation_accepted', 'Already accepted');
      if (pending) return fail('challenge_pending', 'Decide the open challenge first');
      return ok({ ...s, accepted: { at: e.at, by: e.by } });
    case 'challenge': {
      if (!s.designation) return fail('designation_missing', 'Nothing to challenge yet');
      if (pending) return fail('challenge_pending', 'A challenge is already open');
      if (e.to === 'liaison') {
        const last = s.challenges[s.challenges.length - 1];
        // The liaison hears a challenge the chair has heard and maintained.
        if (!last || last.to !== 'chair' || last.outcome !== 'maintained') return fail('challenge_order', 'Challenge the chair first', 'to');
      }
      const c: Challenge = { to: e.to, by: e.by, at: e.at, reason: e.reason, outcome: 'pending', decidedAt: null, decidedBy: null, designation: null, note: null };
      return ok({ ...s, challenges: [...s.challenges, c] });
    }
    case 'decide_challenge': {
      if (!pending) return fail('no_challenge', 'No open challenge');
      if (e.outcome === 'revised' && !e.designation) return fail('required', 'A revised designation is needed', 'designation');
      const designation = e.outcome === 'revised' ? e.designation! : null;
      const challenges = s.challenges.map((c) =>
        c === pending ? { ...c, outcome: e.outcome, decidedAt: e.at, decidedBy: e.by, designation, note: e.note ?? null } : c,
      );
      return ok({ ...s, challenges, designation: designation ?? s.designation });
    }
    case 'minority_view':
      if (s.minorityViews.some((m) => m.id === e.id)) return fail('invalid_input', 'This minority view is already recorded', 'id');
      return ok({ ...s, minorityViews: [...s.minorityViews, { id: e.id, at: e.at, text: e.text, holders: [...new Set(e.holders)] }] });
  }
}

/** Replays events from the start; stops at the first refusal. */
export function replayConsensus(events: readonly ConsensusEvent[]): Result<ConsensusState> {
  let s = initialConsensus;
  for (const e of events) {
    const r = reduceConsensus(s, e);
    if (!r.ok) return r;
    s = r.value;
  }
  return ok(s);
}
