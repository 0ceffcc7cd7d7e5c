import type { HandlersFor } from '../../dispatch';
import {
  type AgendaItem,
  type Meeting,
  type MeetingDetail,
  type MeetingSummary,
  type meetingsChannels,
  type PresenterOption,
} from '../../../shared/domain/meetings/contract';
import { planMove } from '../../../shared/domain/meetings/agenda';
import { addDaysToLocal, isInstant, utcToLocal, zonedToUtc } from '../../../shared/domain/meetings/time';
import { DomainError } from '../../../shared/errors';
import { archive, getRow, insert, requireRow, restore, toCamel, update, type Ctx, type Row } from '../../db/repo';

// Meetings and agendas on SQLite. Every write goes through repo insert / update / archive / restore
// (journaled, in the dispatcher's transaction); every check runs before the first write.

const MEETING_JSON = ['interpretation_languages'] as const;

const toMeeting = (row: Row) => toCamel<Meeting>(row, MEETING_JSON);

/** Agenda items with the meeting an item was deferred from (the live core's backlog copies). */
const ITEM_SQL = `
  SELECT a.*, f.meeting_id AS from_meeting_id, f.id AS from_item_id, fm.title AS from_meeting_title, fm.starts_at AS from_starts_at
    FROM agenda_items a
    LEFT JOIN agenda_items f ON f.id = a.deferred_from_id
    LEFT JOIN meetings fm ON fm.id = f.meeting_id`;

/** An agenda item as the contract shows it (the live columns stay in the live core's LiveItem). */
export function toItem(row: Row): AgendaItem {
  return {
    id: row.id as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    deletedAt: (row.deleted_at as string | null) ?? null,
    meetingId: row.meeting_id as string,
    parentId: (row.parent_id as string | null) ?? null,
    position: row.position as number,
    title: row.title as string,
    presenter: (row.presenter as string | null) ?? null,
    presenterMemberId: (row.presenter_member_id as string | null) ?? null,
    plannedMinutes: row.planned_minutes as number,
    kind: row.kind as AgendaItem['kind'],
    deferredFrom: row.from_meeting_id
      ? {
          meetingId: row.from_meeting_id as string,
          itemId: row.from_item_id as string,
          title: row.from_meeting_title as string,
          startsAt: row.from_starts_at as string,
          reason: (row.deferral_reason as string | null) ?? null,
        }
      : null,
  };
}

/** One item (archived too), with its link back. */
export function itemById(ctx: Ctx, id: string): AgendaItem {
  return toItem(ctx.db.prepare(`${ITEM_SQL} WHERE a.id = ?`).get(id) as Row);
}

const SUMMARY_SQL = `
  SELECT m.*, b.name AS body_name, b.short_name AS body_short_name,
         (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.backlog = 0) AS item_count,
         (SELECT coalesce(sum(a.planned_minutes), 0) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.backlog = 0) AS planned_minutes
    FROM meetings m JOIN bodies b ON b.id = m.body_id`;

export function summary(ctx: Ctx, id: string): MeetingSummary {
  const row = ctx.db.prepare(`${SUMMARY_SQL} WHERE m.id = ?`).get(id) as Row | undefined;
  if (!row) throw new DomainError('not_found', `meeting ${id} not found`, 'id');
  return toCamel<MeetingSummary>(row, MEETING_JSON);
}

/**
 * Live rows of a meeting's agenda (backlog: 0) or of its backlog (1): top-level by position, each
 * followed by its sub-items. With the link back of deferred items.
 */
export function agendaRows(ctx: Ctx, meetingId: string, backlog: 0 | 1 = 0): Row[] {
  return ctx.db
    .prepare(
      `SELECT a.* FROM (${ITEM_SQL}) a LEFT JOIN agenda_items p ON p.id = a.parent_id
        WHERE a.meeting_id = ? AND a.deleted_at IS NULL AND a.backlog = ?
        ORDER BY coalesce(p.position, a.position), coalesce(p.id, a.id), a.parent_id IS NOT NULL, a.position, a.id`,
    )
    .all(meetingId, backlog) as Row[];
}

/** Live items of a meeting: top-level by position, each followed by its sub-items. */
export function agendaOf(ctx: Ctx, meetingId: string): AgendaItem[] {
  return agendaRows(ctx, meetingId).map(toItem);
}

