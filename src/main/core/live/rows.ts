import type { ActionItem, Attendance, CapturedDecision, LiveSession, QuorumRule, Speaker } from '../../../shared/domain/live/contract';
import { DomainError } from '../../../shared/errors';
import { getRow, requireRow, type Ctx, type Row } from '../../db/repo';
import { liveMeeting } from '../meetings/handlers';

// Row mapping and lookups shared by the live-session services.

const meta = (r: Row) => ({
  id: r.id as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export function toSession(r: Row, paused: boolean): LiveSession {
  return {
    ...meta(r),
    meetingId: r.meeting_id as string,
    openedAt: r.opened_at as string,
    closedAt: (r.closed_at as string | null) ?? null,
    currentItemId: (r.current_item_id as string | null) ?? null,
    paused,
    speakerLimitSeconds: (r.speaker_limit_seconds as number | null) ?? null,
    audibleWarning: r.audible_warning === 1,
    queuePolicy: r.queue_policy as LiveSession['queuePolicy'],
    quorumRule: r.quorum_rule as QuorumRule,
  };
}

export function toAttendance(r: Row): Attendance {
  return {
    ...meta(r),
    meetingId: r.meeting_id as string,
    memberId: r.member_id as string,
    status: r.status as Attendance['status'],
    arrivedAt: (r.arrived_at as string | null) ?? null,
    leftAt: (r.left_at as string | null) ?? null,
    proxyHolderId: (r.proxy_holder_id as string | null) ?? null,
  };
}

/** A speaker row joined with the member's `member_name`, `sub_region` and `gender`. */
export function toSpeaker(r: Row): Speaker {
  return {
    ...meta(r),
    meetingId: r.meeting_id as string,
    itemId: r.item_id as string,
    memberId: r.member_id as string,
    memberName: r.member_name as string,
    subRegion: (r.sub_region as string | null) ?? null,
    gender: (r.gender as string | null) ?? null,
    kind: r.kind as Speaker['kind'],
    status: r.status as Speaker['status'],
    position: r.position as number,
    requestedAt: r.requested_at as string,
    startedAt: (r.started_at as string | null) ?? null,
    endedAt: (r.ended_at as string | null) ?? null,
  };
}

export function toDecision(r: Row): CapturedDecision {
  return { ...meta(r), meetingId: r.meeting_id as string, itemId: r.item_id as string, text: r.text as string };
}

/** An action row joined with `owner_name`. */
export function toAction(r: Row): ActionItem {
  return {
    ...meta(r),
    meetingId: r.meeting_id as string,
    itemId: (r.item_id as string | null) ?? null,
    kind: r.kind as ActionItem['kind'],
    text: r.text as string,
    ownerMemberId: (r.owner_member_id as string | null) ?? null,
    ownerName: (r.owner_name as string | null) ?? null,
    dueOn: (r.due_on as string | null) ?? null,
    done: r.done === 1,
  };
}

/** The main process's clock as a stored instant. */
export const nowIso = (ctx: Ctx): string => ctx.now().toISOString();

/** Instants given with an offset are stored in UTC. */
export const utc = (instant: string): string => new Date(instant).toISOString();

/** Every live mutation tells the chair's window and the projector to read `live.state` again. */
export const changed = (ctx: Ctx, meetingId: string): void => ctx.emit('live.changed', { meetingId });

export function sessionOf(ctx: Ctx, meetingId: string): Row | undefined {
  return ctx.db.prepare('SELECT * FROM live_sessions WHERE meeting_id = ? AND deleted_at IS NULL').get(meetingId) as Row | undefined;
}

/** A meeting with a running session: live, not closed, opened. */
export function openSession(ctx: Ctx, meetingId: string, field = 'meetingId'): { meeting: Row; session: Row } {
  const meeting = liveMeeting(ctx, meetingId, field);
  if (meeting.status === 'closed') throw new DomainError('meeting_closed', `meeting ${meetingId} is closed`, field);
  const session = sessionOf(ctx, meetingId);
  if (!session || session.closed_at !== null) throw new DomainError('session_not_open', `meeting ${meetingId} has no open session`, field);
  return { meeting, session };
}

/** A live member, or `not_found` / `archived` on `field`. */
export function liveMember(ctx: Ctx, id: string, field: string): Row {
  const row = getRow(ctx, 'members', id);
  if (!row) throw new DomainError('not_found', `member ${id} not found`, field);
  if (row.deleted_at) throw new DomainError('archived', `member ${id} is archived`, field);
  return row;
}

/** An item on the agenda of `meetingId` (not archived, not in its backlog), or `not_found` on `field`. */
export function agendaItemOf(ctx: Ctx, meetingId: string, itemId: string, field = 'itemId'): Row {
  const item = requireRow(ctx, 'agenda_items', itemId, field);
  if (item.meeting_id !== meetingId || item.backlog === 1) throw new DomainError('not_found', `item ${itemId} is not on the agenda of meeting ${meetingId}`, field);
  return item;
}

/** The item a capture or a request goes to: the given one, or else the current one. */
export function itemOrCurrent(ctx: Ctx, meetingId: string, itemId: string | undefined): Row {
  if (itemId !== undefined) return agendaItemOf(ctx, meetingId, itemId);
  const current = sessionOf(ctx, meetingId)?.current_item_id as string | null | undefined;
  if (!current) throw new DomainError('no_current_item', 'No agenda item is current', 'itemId');
  return agendaItemOf(ctx, meetingId, current);
}
