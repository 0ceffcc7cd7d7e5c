import type { DecisionDetail, DecisionStatus, DecisionSummary, NoObjectionView, Recusal } from '../../../shared/domain/decisions/contract';
import { phaseOf, replayConsensus, type ConsensusEvent, type ConsensusState } from '../../../shared/domain/decisions/consensus';
import { noObjectionStatus, type NoObjectionCall } from '../../../shared/domain/decisions/noObjection';
import { DomainError } from '../../../shared/errors';
import { getRow, update, type Ctx, type Row } from '../../db/repo';
import { loadVote, voteView } from './voteState';

// Row mapping and lookups shared by the decisions services, and the one `changed` signal.

export const meta = (r: Row) => ({
  id: r.id as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export const nowIso = (ctx: Ctx) => ctx.now().toISOString();

/**
 * Tells the decision's screens to read again; `live` also the live session of its meeting, which shows
 * the decisions' texts only (so a ballot does not make the chair's window and the projector re-read).
 */
export function changed(ctx: Ctx, decision: Row, live = false): void {
  ctx.emit('decisions.changed', { decisionId: decision.id as string, meetingId: decision.meeting_id as string });
  if (live) ctx.emit('live.changed', { meetingId: decision.meeting_id as string });
}

export function decisionRow(ctx: Ctx, id: string, field = 'decisionId'): Row {
  const row = getRow(ctx, 'decisions', id);
  if (!row || row.deleted_at) throw new DomainError('not_found', `decision ${id} not found`, field);
  return row;
}

export const SETTLED: readonly DecisionStatus[] = ['adopted', 'rejected'];

/** Refused once adopted or rejected (`decision_settled`). */
export function assertNotSettled(d: Row, field = 'decisionId'): void {
  if (SETTLED.includes(d.status as DecisionStatus)) throw new DomainError('decision_settled', `decision is ${d.status as string}`, field, { status: d.status as string });
}

/** Moves the decision to `status` (journaled); `route` and `decided_at` follow adoption / rejection. */
export function setStatus(ctx: Ctx, d: Row, status: DecisionStatus, route?: DecisionSummary['route']): Row {
  const settled = SETTLED.includes(status);
  return update(ctx, 'decisions', d.id as string, {
    status,
    route: settled ? (route ?? null) : null,
    decided_at: settled ? nowIso(ctx) : null,
  });
}

const SUMMARY_SQL = `SELECT d.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at, m.time_zone, m.body_id, b.name AS body_name,
       a.title AS item_title, p.name AS proposer_name
  FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = m.body_id JOIN agenda_items a ON a.id = d.item_id
  LEFT JOIN members p ON p.id = d.proposer_id`;

export function consensusEvents(ctx: Ctx, decisionId: string): ConsensusEvent[] {
  return (ctx.db.prepare('SELECT event FROM consensus_events WHERE decision_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(decisionId) as { event: string }[]).map(
    (r) => JSON.parse(r.event) as ConsensusEvent,
  );
}

export function consensusOf(ctx: Ctx, decisionId: string): ConsensusState {
  const r = replayConsensus(consensusEvents(ctx, decisionId));
  if (!r.ok) throw new DomainError('internal', `stored consensus events do not replay: ${r.error.message}`);
  return r.value;
}

function toSummary(r: Row, designation: DecisionSummary['designation']): DecisionSummary {
  return {
    ...meta(r),
    meetingId: r.meeting_id as string,
    meetingTitle: r.meeting_title as string,
    meetingStartsAt: r.meeting_starts_at as string,
    timeZone: r.time_zone as string,
    itemId: r.item_id as string,
    itemTitle: r.item_title as string,
    bodyId: r.body_id as string,
    bodyName: r.body_name as string,
    text: r.text as string,
    proposerId: (r.proposer_id as string | null) ?? null,
    proposerName: (r.proposer_name as string | null) ?? null,
    status: r.status as DecisionStatus,
    route: (r.route as DecisionSummary['route']) ?? null,
    designation,
  };
}

export function listDecisions(ctx: Ctx, f: { meetingId?: string; bodyId?: string; status?: DecisionStatus }): DecisionSummary[] {
  const where = ['d.deleted_at IS NULL'];
  if (f.meetingId) where.push('d.meeting_id = @meetingId');
  if (f.bodyId) where.push('m.body_id = @bodyId');
  if (f.status) where.push('d.status = @status');
  const rows = ctx.db.prepare(`${SUMMARY_SQL} WHERE ${where.join(' AND ')} ORDER BY m.starts_at DESC, d.created_at, d.id`).all(f) as Row[];
  return rows.map((r) => toSummary(r, consensusOf(ctx, r.id as string).designation));
}

function noObjectionView(ctx: Ctx, decisionId: string, name: (id: string) => string): NoObjectionView | null {
  const call = ctx.db.prepare('SELECT * FROM no_objection_calls WHERE decision_id = ? AND deleted_at IS NULL ORDER BY opened_at DESC, id DESC LIMIT 1').get(decisionId) as Row | undefined;
  if (!call) return null;
  const responses = ctx.db.prepare('SELECT * FROM no_objection_responses WHERE call_id = ? AND deleted_at IS NULL ORDER BY at, id').all(call.id) as Row[];
  const model = callModel(call, responses);
  const members = JSON.parse(call.members as string) as string[];
  const status = noObjectionStatus(model, (call.closed_at as string | null) ?? nowIso(ctx), members);
  return {
    ...meta(call),
    decisionId,
    openedAt: call.opened_at as string,
    days: call.days as number,
    closesAt: status.closesAt,
    state: call.outcome ? (call.outcome as NoObjectionView['state']) : status.state,
    reason: status.reason,
    closedAt: (call.closed_at as string | null) ?? null,
    outcome: (call.outcome as NoObjectionView['outcome']) ?? null,
    objections: model.objections.map((o) => ({ memberId: o.by, name: name(o.by), at: o.at, text: o.text })),
    supports: model.supports.map((s) => ({ memberId: s.by, name: name(s.by), at: s.at })),
    members: members.length,
  };
}

/** The stored call as the pure model reads it. */
export function callModel(call: Row, responses: Row[]): NoObjectionCall {
  return {
    openedAt: call.opened_at as string,
    days: call.days as number,
    objections: responses.filter((r) => r.kind === 'objection').map((r) => ({ by: r.member_id as string, at: r.at as string, text: (r.text as string | null) ?? null })),
    supports: responses.filter((r) => r.kind === 'support').map((r) => ({ by: r.member_id as string, at: r.at as string })),
  };
}

/** Names of members and ALSs, by id. */
export function namesOf(ctx: Ctx, ids: Iterable<string>): Map<string, string> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = ctx.db
    .prepare(
      `SELECT id, name FROM members WHERE id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT id, name FROM als WHERE id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(list) }) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function recusalViews(ctx: Ctx, decisionId: string): Recusal[] {
  return (
    ctx.db
      .prepare(
        `SELECT r.*, coalesce(m.name, a.name) AS name FROM recusals r LEFT JOIN members m ON m.id = r.member_id LEFT JOIN als a ON a.id = r.als_id
          WHERE r.decision_id = ? AND r.deleted_at IS NULL ORDER BY r.created_at, r.id`,
      )
      .all(decisionId) as Row[]
  ).map((r) => ({
    ...meta(r),
    decisionId,
    memberId: (r.member_id as string | null) ?? null,
    alsId: (r.als_id as string | null) ?? null,
    name: r.name as string,
    reason: r.reason as string,
  }));
}

export function decisionDetail(ctx: Ctx, id: string, field = 'id'): DecisionDetail {
  decisionRow(ctx, id, field);
  const row = ctx.db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`).get(id) as Row;
  const consensus = consensusOf(ctx, id);
  const ids = new Set<string>();
  for (const r of consensus.rounds) ids.add(r.by);
  for (const c of consensus.challenges) {
    ids.add(c.by);
    if (c.decidedBy) ids.add(c.decidedBy);
  }
  for (const m of consensus.minorityViews) for (const h of m.holders) ids.add(h);
  if (consensus.accepted) ids.add(consensus.accepted.by);
  const callRow = ctx.db.prepare('SELECT id FROM no_objection_calls WHERE decision_id = ? AND deleted_at IS NULL').all(id) as Row[];
  const responseIds = callRow.length
    ? (ctx.db.prepare('SELECT member_id FROM no_objection_responses WHERE call_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(callRow.map((c) => c.id))) as { member_id: string }[]).map(
        (r) => r.member_id,
      )
    : [];
  const names = namesOf(ctx, [...ids, ...responseIds]);
  const name = (x: string) => names.get(x) ?? x;
  const votes = (ctx.db.prepare('SELECT * FROM votes WHERE decision_id = ? AND deleted_at IS NULL ORDER BY round, created_at, id').all(id) as Row[]).map((v) => voteView(ctx, loadVote(ctx, v)));
  return {
    ...toSummary(row, consensus.designation),
    consensus: { ...consensus, phase: phaseOf(consensus) },
    noObjection: noObjectionView(ctx, id, name),
    recusals: recusalViews(ctx, id),
    votes,
    names: Object.fromEntries(names),
  };
}
