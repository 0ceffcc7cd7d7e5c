import { fail, ok, type Result } from '../../errors';
import type { TallyOptions, TallyResult } from './tally';

// Online and extended votes (LACRALO Rules of Procedure 11.2, applied to its virtual votes): "Should
// a vote in a virtual meeting not be quorate, then the chair shall extend the close of the vote for
// an equal amount of time as the original voting period. By the end of this extension, no quorum
// will be required." One extension, by the original period; after it, the quorum no longer applies.

export interface VotePeriod {
  opensAt: string;
  closesAt: string;
  /** The original close, once the vote has been extended (null before). */
  extendedFrom: string | null;
}

export const isExtended = (p: VotePeriod) => p.extendedFrom !== null;

/** Extends the vote once by its original period; refused when already extended or already quorate. */
export function extendVote(p: VotePeriod, quorumMet: boolean): Result<VotePeriod> {
  if (isExtended(p)) return fail('extension_used', 'A vote is extended once only');
  if (quorumMet) return fail('extension_quorum_met', 'The quorum is reached; nothing to extend');
  const length = Date.parse(p.closesAt) - Date.parse(p.opensAt);
  return ok({ ...p, closesAt: new Date(Date.parse(p.closesAt) + length).toISOString(), extendedFrom: p.closesAt });
}

/** The tally options for this period: an extended vote needs no quorum at its close. */
export const periodTallyOptions = (p: VotePeriod, options: TallyOptions = {}): TallyOptions => (isExtended(p) ? { ...options, quorumWaived: true } : options);

/** At the close: a vote without quorum is extended the first time; otherwise the result is final. */
export const atClose = (p: VotePeriod, result: Pick<TallyResult, 'outcome'>): 'extend' | 'final' =>
  result.outcome === 'no_quorum' && !isExtended(p) ? 'extend' : 'final';