/** Items deferred to this meeting and not yet placed on its agenda. */
export function backlogOf(ctx: Ctx, meetingId: string): AgendaItem[] {
  return agendaRows(ctx, meetingId, 1).map(toItem);
}

/** A meeting that can be changed: it exists and is not archived. */
export function liveMeeting(ctx: Ctx, id: string, field = 'id'): Row {
  const row = getRow(ctx, 'meetings', id);
  if (!row) throw new DomainError('not_found', `meeting ${id} not found`, field);
  if (row.deleted_at) throw new DomainError('archived', `meeting ${id} is archived`, field);
  return row;
}

/** What a closed meeting recorded is locked: refused with `meeting_closed` (only `live.reopen` unlocks). */
export function assertNotClosed(meeting: Row, field = 'id'): void {
  if (meeting.status === 'closed') throw new DomainError('meeting_closed', `meeting ${meeting.id as string} is closed`, field);
}

/** A meeting whose record may still change: live and not closed. */
export function openMeeting(ctx: Ctx, id: string, field = 'id'): Row {
  const row = liveMeeting(ctx, id, field);
  assertNotClosed(row, field);
  return row;
}

/** The live session's screens follow changes to the agenda too. */
const changed = (ctx: Ctx, meetingId: string) => ctx.emit('live.changed', { meetingId });

function liveBody(ctx: Ctx, id: string): void {
  requireRow(ctx, 'bodies', id, 'bodyId');
}

/** An input time as a UTC instant: instants as given, wall times read in the meeting's zone. */
function toInstant(value: string, timeZone: string, field: string): string {
  if (isInstant(value)) return new Date(value).toISOString();
  const utc = zonedToUtc(value, timeZone, 'reject');
  if (!utc) throw new DomainError('nonexistent_local_time', `${value} does not exist in ${timeZone}`, field, { time: value });
  return utc.toISOString();
}

const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function checkOrder(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new DomainError('end_before_start', 'The end must come after the start', 'endsAt');
}

/** The presenter text and member: a picked member's name fills an empty presenter. */
function presenterValues(ctx: Ctx, presenter: string | null | undefined, memberId: string | null | undefined) {
  if (memberId === undefined || memberId === null) return { presenter, presenter_member_id: memberId };
  const member = requireRow(ctx, 'members', memberId, 'presenterMemberId');
  return { presenter: presenter ?? (member.name as string), presenter_member_id: memberId };
}

function liveItems(ctx: Ctx, meetingId: string): Row[] {
  return ctx.db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL AND backlog = 0').all(meetingId) as Row[];
}

const nodes = (rows: Row[]) =>
  rows.map((r) => ({ id: r.id as string, parentId: (r.parent_id as string | null) ?? null, position: r.position as number, plannedMinutes: r.planned_minutes as number }));

/** Rewrites positions (and parents) through `update`, so each change is journaled. */
function applyChanges(ctx: Ctx, changes: { id: string; parentId: string | null; position: number }[]): void {
  for (const c of changes) update(ctx, 'agenda_items', c.id, { parent_id: c.parentId, position: c.position });
}

/** Closes the gaps among the live siblings of `parentId` (positions 0, 1, 2…), on the agenda or in the backlog. */
export function compact(ctx: Ctx, meetingId: string, parentId: string | null, backlog: number = 0): void {
  const siblings = (
    ctx.db
      .prepare('SELECT id, position FROM agenda_items WHERE meeting_id = ? AND parent_id IS ? AND deleted_at IS NULL AND backlog = ? ORDER BY position, id')
      .all(meetingId, parentId, backlog) as { id: string; position: number }[]
  );
  siblings.forEach((s, n) => {
    if (s.position !== n) update(ctx, 'agenda_items', s.id, { position: n });
  });
}

/** An item of a meeting that is live and not closed. */
function liveItem(ctx: Ctx, id: string, field = 'id'): Row {
  const item = requireRow(ctx, 'agenda_items', id, field);
  openMeeting(ctx, item.meeting_id as string, field);
  return item;
}

