import type { ElectorStatus, Elector, Electorate, Proxy } from '../../../shared/domain/decisions/electorate';
import { LACRALO_PARTICIPATION_RULE, participationRule, rollUpToAls, standingsOn, type AttendanceRecord, type ParticipationRule } from '../../../shared/domain/decisions/participation';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES, voteRules, type VoteRules } from '../../../shared/domain/decisions/rules';
import { NON_VOTING_ROLES } from '../../../shared/domain/live/quorum';
import { utcToLocal } from '../../../shared/domain/meetings/time';
import type { Ctx, Row } from '../../db/repo';

// Who may vote on a question, built from the directory on the vote's date: the body's accredited ALSs
// (or its voting role holders), their countries, the participation standing under the body's rule,
// then the recusals recorded on the question. The pure rules (electorate.ts, participation.ts) only
// read what this returns.

/** An elector as stored when the vote opens (recusals are laid over it when read). */
export interface StoredElector {
  id: string;
  label: string;
  country: string | null;
  status: Exclude<ElectorStatus, 'recused'>;
  /** The accreditation status of an ineligible ALS, or the date an inactive one lost its vote. */
  note: string | null;
}

/** The body's default vote rules: stored ones, else LACRALO's for a RALO (one vote per ALS), else ALAC's. */
export function bodyVoteRules(body: Row): VoteRules {
  if (typeof body.vote_rules === 'string') return voteRules.parse(JSON.parse(body.vote_rules));
  return body.kind === 'ralo' ? LACRALO_VOTE_RULES : ALAC_VOTE_RULES;
}

/** The body's participation rule: stored, else LACRALO's for a RALO, else none. */
export function bodyParticipationRule(body: Row): ParticipationRule {
  if (typeof body.participation_rule === 'string') return participationRule.parse(JSON.parse(body.participation_rule));
  return body.kind === 'ralo' ? LACRALO_PARTICIPATION_RULE : { kind: 'none' };
}

/** Role holders of the body on `date` (YYYY-MM-DD), with their voting status. */
export function roleHolders(ctx: Ctx, bodyId: string, date: string): { id: string; name: string; country: string; alsId: string | null; roles: string[] }[] {
  return (
    ctx.db
      .prepare(
        `SELECT m.id, m.name, m.country, m.als_id, group_concat(r.role) AS roles
           FROM roles r JOIN members m ON m.id = r.member_id
          WHERE r.body_id = @body AND r.deleted_at IS NULL AND m.deleted_at IS NULL AND r.starts_on <= @date AND (r.ends_on IS NULL OR r.ends_on >= @date)
          GROUP BY m.id ORDER BY m.name, m.id`,
      )
      .all({ body: bodyId, date }) as Row[]
  ).map((r) => ({ id: r.id as string, name: r.name as string, country: r.country as string, alsId: (r.als_id as string | null) ?? null, roles: (r.roles as string).split(',') }));
}

export const isVoting = (h: { roles: string[] }) => h.roles.some((role) => !NON_VOTING_ROLES.includes(role));

/** Members holding `role` in the body on `date`. */
export function holdersOf(ctx: Ctx, bodyId: string, role: string, date: string): string[] {
  return roleHolders(ctx, bodyId, date)
    .filter((h) => h.roles.includes(role))
    .map((h) => h.id);
}

/** Meeting kinds as the participation rule names them: a call counts as LACRALO's monthly call. */
const meetingKind = (kind: string) => (kind === 'call' ? 'monthly_call' : kind);

/**
 * Attendance of the body's members up to `to` (inclusive), one record per expected member (role
 * holder on the meeting's date) and meeting. Only meetings where attendance was taken (at least one
 * line) count: a meeting nobody recorded says nothing about who missed it.
 */
export function memberAttendance(ctx: Ctx, bodyId: string, to: string): AttendanceRecord[] {
  const meetings = ctx.db
    .prepare(
      `SELECT m.id, m.kind, m.starts_at, m.time_zone FROM meetings m
        WHERE m.body_id = ? AND m.deleted_at IS NULL AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL)`,
    )
    .all(bodyId) as Row[];
  if (meetings.length === 0) return [];
  const roles = ctx.db
    .prepare('SELECT member_id, role, starts_on, ends_on FROM roles WHERE body_id = ? AND deleted_at IS NULL')
    .all(bodyId) as { member_id: string; role: string; starts_on: string; ends_on: string | null }[];
  const present = ctx.db
    .prepare(
      `SELECT a.meeting_id, a.member_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE m.body_id = ? AND a.deleted_at IS NULL AND a.status IN ('present', 'remote')`,
    )
    .all(bodyId) as { meeting_id: string; member_id: string }[];
  const attended = new Set(present.map((p) => `${p.meeting_id}\u0000${p.member_id}`));
  const out: AttendanceRecord[] = [];
  for (const m of meetings) {
    const date = utcToLocal(m.starts_at as string, m.time_zone as string).slice(0, 10);
    if (date > to) continue;
    const expected = new Set(roles.filter((r) => !NON_VOTING_ROLES.includes(r.role) && r.starts_on <= date && (r.ends_on === null || r.ends_on >= date)).map((r) => r.member_id));
    for (const memberId of expected) {
      out.push({ subjectId: memberId, meetingId: m.id as string, date, kind: meetingKind(m.kind as string), attended: attended.has(`${m.id as string}\u0000${memberId}`) });
    }
  }
  return out;
}

