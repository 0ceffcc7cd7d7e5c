import type { liveChannels, MemberHit } from '../../../shared/domain/live/contract';
import { inRoom } from '../../../shared/domain/live/quorum';
import { DomainError } from '../../../shared/errors';
import { insert, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { ensureFold, fold, likeContains } from '../directory/rows';
import { liveMeeting, openMeeting } from '../meetings/handlers';
import { changed, liveMember, nowIso, utc } from './rows';
import { liveState } from './state';

// Attendance: check-in (present, remote, apologies, absent), late arrivals and early departures with
// their times, proxies (one held and one given per member), and the search that adds a member by a
// few letters, those in the room first. Allowed before the session opens (people arrive early) and
// while it runs; refused once the meeting is closed.

type H = HandlersFor<typeof liveChannels>;

export function attendanceOf(ctx: Ctx, meetingId: string, memberId: string): Row | undefined {
  return ctx.db.prepare('SELECT * FROM attendance WHERE meeting_id = ? AND member_id = ? AND deleted_at IS NULL').get(meetingId, memberId) as Row | undefined;
}

/** In the room now: present or remote, arrived, not left. */
export function isInRoom(row: Row | undefined, now: number): boolean {
  if (!row) return false;
  return inRoom({ status: row.status as 'present', arrivedAt: (row.arrived_at as string | null) ?? null, leftAt: (row.left_at as string | null) ?? null }, now);
}

export function searchMembers(ctx: Ctx, meetingId: string, query: string, limit: number): MemberHit[] {
  ensureFold(ctx.db);
  const now = nowIso(ctx);
  const args: Record<string, unknown> = { meetingId, limit, now };
  // Every word must appear in the name, accents and case ignored (as the directory's search).
  const words = query.split(/\s+/).filter(Boolean).slice(0, 8);
  const where = words.map((w, i) => {
    args[`w${i}`] = likeContains(fold(w));
    return `palabra_fold(m.name) LIKE @w${i} ESCAPE '\\'`;
  });
  const rows = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.country, a.name AS als_name,
              (t.status IN ('present', 'remote') AND (t.arrived_at IS NULL OR t.arrived_at <= @now) AND (t.left_at IS NULL OR t.left_at > @now)) AS in_room
         FROM members m
         LEFT JOIN als a ON a.id = m.als_id
         LEFT JOIN attendance t ON t.member_id = m.id AND t.meeting_id = @meetingId AND t.deleted_at IS NULL
        WHERE m.deleted_at IS NULL ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY in_room IS 1 DESC, palabra_fold(m.name), m.name, m.id
        LIMIT @limit`,
    )
    .all(args) as Row[];
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    country: r.country as string,
    alsName: (r.als_name as string | null) ?? null,
    inRoom: r.in_room === 1,
  }));
}

export const attendanceHandlers: Pick<H, 'attendance.set' | 'attendance.depart' | 'attendance.proxy' | 'attendance.search'> = {
  'attendance.set': ({ meetingId, memberId, status, arrivedAt }, ctx) => {
    openMeeting(ctx, meetingId, 'meetingId');
    liveMember(ctx, memberId, 'memberId');
    const row = attendanceOf(ctx, meetingId, memberId);
    const arrived = arrivedAt === undefined ? undefined : arrivedAt === null ? null : utc(arrivedAt);
    const here = status === 'present' || status === 'remote';
    if (row) {
      // Checked in again after leaving: back in the room.
      update(ctx, 'attendance', row.id as string, { status, arrived_at: arrived, left_at: here ? null : undefined });
    } else {
      insert(ctx, 'attendance', { meeting_id: meetingId, member_id: memberId, status, arrived_at: arrived ?? null, left_at: null, proxy_holder_id: null });
    }
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'attendance.depart': ({ meetingId, memberId, at }, ctx) => {
    openMeeting(ctx, meetingId, 'meetingId');
    const member = liveMember(ctx, memberId, 'memberId');
    const row = attendanceOf(ctx, meetingId, memberId);
    const left = at === undefined ? nowIso(ctx) : utc(at);
    if (!row || !(row.status === 'present' || row.status === 'remote') || row.left_at !== null) {
      throw new DomainError('not_in_room', `${member.name as string} is not in the room`, 'memberId', { name: member.name as string });
    }
    if (row.arrived_at !== null && left < (row.arrived_at as string)) throw new DomainError('end_before_start', 'A departure comes after the arrival', 'at');
    update(ctx, 'attendance', row.id as string, { left_at: left });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'attendance.proxy': ({ meetingId, giverId, holderId }, ctx) => {
    openMeeting(ctx, meetingId, 'meetingId');
    liveMember(ctx, giverId, 'giverId');
    const row = attendanceOf(ctx, meetingId, giverId);
    if (holderId !== null) {
      const holder = liveMember(ctx, holderId, 'holderId');
      if (holderId === giverId) throw new DomainError('proxy_self', 'A member cannot hold their own proxy', 'holderId');
      const held = ctx.db
        .prepare('SELECT member_id FROM attendance WHERE meeting_id = ? AND proxy_holder_id = ? AND member_id <> ? AND deleted_at IS NULL')
        .get(meetingId, holderId, giverId);
      if (held) throw new DomainError('proxy_already_held', `${holder.name as string} already holds a proxy`, 'holderId', { name: holder.name as string });
    }
    if (row) update(ctx, 'attendance', row.id as string, { proxy_holder_id: holderId });
    else if (holderId !== null) {
      // A member who gives a proxy is not in the room.
      insert(ctx, 'attendance', { meeting_id: meetingId, member_id: giverId, status: 'absent', arrived_at: null, left_at: null, proxy_holder_id: holderId });
    }
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'attendance.search': ({ meetingId, query, limit }, ctx) => {
    liveMeeting(ctx, meetingId, 'meetingId');
    return searchMembers(ctx, meetingId, query, limit ?? 10);
  },
};