export const meetingsHandlers: HandlersFor<typeof meetingsChannels> = {
  'meetings.list': (input, ctx) => {
    const where: string[] = [];
    const args: unknown[] = [];
    if (!input.includeArchived) where.push('m.deleted_at IS NULL');
    if (input.bodyId) {
      where.push('m.body_id = ?');
      args.push(input.bodyId);
    }
    const rows = ctx.db.prepare(`${SUMMARY_SQL} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY m.starts_at, m.id`).all(...args) as Row[];
    return rows.map((r) => toCamel<MeetingSummary>(r, MEETING_JSON));
  },

  'meetings.get': (input, ctx): MeetingDetail => ({ meeting: summary(ctx, input.id), agenda: agendaOf(ctx, input.id), backlog: backlogOf(ctx, input.id) }),

  'meetings.create': (input, ctx) => {
    liveBody(ctx, input.bodyId);
    const startsAt = toInstant(input.startsAt, input.timeZone, 'startsAt');
    const endsAt = input.durationMinutes !== undefined ? addMinutes(startsAt, input.durationMinutes) : toInstant(input.endsAt!, input.timeZone, 'endsAt');
    checkOrder(startsAt, endsAt);
    const row = insert(ctx, 'meetings', {
      body_id: input.bodyId,
      title: input.title,
      kind: input.kind,
      starts_at: startsAt,
      ends_at: endsAt,
      time_zone: input.timeZone,
      location: input.location ?? null,
      interpretation_languages: input.interpretationLanguages ?? [],
      status: input.status ?? 'planned',
    });
    return toMeeting(row);
  },

  'meetings.update': (input, ctx) => {
    const row = openMeeting(ctx, input.id);
    // Once a live session exists, its status moves only through live.open / live.close / live.reopen
    // (a meeting closed here would leave its clock running).
    if (input.status !== undefined && input.status !== row.status) {
      const session = ctx.db.prepare('SELECT 1 FROM live_sessions WHERE meeting_id = ? AND deleted_at IS NULL').get(input.id);
      if (session) throw new DomainError('session_already_open', 'The status of a meeting with a live session changes through the session', 'status');
    }
    if (input.bodyId !== undefined) liveBody(ctx, input.bodyId);
    const zone = input.timeZone ?? (row.time_zone as string);
    const oldStart = row.starts_at as string;
    const oldEnd = row.ends_at as string;
    const startsAt = input.startsAt !== undefined ? toInstant(input.startsAt, zone, 'startsAt') : oldStart;
    const endsAt =
      input.durationMinutes !== undefined
        ? addMinutes(startsAt, input.durationMinutes)
        : input.endsAt !== undefined
          ? toInstant(input.endsAt, zone, 'endsAt')
          : // A new start alone moves the meeting: it keeps its length.
            new Date(Date.parse(startsAt) + Date.parse(oldEnd) - Date.parse(oldStart)).toISOString();
    checkOrder(startsAt, endsAt);
    const next = update(ctx, 'meetings', input.id, {
      body_id: input.bodyId,
      title: input.title,
      kind: input.kind,
      starts_at: startsAt,
      ends_at: endsAt,
      time_zone: input.timeZone,
      location: input.location,
      interpretation_languages: input.interpretationLanguages,
      status: input.status,
    });
    changed(ctx, input.id);
    return toMeeting(next);
  },

  'meetings.archive': (input, ctx) => {
    liveMeeting(ctx, input.id);
    return toMeeting(archive(ctx, 'meetings', input.id));
  },

  'meetings.restore': (input, ctx) => toMeeting(restore(ctx, 'meetings', input.id)),

  'meetings.duplicate': (input, ctx) => {
    const src = requireRow(ctx, 'meetings', input.id);
    const zone = src.time_zone as string;
    const localStart = utcToLocal(src.starts_at as string, zone);
    const newLocal = input.days !== undefined ? addDaysToLocal(localStart, input.days) : `${input.startsOn}${localStart.slice(10)}`;
    // The same wall-clock time in the meeting's zone; a time a clock change skips moves forward.
    const startsAt = zonedToUtc(newLocal, zone).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + Date.parse(src.ends_at as string) - Date.parse(src.starts_at as string)).toISOString();
    const copy = insert(ctx, 'meetings', {
      body_id: src.body_id as string,
      title: input.title ?? (src.title as string),
      kind: src.kind as string,
      starts_at: startsAt,
      ends_at: endsAt,
      time_zone: zone,
      location: src.location as string | null,
      interpretation_languages: JSON.parse(src.interpretation_languages as string) as string[],
      status: 'planned',
    });
    const ids = new Map<string, string>();
    const positions = new Map<string | null, number>();
    for (const item of agendaOf(ctx, input.id)) {
      const parent = item.parentId === null ? null : ids.get(item.parentId)!;
      const position = positions.get(parent) ?? 0;
      positions.set(parent, position + 1);
      const row = insert(ctx, 'agenda_items', {
        meeting_id: copy.id as string,
        parent_id: parent,
        position,
        title: item.title,
        presenter: item.presenter,
        presenter_member_id: item.presenterMemberId,
        planned_minutes: item.plannedMinutes,
        kind: item.kind,
      });
      ids.set(item.id, row.id as string);
    }
    return toMeeting(copy);
  },

  'agenda.add': (input, ctx) => {
    openMeeting(ctx, input.meetingId, 'meetingId');
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = requireRow(ctx, 'agenda_items', parentId, 'parentId');
      if (parent.meeting_id !== input.meetingId) throw new DomainError('not_found', 'The parent item belongs to another meeting', 'parentId');
      if (parent.parent_id !== null) throw new DomainError('parent_not_top_level', 'A sub-item can only be placed under a top-level item', 'parentId');
    }
    const { n } = ctx.db
      .prepare('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND parent_id IS ? AND deleted_at IS NULL AND backlog = 0')
      .get(input.meetingId, parentId) as { n: number };
    const row = insert(ctx, 'agenda_items', {
      meeting_id: input.meetingId,
      parent_id: parentId,
      position: n,
      title: input.title,
      ...presenterValues(ctx, input.presenter ?? null, input.presenterMemberId ?? null),
      planned_minutes: input.plannedMinutes,
      kind: input.kind,
    });
    changed(ctx, input.meetingId);
    return itemById(ctx, row.id as string);
  },

  'agenda.update': (input, ctx) => {
    const item = liveItem(ctx, input.id);
    update(ctx, 'agenda_items', input.id, {
      title: input.title,
      ...presenterValues(ctx, input.presenter, input.presenterMemberId),
      planned_minutes: input.plannedMinutes,
      kind: input.kind,
    });
    changed(ctx, item.meeting_id as string);
    return itemById(ctx, input.id);
  },

  'agenda.remove': (input, ctx) => {
    const item = liveItem(ctx, input.id);
    const meetingId = item.meeting_id as string;
    const children = ctx.db.prepare('SELECT id, state FROM agenda_items WHERE parent_id = ? AND deleted_at IS NULL').all(input.id) as { id: string; state: string }[];
    // The item the clock runs on stays: the chair moves on first.
    if (item.state === 'current' || children.some((c) => c.state === 'current')) throw new DomainError('item_current', 'The current item cannot be removed', 'id');
    for (const c of children) archive(ctx, 'agenda_items', c.id);
    archive(ctx, 'agenda_items', input.id);
    compact(ctx, meetingId, (item.parent_id as string | null) ?? null, item.backlog as number);
    changed(ctx, meetingId);
    return agendaOf(ctx, meetingId);
  },

  'agenda.move': (input, ctx) => {
    const item = liveItem(ctx, input.id);
    const meetingId = item.meeting_id as string;
    if (input.parentId !== null) {
      const parent = requireRow(ctx, 'agenda_items', input.parentId, 'parentId');
      if (parent.meeting_id !== meetingId) throw new DomainError('not_found', 'The parent item belongs to another meeting', 'parentId');
    }
    const plan = planMove(nodes(liveItems(ctx, meetingId)), input.id, { parentId: input.parentId, position: input.position });
    if (!plan.ok) {
      switch (plan.error) {
        case 'parent_not_top_level':
          throw new DomainError('parent_not_top_level', 'A sub-item can only be placed under a top-level item', 'parentId');
        case 'agenda_item_has_sub_items':
          throw new DomainError('agenda_item_has_sub_items', 'An item with sub-items cannot become a sub-item', 'parentId');
        case 'cannot_nest_under_itself':
          throw new DomainError('invalid_input', 'An item cannot be placed under itself', 'parentId');
        default:
          throw new DomainError('not_found', 'Item not found', 'id');
      }
    }
    applyChanges(ctx, plan.changes);
    changed(ctx, meetingId);
    return agendaOf(ctx, meetingId);
  },

  'agenda.presenters': (_input, ctx) =>
    ctx.db.prepare('SELECT id, name FROM members WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id').all() as PresenterOption[],
};
