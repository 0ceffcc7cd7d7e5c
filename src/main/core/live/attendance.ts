import type { liveChannels, MemberHit } from '../../../shared/domain/live/contract';
import { inRoom } from '../../../shared/domain/live/quorum';
import { DomainError } from '../../../shared/errors';
import type { Database } from 'better-sqlite3';
import { insert, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { fold } from '../directory/rows';
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

interface IndexEntry {
  id: string;
  /** The name without case or accents (the directory's `fold`). */
  key: string;
}
const indexes = new WeakMap<Database, { version: number; entries: IndexEntry[] }>();

/**
 * A connection-local counter of changes to members, bumped by TEMP triggers (invisible to the
 * schema, the migrations and the backups; rolled back with the transaction that made the change).
 */
function membersVersion(db: Database): number {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS palabra_members_version (v INTEGER NOT NULL);
    INSERT INTO palabra_members_version (v) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM palabra_members_version);
    CREATE TEMP TRIGGER IF NOT EXISTS palabra_members_inserted AFTER INSERT ON main.members BEGIN UPDATE palabra_members_version SET v = v + 1; END;
    CREATE TEMP TRIGGER IF NOT EXISTS palabra_members_updated AFTER UPDATE ON main.members BEGIN UPDATE palabra_members_version SET v = v + 1; END;
    CREATE TEMP TRIGGER IF NOT EXISTS palabra_members_deleted AFTER DELETE ON main.members BEGIN UPDATE palabra_members_version SET v = v + 1; END;`);
  return db.prepare('SELECT v FROM temp.palabra_members_version').pluck().get() as number;
}

/** Live members' folded names in directory order, kept in memory until a member changes. */
function memberIndex(db: Database): IndexEntry[] {
  const version = membersVersion(db);
  const cached = indexes.get(db);
  if (cached && cached.version === version) return cached.entries;
  const rows = db.prepare('SELECT id, name FROM members WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
  const entries = rows
    .map((r) => ({ id: r.id, key: fold(r.name), name: r.name }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map(({ id, key }) => ({ id, key }));
  indexes.set(db, { version, entries });
  return entries;
}

/**
 * Members whose name holds every word of `query` (accents and case ignored, as the directory's
 * search), those in the room first, then in directory order. Filtered in memory: 5,000 names in
 * well under a millisecond.
 */
export function searchMembers(ctx: Ctx, meetingId: string, query: string, limit: number): MemberHit[] {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 8).map(fold);
  const now = nowIso(ctx);
  const here = new Set(
    ctx.db
      .prepare(
        `SELECT member_id FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL AND status IN ('present', 'remote')
            AND (arrived_at IS NULL OR arrived_at <= ?) AND (left_at IS NULL OR left_at > ?)`,
      )
      .pluck()
      .all(meetingId, now, now) as string[],
  );
  const inRoom: string[] = [];
  const others: string[] = [];
  for (const e of memberIndex(ctx.db)) {
    if (!words.every((w) => e.key.includes(w))) continue;
    if (here.has(e.id)) inRoom.push(e.id);
    else if (others.length < limit) others.push(e.id);
  }
  const picked = [...inRoom, ...others].slice(0, limit);
  if (picked.length === 0) return [];
  const details = new Map(
    (
      ctx.db
        .prepare(
          `SELECT m.id, m.name, m.country, m.sub_region, m.gender, a.name AS als_name FROM members m LEFT JOIN als a ON a.id = m.als_id
            WHERE m.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(picked)) as Row[]
    ).map((r) => [r.id as string, r]),
  );
  return picked.map((id) => {
    const r = details.get(id)!;
    return {
      id,
      name: r.name as string,
      country: r.country as string,
      alsName: (r.als_name as string | null) ?? null,
      inRoom: here.has(id),
      subRegion: (r.sub_region as string | null) ?? null,
      gender: (r.gender as string | null) ?? null,
    };
  });
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
