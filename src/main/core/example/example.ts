import type { ExampleSummary } from '../../../shared/domain/app/contract';
import { DomainError } from '../../../shared/errors';
import { insert, type Ctx } from '../../db/repo';
import { ALSES, BODIES, MEETINGS, MEMBERS, ROLES, type ExampleAgendaItem } from './data';
import { addDaysToLocal, utcToLocal, zonedToUtc } from '../../../shared/domain/meetings/time';

/** Tables the example writes, and that must all be empty (archived rows included) before it does. */
const TABLES = ['bodies', 'als', 'members', 'roles', 'meetings', 'agenda_items'] as const;

/**
 * Fills a fresh database with the LACRALO / ALAC example drawn from the seeds (data.ts). Runs in
 * the dispatcher's transaction; every row goes through `insert`, so each one is journaled as a
 * `create`. Refused with `not_empty` when any directory or meeting row exists.
 */
export function loadExampleData(ctx: Ctx): ExampleSummary {
  const existing = TABLES.reduce((n, t) => n + (ctx.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
  if (existing > 0) throw new DomainError('not_empty', 'The database already has data; example data is only loaded into an empty database.');

  const bodyIds = new Map<string, string>();
  // Parents first: BODIES lists a parent before its children, checked by `ref`.
  for (const b of BODIES) {
    const row = insert(ctx, 'bodies', {
      name: b.name,
      short_name: b.shortName,
      kind: b.kind,
      parent_id: b.parent ? ref(bodyIds, b.parent, 'body') : null,
      description: b.description,
    });
    bodyIds.set(b.key, row.id as string);
  }

  const alsIds = new Map<string, string>();
  for (const a of ALSES) {
    const row = insert(ctx, 'als', {
      name: a.name,
      country: a.country,
      ralo_id: ref(bodyIds, a.ralo, 'body'),
      accreditation_status: a.status,
      accredited_on: a.accreditedOn ?? null,
    });
    alsIds.set(a.key, row.id as string);
  }

  const memberIds = new Map<string, string>();
  for (const m of MEMBERS) {
    const row = insert(ctx, 'members', {
      name: m.name,
      email: m.email,
      phone: m.phone ?? null,
      fax: m.fax ?? null,
      country: m.country,
      sub_region: m.subRegion ?? null,
      als_id: m.als ? ref(alsIds, m.als, 'ALS') : null,
      gender: m.gender ?? null,
      languages: m.languages,
      time_zone: m.timeZone,
    });
    memberIds.set(m.key, row.id as string);
  }

  for (const r of ROLES) {
    insert(ctx, 'roles', {
      member_id: ref(memberIds, r.member, 'member'),
      body_id: ref(bodyIds, r.body, 'body'),
      role: r.role,
      starts_on: r.startsOn,
      ends_on: r.endsOn ?? null,
    });
  }

  for (const m of MEETINGS) {
    const start = zonedToUtc(wallStart(m.localStart, m.timeZone, ctx.now()), m.timeZone);
    const meeting = insert(ctx, 'meetings', {
      body_id: ref(bodyIds, m.body, 'body'),
      title: m.title,
      kind: m.kind,
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + m.minutes * 60_000).toISOString(),
      time_zone: m.timeZone,
      location: m.location ?? null,
      interpretation_languages: m.interpretation,
      status: m.status,
    });
    insertAgenda(ctx, meeting.id as string, null, m.agenda);
  }

  return { bodies: BODIES.length, als: ALSES.length, members: MEMBERS.length, meetings: MEETINGS.length };
}

/** A fixed wall time as is; `+N HH:mm` as N days after today in the meeting's zone. */
export function wallStart(localStart: string, timeZone: string, now: Date): string {
  const rel = /^\+(\d+) (\d{2}:\d{2})$/.exec(localStart);
  if (!rel) return localStart;
  const today = utcToLocal(now, timeZone).slice(0, 10);
  return addDaysToLocal(`${today}T${rel[2]}`, Number(rel[1]));
}

/** Items in order (positions 0, 1, 2… among siblings), each followed by its sub-items. */
function insertAgenda(ctx: Ctx, meetingId: string, parentId: string | null, items: readonly ExampleAgendaItem[]): void {
  items.forEach((item, position) => {
    const row = insert(ctx, 'agenda_items', {
      meeting_id: meetingId,
      parent_id: parentId,
      position,
      title: item.title,
      presenter: item.presenter ?? null,
      planned_minutes: item.minutes,
      kind: item.kind,
    });
    if (item.items?.length) insertAgenda(ctx, meetingId, row.id as string, item.items);
  });
}

function ref(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Example data: unknown ${what} "${key}"`);
  return id;
}
