import { fail, ok, type Result } from '../../errors';

// A no-objection call (ALAC Rule 15.3): when the chair deems consensus reached, the text is put to
// the members for a set number of calendar days (7 by default). It is adopted if nobody objects by
// the deadline, or earlier if every member has expressed formal support; with any objection it
// goes to a vote (Rule 15.4). Times are UTC instants; the deadline is opening + days × 24 h.

export const DEFAULT_NO_OBJECTION_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NoObjectionCall {
  openedAt: string;
  days: number;
  objections: { by: string; at: string; text: string | null }[];
  supports: { by: string; at: string }[];
}

export function openNoObjectionCall(openedAt: string, days = DEFAULT_NO_OBJECTION_DAYS): NoObjectionCall {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be a positive whole number');
  return { openedAt, days, objections: [], supports: [] };
}

export const closesAt = (call: NoObjectionCall): string => new Date(Date.parse(call.openedAt) + call.days * DAY_MS).toISOString();

export type NoObjectionState = 'open' | 'adopted' | 'to_vote';

export interface NoObjectionStatus {
  state: NoObjectionState;
  reason: 'pending' | 'no_objection' | 'all_supported' | 'objections';
  closesAt: string;
  objections: number;
  supports: number;
}

/** Where the call stands at `now`, for a body whose members are `members`. */
export function noObjectionStatus(call: NoObjectionCall, now: string, members: readonly string[]): NoObjectionStatus {
  const deadline = closesAt(call);
  const base = { closesAt: deadline, objections: call.objections.length, supports: call.supports.length };
  const supported = new Set(call.supports.map((s) => s.by));
  if (call.objections.length === 0 && members.length > 0 && members.every((m) => supported.has(m))) return { ...base, state: 'adopted', reason: 'all_supported' };
  if (Date.parse(now) < Date.parse(deadline)) return { ...base, state: 'open', reason: 'pending' };
  return call.objections.length === 0 ? { ...base, state: 'adopted', reason: 'no_objection' } : { ...base, state: 'to_vote', reason: 'objections' };
}

function check(call: NoObjectionCall, by: string, at: string, members: readonly string[]): Result<null> {
  const status = noObjectionStatus(call, at, members);
  if (status.state !== 'open') return fail('objection_call_closed', 'The call is closed', undefined, { closedAt: status.closesAt });
  if (!members.includes(by)) return fail('not_a_member', 'Only members of the body take part', 'by', { member: by });
  return ok(null);
}

/** Records a formal objection (before the deadline, by a member, once). */
export function recordObjection(call: NoObjectionCall, o: { by: string; at: string; text?: string | null }, members: readonly string[]): Result<NoObjectionCall> {
  const c = check(call, o.by, o.at, members);
  if (!c.ok) return c;
  if (call.objections.some((x) => x.by === o.by)) return fail('already_objected', 'Already objected', 'by', { member: o.by });
  return ok({ ...call, objections: [...call.objections, { by: o.by, at: o.at, text: o.text ?? null }] });
}

/** Records a formal support; when every member supports, the call is adopted before its deadline. */
export function recordSupport(call: NoObjectionCall, s: { by: string; at: string }, members: readonly string[]): Result<NoObjectionCall> {
  const c = check(call, s.by, s.at, members);
  if (!c.ok) return c;
  if (call.supports.some((x) => x.by === s.by)) return ok(call);
  return ok({ ...call, supports: [...call.supports, { by: s.by, at: s.at }] });
}