/** Member attendance as ALS attendance (an ALS attended when one of its members did). */
export function alsAttendance(ctx: Ctx, records: readonly AttendanceRecord[]): AttendanceRecord[] {
  if (records.length === 0) return [];
  const alsOf = new Map(
    (ctx.db.prepare('SELECT id, als_id FROM members WHERE als_id IS NOT NULL').all() as { id: string; als_id: string }[]).map((m) => [m.id, m.als_id]),
  );
  return rollUpToAls(records, (id) => alsOf.get(id));
}

/** The electorate of the body on `date`, before recusals. */
export function baseElectors(ctx: Ctx, body: Row, voters: VoteRules['voters'], date: string): StoredElector[] {
  const rule = bodyParticipationRule(body);
  const bodyId = body.id as string;
  if (voters === 'als') {
    const als = ctx.db.prepare('SELECT id, name, country, accreditation_status, accredited_on FROM als WHERE ralo_id = ? AND deleted_at IS NULL ORDER BY name, id').all(bodyId) as Row[];
    const standing = standingsOn(rule, rule.kind === 'none' ? [] : alsAttendance(ctx, memberAttendance(ctx, bodyId, date)), date, als.map((a) => a.id as string));
    return als.map((a) => {
      const accredited = a.accreditation_status === 'accredited' && (a.accredited_on === null || (a.accredited_on as string) <= date);
      const s = standing.get(a.id as string);
      const status: StoredElector['status'] = !accredited ? 'ineligible' : s && !s.active ? 'inactive' : 'eligible';
      return {
        id: a.id as string,
        label: a.name as string,
        country: a.country as string,
        status,
        note: status === 'ineligible' ? (a.accreditation_status as string) : status === 'inactive' ? s!.inactiveSince : null,
      };
    });
  }
  const holders = roleHolders(ctx, bodyId, date).filter(isVoting);
  const standing = standingsOn(rule, rule.kind === 'none' ? [] : memberAttendance(ctx, bodyId, date), date, holders.map((h) => h.id));
  return holders.map((h) => {
    const s = standing.get(h.id);
    const inactive = s !== undefined && !s.active;
    return { id: h.id, label: h.name, country: h.country, status: inactive ? 'inactive' : 'eligible', note: inactive ? s.inactiveSince : null };
  });
}

export interface RecusalRow {
  member_id: string | null;
  als_id: string | null;
  reason: string;
  created_at: string;
}

/** Recusals of the question (those recorded up to `until` when given: a closed vote keeps its own). */
export function recusalsOf(ctx: Ctx, decisionId: string, until?: string | null): RecusalRow[] {
  const rows = ctx.db.prepare('SELECT member_id, als_id, reason, created_at FROM recusals WHERE decision_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(decisionId) as RecusalRow[];
  return until ? rows.filter((r) => r.created_at <= until) : rows;
}

/**
 * The elector a recusal takes out: the member (member votes), or the ALS (ALS votes; a recused
 * member takes its ALS's vote out with it, as the ALS votes through its representative).
 */
export function recusedElectorIds(ctx: Ctx, voters: VoteRules['voters'], recusals: readonly RecusalRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of recusals) {
    if (voters === 'members') {
      if (r.member_id) out.set(r.member_id, r.reason);
    } else if (r.als_id) out.set(r.als_id, r.reason);
    else if (r.member_id) {
      const m = ctx.db.prepare('SELECT als_id FROM members WHERE id = ?').get(r.member_id) as { als_id: string | null } | undefined;
      if (m?.als_id && !out.has(m.als_id)) out.set(m.als_id, r.reason);
    }
  }
  return out;
}

/** Recusals laid over the stored electors. */
export function withRecusals(electors: readonly StoredElector[], recused: ReadonlyMap<string, string>): (Elector & { label: string; note: string | null })[] {
  return electors.map((e) => {
    const reason = recused.get(e.id);
    return reason !== undefined ? { ...e, status: 'recused' as const, note: reason } : { ...e };
  });
}

export type { Electorate, Proxy };
