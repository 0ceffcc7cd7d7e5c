import type { AttendanceStatus, Quorum, QuorumRule } from './contract';

// Quorum of a live session, from the attendance sheet. Pure: the core calls it with the main
// process's clock; the rules are those of QUORUM_RULES (see the contract).

/** Roles that never vote: a liaison sits in the body for another one. */
export const NON_VOTING_ROLES: readonly string[] = ['liaison'];

export interface QuorumAttendee {
  memberId: string;
  alsId: string | null;
  status: AttendanceStatus;
  /** A late arrival counts from this instant. */
  arrivedAt: string | null;
  /** An early departure stops counting from this instant. */
  leftAt: string | null;
  proxyHolderId: string | null;
}

export interface QuorumInput {
  rule: QuorumRule;
  /** Voting members of the body on the meeting's date (majority_of_members). */
  votingMemberIds: readonly string[];
  /** The RALO's accredited ALSs (majority_of_accredited_als). */
  accreditedAlsIds: readonly string[];
  attendees: readonly QuorumAttendee[];
  now: number;
}

/** Present or remote, arrived, and not left, at `now`. */
export function inRoom(a: Pick<QuorumAttendee, 'status' | 'arrivedAt' | 'leftAt'>, now: number): boolean {
  if (a.status !== 'present' && a.status !== 'remote') return false;
  if (a.arrivedAt !== null && Date.parse(a.arrivedAt) > now) return false;
  return a.leftAt === null || Date.parse(a.leftAt) > now;
}

/** More than half. */
export const majority = (eligible: number): number => Math.floor(eligible / 2) + 1;

/**
 * Members who count at `now`: those in the room, and those whose proxy is held by someone in the room
 * (a proxy counts once: a holder holds at most one).
 */
export function countingMembers(attendees: readonly QuorumAttendee[], now: number): Set<string> {
  const here = new Set(attendees.filter((a) => inRoom(a, now)).map((a) => a.memberId));
  const out = new Set(here);
  for (const a of attendees) if (a.proxyHolderId !== null && here.has(a.proxyHolderId)) out.add(a.memberId);
  return out;
}

export function computeQuorum(input: QuorumInput): Quorum {
  const counting = countingMembers(input.attendees, input.now);
  let eligible: number;
  let counted: number;
  let required: number;
  switch (input.rule) {
    case 'majority_of_members': {
      const voting = new Set(input.votingMemberIds);
      eligible = voting.size;
      counted = [...voting].filter((id) => counting.has(id)).length;
      required = majority(eligible);
      break;
    }
    case 'majority_of_accredited_als': {
      const accredited = new Set(input.accreditedAlsIds);
      eligible = accredited.size;
      const represented = new Set<string>();
      for (const a of input.attendees) if (a.alsId !== null && accredited.has(a.alsId) && counting.has(a.memberId)) represented.add(a.alsId);
      counted = represented.size;
      required = majority(eligible);
      break;
    }
    default:
      // No quorum: the count is who is in the room, for information.
      eligible = 0;
      counted = input.attendees.filter((a) => inRoom(a, input.now)).length;
      required = 0;
  }
  const missing = Math.max(0, required - counted);
  return { rule: input.rule, eligible, counted, required, reached: missing === 0, missing };
}
