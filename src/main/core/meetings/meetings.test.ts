import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting, MeetingDetail, MeetingSummary } from '../../../shared/domain/meetings/contract';
import type { JournalEntry } from '../../../shared/domain/app/contract';
import type { Result } from '../../../shared/errors';
import { insert } from '../../db/repo';
import { snapshot, testCore } from '../../test/tmp';
import type { Core } from '../index';

type Row = Record<string, unknown>;

function setup() {
  let clock = Date.parse('2018-03-01T12:00:00.000Z');
  // A clock that ticks one second per call, so journal entries are ordered.
  const core = testCore({ now: () => new Date((clock += 1000)) });
  const body = (name: string, short: string, kind = 'ralo') =>
    core.ctx.db.transaction(() => insert(core.ctx, 'bodies', { name, short_name: short, kind }))().id as string;
  const alac = body('At-Large Advisory Committee', 'ALAC', 'alac');
  const lacralo = body('Latin American and Caribbean Islands Regional At-Large Organization', 'LACRALO');
  return { core, alac, lacralo };
}

function call<T>(core: Core, channel: string, input: unknown): T {
  const res = core.dispatch(channel, input) as Result<T>;
  if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
  return res.value;
}

const journal = (core: Core, entity: string, id?: string) =>
  call<JournalEntry[]>(core, 'journal.list', { entity, ...(id ? { entityId: id } : {}) }).reverse();
const rows = (core: Core, sql: string, ...args: unknown[]) => core.ctx.db.prepare(sql).all(...args) as Row[];

const sanJuan = (bodyId: string) => ({
  bodyId,
  title: 'Regional leaders and ALAC: working session, part 4',
  kind: 'face_to_face',
  startsAt: '2018-03-10T15:15',
  endsAt: '2018-03-10T16:45',
  timeZone: 'America/Puerto_Rico',
  location: 'San Juan, Puerto Rico',
  interpretationLanguages: ['en', 'es', 'fr'],
});

/** Expects the call to be refused with `code` on `field`, with not one row changed anywhere. */
function expectRefused(core: Core, channel: string, input: unknown, code: string, field?: string) {
  const before = snapshot(core);
  const res = core.dispatch(channel, input);
  expect(res).toMatchObject({ ok: false, error: { code, ...(field ? { field } : {}) } });
  expect(snapshot(core)).toEqual(before);
}

function agendaOf(core: Core, meetingId: string) {
  return call<MeetingDetail>(core, 'meetings.get', { id: meetingId }).agenda;
}
const titles = (items: AgendaItem[]) => items.map((i) => (i.parentId ? '  ' : '') + i.title);

/** A meeting with a four-item agenda; the second item has two sub-items. */
function withAgenda() {
  const ctx = setup();
  const m = call<Meeting>(ctx.core, 'meetings.create', sanJuan(ctx.alac));
  const add = (title: string, minutes: number, parentId: string | null = null, kind = 'discussion') =>
    call<AgendaItem>(ctx.core, 'agenda.add', { meetingId: m.id, parentId, title, plannedMinutes: minutes, kind });
  const welcome = add('Welcome and agenda', 5, null, 'information');
  const updates = add('Working group updates', 0, null, 'information');
  const social = add('Social Media WG', 5, updates.id);
  const tech = add('Technology Task Force', 5, updates.id);
  const budget = add('Budget and financing', 20);
  const gtld = add('New gTLDs', 15);
  return { ...ctx, m, welcome, updates, social, tech, budget, gtld };
}

describe('meetings.create', () => {
  it('stores UTC times from wall times in the meeting’s zone, and journals the create', () => {
    const { core, alac } = setup();
    const m = call<Meeting>(core, 'meetings.create', sanJuan(alac));
    expect(m).toMatchObject({
      bodyId: alac,
      startsAt: '2018-03-10T19:15:00.000Z',
      endsAt: '2018-03-10T20:45:00.000Z',
      timeZone: 'America/Puerto_Rico',
      status: 'planned',
      interpretationLanguages: ['en', 'es', 'fr'],
      deletedAt: null,
    });
    const [row] = rows(core, 'SELECT * FROM meetings');
    expect(row).toMatchObject({ id: m.id, starts_at: '2018-03-10T19:15:00.000Z', interpretation_languages: '["en","es","fr"]' });
    const j = journal(core, 'meetings', m.id);
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ op: 'create', before: null, after: { title: sanJuan(alac).title, starts_at: '2018-03-10T19:15:00.000Z', ends_at: '2018-03-10T20:45:00.000Z', time_zone: 'America/Puerto_Rico', status: 'planned' } });
  });

  it('accepts a planned duration instead of an end, and instants with offsets', () => {
    const { core, lacralo } = setup();
    const { endsAt: _e, ...rest } = sanJuan(lacralo);
    const m = call<Meeting>(core, 'meetings.create', { ...rest, durationMinutes: 90 });
    expect([m.startsAt, m.endsAt]).toEqual(['2018-03-10T19:15:00.000Z', '2018-03-10T20:45:00.000Z']);
    const n = call<Meeting>(core, 'meetings.create', { ...rest, startsAt: '2018-03-26T20:00-03:00', endsAt: '2018-03-26T23:30:00.000Z', timeZone: 'america/montevideo' });
    expect(n).toMatchObject({ startsAt: '2018-03-26T23:00:00.000Z', endsAt: '2018-03-26T23:30:00.000Z', timeZone: 'America/Montevideo' });
  });

  it('reads wall times on both sides of a clock change correctly (Paris, New York)', () => {
    const { core, alac } = setup();
    const paris = call<Meeting>(core, 'meetings.create', { ...sanJuan(alac), startsAt: '2018-03-24T23:30', endsAt: '2018-03-25T03:30', timeZone: 'Europe/Paris' });
    expect([paris.startsAt, paris.endsAt]).toEqual(['2018-03-24T22:30:00.000Z', '2018-03-25T01:30:00.000Z']); // 3 real hours
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), startsAt: '2018-03-11T02:30', endsAt: '2018-03-11T04:00', timeZone: 'America/New_York' }, 'nonexistent_local_time', 'startsAt');
  });

  it('refuses an end before or equal to its start, naming endsAt, with the database unchanged', () => {
    const { core, alac } = setup();
    call<Meeting>(core, 'meetings.create', sanJuan(alac)); // something to keep unchanged
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), endsAt: '2018-03-10T15:00' }, 'end_before_start', 'endsAt');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), endsAt: '2018-03-10T15:15' }, 'end_before_start', 'endsAt');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), startsAt: '2018-03-10T19:15:00Z', endsAt: '2018-03-10T19:14:00Z' }, 'end_before_start', 'endsAt');
    expect(rows(core, 'SELECT count(*) AS n FROM meetings')).toEqual([{ n: 1 }]);
  });

  it('refuses an unknown time zone, naming timeZone, with the database unchanged', () => {
    const { core, alac } = setup();
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), timeZone: 'America/San_Juan_PR' }, 'invalid_time_zone', 'timeZone');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), timeZone: 'Europe/Pariss' }, 'invalid_time_zone', 'timeZone');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), timeZone: '+01:00' }, 'invalid_time_zone', 'timeZone');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), timeZone: '' }, 'required', 'timeZone');
  });

  it('refuses other bad input with a precise code and field, changing nothing', () => {
    const { core, alac } = setup();
    const { endsAt: _e, ...noEnd } = sanJuan(alac);
    expectRefused(core, 'meetings.create', noEnd, 'required', 'endsAt');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), durationMinutes: 30 }, 'end_or_duration', 'durationMinutes');
    expectRefused(core, 'meetings.create', { ...noEnd, durationMinutes: 0 }, 'too_small', 'durationMinutes');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), title: '  ' }, 'required', 'title');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), kind: 'webinar' }, 'invalid_choice', 'kind');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), startsAt: '10/03/2018 15:15' }, 'invalid_format', 'startsAt');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), startsAt: '2018-02-30T15:15' }, 'invalid_format', 'startsAt');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), interpretationLanguages: ['en', 'klingon'] }, 'invalid_choice', 'interpretationLanguages.1');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), bodyId: '0190a0a0-0000-7000-8000-000000000000' }, 'not_found', 'bodyId');
    expectRefused(core, 'meetings.create', { ...sanJuan(alac), agenda: [] }, 'unknown_key', 'agenda');
  });
});

describe('meetings.update / archive / restore / list', () => {
  it('updates only what changed and journals before and after', () => {
    const { core, alac } = setup();
    const m = call<Meeting>(core, 'meetings.create', sanJuan(alac));
    const u = call<Meeting>(core, 'meetings.update', { id: m.id, title: 'Working session, part 4', status: 'in_progress', location: '' });
    expect(u).toMatchObject({ title: 'Working session, part 4', status: 'in_progress', location: null, startsAt: m.startsAt });
    const [, upd] = journal(core, 'meetings', m.id);
    expect(upd).toMatchObject({
      op: 'update',
      before: { title: sanJuan(alac).title, status: 'planned', location: 'San Juan, Puerto Rico' },
      after: { title: 'Working session, part 4', status: 'in_progress', location: null },
    });
    expect(Object.keys(upd.after!).sort()).toEqual(['location', 'status', 'title']);
  });

  it('a new start alone keeps the length; wall times are read in the (new) zone', () => {
    const { core, alac } = setup();
    const m = call<Meeting>(core, 'meetings.create', sanJuan(alac));
    const moved = call<Meeting>(core, 'meetings.update', { id: m.id, startsAt: '2018-03-11T09:00' });
    expect([moved.startsAt, moved.endsAt]).toEqual(['2018-03-11T13:00:00.000Z', '2018-03-11T14:30:00.000Z']);
    const paris = call<Meeting>(core, 'meetings.update', { id: m.id, startsAt: '2018-03-11T09:00', durationMinutes: 60, timeZone: 'Europe/Paris' });
    expect(paris).toMatchObject({ startsAt: '2018-03-11T08:00:00.000Z', endsAt: '2018-03-11T09:00:00.000Z', timeZone: 'Europe/Paris' });
  });

  it('refuses an update whose end is not after its start, or to an unknown zone, changing nothing', () => {
    const { core, alac } = setup();
    const m = call<Meeting>(core, 'meetings.create', sanJuan(alac));
    expectRefused(core, 'meetings.update', { id: m.id, endsAt: '2018-03-10T14:00' }, 'end_before_start', 'endsAt');
    expectRefused(core, 'meetings.update', { id: m.id, startsAt: '2018-03-10T17:00', endsAt: '2018-03-10T16:45' }, 'end_before_start', 'endsAt');
    expectRefused(core, 'meetings.update', { id: m.id, timeZone: 'Mars/Olympus_Mons' }, 'invalid_time_zone', 'timeZone');
    expectRefused(core, 'meetings.update', { id: m.id, status: 'cancelled' }, 'invalid_choice', 'status');
  });

  it('archives (journaled), hides from the list, refuses changes, and restores', () => {
    const { core, alac, lacralo } = setup();
    const a = call<Meeting>(core, 'meetings.create', sanJuan(alac));
    const b = call<Meeting>(core, 'meetings.create', { ...sanJuan(lacralo), title: 'LACRALO monthly call', startsAt: '2018-03-26T20:00', endsAt: '2018-03-26T21:00', timeZone: 'America/Montevideo' });
    const archived = call<Meeting>(core, 'meetings.archive', { id: a.id });
    expect(archived.deletedAt).not.toBeNull();
    expect(journal(core, 'meetings', a.id).map((e) => e.op)).toEqual(['create', 'archive']);
    expect(call<MeetingSummary[]>(core, 'meetings.list', {}).map((m) => m.id)).toEqual([b.id]);
    expect(call<MeetingSummary[]>(core, 'meetings.list', { includeArchived: true }).map((m) => m.id)).toEqual([a.id, b.id]);
    expectRefused(core, 'meetings.update', { id: a.id, title: 'x' }, 'archived', 'id');
    expectRefused(core, 'agenda.add', { meetingId: a.id, title: 'x', plannedMinutes: 5, kind: 'information' }, 'archived', 'meetingId');
    expect(call<MeetingDetail>(core, 'meetings.get', { id: a.id }).meeting.deletedAt).not.toBeNull();
    call<Meeting>(core, 'meetings.restore', { id: a.id });
    expect(journal(core, 'meetings', a.id).map((e) => e.op)).toEqual(['create', 'archive', 'restore']);
    expect(call<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(2);
  });

  it('lists per body with body names and agenda totals', () => {
    const { core, alac, lacralo, m } = withAgenda();
    const other = call<Meeting>(core, 'meetings.create', { ...sanJuan(lacralo), title: 'LACRALO call' });
    const list = call<MeetingSummary[]>(core, 'meetings.list', { bodyId: alac });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: m.id, bodyShortName: 'ALAC', bodyName: 'At-Large Advisory Committee', itemCount: 6, plannedMinutes: 50 });
    expect(call<MeetingSummary[]>(core, 'meetings.list', { bodyId: lacralo }).map((x) => x.id)).toEqual([other.id]);
  });
});

describe('agenda', () => {
  it('adds items in order with one level of sub-items, each journaled', () => {
    const { core, m, updates, social, tech } = withAgenda();
    const agenda = agendaOf(core, m.id);
    expect(titles(agenda)).toEqual(['Welcome and agenda', 'Working group updates', '  Social Media WG', '  Technology Task Force', 'Budget and financing', 'New gTLDs']);
    expect(agenda.map((i) => i.position)).toEqual([0, 1, 0, 1, 2, 3]);
    expect([social.parentId, tech.parentId]).toEqual([updates.id, updates.id]);
    expect(journal(core, 'agenda_items').map((e) => e.op)).toEqual(Array(6).fill('create'));
  });

  it('refuses a sub-item under a sub-item (parent_not_top_level), naming parentId, changing nothing', () => {
    const { core, m, social } = withAgenda();
    expectRefused(core, 'agenda.add', { meetingId: m.id, parentId: social.id, title: 'Too deep', plannedMinutes: 5, kind: 'information' }, 'parent_not_top_level', 'parentId');
  });

  it('refuses a parent from another meeting, negative minutes, unknown kind', () => {
    const { core, m, alac, updates } = withAgenda();
    const other = call<Meeting>(core, 'meetings.create', { ...sanJuan(alac), title: 'Other' });
    expectRefused(core, 'agenda.add', { meetingId: other.id, parentId: updates.id, title: 'x', plannedMinutes: 5, kind: 'information' }, 'not_found', 'parentId');
    expectRefused(core, 'agenda.add', { meetingId: m.id, title: 'x', plannedMinutes: -5, kind: 'information' }, 'too_small', 'plannedMinutes');
    expectRefused(core, 'agenda.add', { meetingId: m.id, title: 'x', plannedMinutes: 2.5, kind: 'information' }, 'invalid_input', 'plannedMinutes');
    expectRefused(core, 'agenda.add', { meetingId: m.id, title: 'x', plannedMinutes: 5, kind: 'vote' }, 'invalid_choice', 'kind');
  });

  it('updates an item and journals the change', () => {
    const { core, budget } = withAgenda();
    const u = call<AgendaItem>(core, 'agenda.update', { id: budget.id, plannedMinutes: 25, presenter: 'Treasurer', kind: 'decision' });
    expect(u).toMatchObject({ plannedMinutes: 25, presenter: 'Treasurer', kind: 'decision', title: 'Budget and financing' });
    expect(journal(core, 'agenda_items', budget.id).at(-1)).toMatchObject({
      op: 'update',
      before: { planned_minutes: 20, presenter: null, kind: 'discussion' },
      after: { planned_minutes: 25, presenter: 'Treasurer', kind: 'decision' },
    });
  });

  it('a picked member presents: their name fills an empty presenter; members are offered by name', () => {
    const { core, m } = withAgenda();
    const member = core.ctx.db.transaction(() => insert(core.ctx, 'members', { name: 'Valeria Irigoyen', email: 'valeria@example.org', country: 'UY' }))();
    core.ctx.db.transaction(() => insert(core.ctx, 'members', { name: 'Ana Lucía Benítez', email: 'ana@example.org', country: 'PY' }))();
    expect(call<{ name: string }[]>(core, 'agenda.presenters', {}).map((p) => p.name)).toEqual(['Ana Lucía Benítez', 'Valeria Irigoyen']);
    const item = call<AgendaItem>(core, 'agenda.add', { meetingId: m.id, title: 'Report', plannedMinutes: 5, kind: 'information', presenterMemberId: member.id });
    expect(item).toMatchObject({ presenter: 'Valeria Irigoyen', presenterMemberId: member.id });
    expectRefused(core, 'agenda.update', { id: item.id, presenterMemberId: '0190a0a0-0000-7000-8000-000000000000' }, 'not_found', 'presenterMemberId');
  });

  describe('agenda.move', () => {
    it('moves an item up among its siblings, rewriting positions in one journaled step', () => {
      const { core, m, budget, updates } = withAgenda();
      const before = journal(core, 'agenda_items').length;
      const agenda = call<AgendaItem[]>(core, 'agenda.move', { id: budget.id, parentId: null, position: 1 });
      expect(titles(agenda)).toEqual(['Welcome and agenda', 'Budget and financing', 'Working group updates', '  Social Media WG', '  Technology Task Force', 'New gTLDs']);
      expect(titles(agendaOf(core, m.id))).toEqual(titles(agenda));
      const top = rows(core, 'SELECT title, position FROM agenda_items WHERE parent_id IS NULL ORDER BY position');
      expect(top.map((r) => r.position)).toEqual([0, 1, 2, 3]);
      const moves = journal(core, 'agenda_items').slice(before);
      expect(moves.map((e) => [e.entityId, e.op, e.before, e.after])).toEqual(
        expect.arrayContaining([
          [budget.id, 'update', { position: 2 }, { position: 1 }],
          [updates.id, 'update', { position: 1 }, { position: 2 }],
        ]),
      );
      expect(moves).toHaveLength(2); // only the two items whose position changed
    });

    it('moves a sub-item to the top level and a top-level item under another, keeping positions contiguous', () => {
      const { core, m, social, gtld, updates } = withAgenda();
      call(core, 'agenda.move', { id: social.id, parentId: null, position: 0 });
      let agenda = call<AgendaItem[]>(core, 'agenda.move', { id: gtld.id, parentId: updates.id, position: 0 });
      expect(titles(agenda)).toEqual(['Social Media WG', 'Welcome and agenda', 'Working group updates', '  New gTLDs', '  Technology Task Force', 'Budget and financing']);
      agenda = call<AgendaItem[]>(core, 'agenda.move', { id: gtld.id, parentId: updates.id, position: 99 }); // past the end: last
      expect(titles(agenda).slice(3, 5)).toEqual(['  Technology Task Force', '  New gTLDs']);
      const byParent = rows(core, 'SELECT parent_id, group_concat(position) AS p FROM (SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position) GROUP BY parent_id', m.id);
      for (const g of byParent) expect((g.p as string).split(',').map(Number)).toEqual((g.p as string).split(',').map((_, n) => n));
      const moved = journal(core, 'agenda_items', gtld.id).at(-2)!;
      expect(moved).toMatchObject({ op: 'update', before: { parent_id: null, position: 4 }, after: { parent_id: updates.id, position: 0 } });
    });

    it('keeps the depth rule: not under a sub-item, not an item that has sub-items, changing nothing', () => {
      const { core, social, updates, budget } = withAgenda();
      expectRefused(core, 'agenda.move', { id: budget.id, parentId: social.id, position: 0 }, 'parent_not_top_level', 'parentId');
      expectRefused(core, 'agenda.move', { id: updates.id, parentId: budget.id, position: 0 }, 'agenda_item_has_sub_items', 'parentId');
      expectRefused(core, 'agenda.move', { id: budget.id, parentId: budget.id, position: 0 }, 'invalid_input', 'parentId');
      expectRefused(core, 'agenda.move', { id: budget.id, parentId: null, position: -1 }, 'too_small', 'position');
    });

    it('refuses a parent from another meeting', () => {
      const { core, alac, budget } = withAgenda();
      const other = call<Meeting>(core, 'meetings.create', { ...sanJuan(alac), title: 'Other' });
      const foreign = call<AgendaItem>(core, 'agenda.add', { meetingId: other.id, title: 'Elsewhere', plannedMinutes: 5, kind: 'information' });
      expectRefused(core, 'agenda.move', { id: budget.id, parentId: foreign.id, position: 0 }, 'not_found', 'parentId');
    });
  });

  it('removes an item with its sub-items (archived, journaled) and closes the gap', () => {
    const { core, m, updates, social, tech } = withAgenda();
    const agenda = call<AgendaItem[]>(core, 'agenda.remove', { id: updates.id });
    expect(titles(agenda)).toEqual(['Welcome and agenda', 'Budget and financing', 'New gTLDs']);
    expect(agenda.map((i) => i.position)).toEqual([0, 1, 2]);
    for (const id of [updates.id, social.id, tech.id]) expect(journal(core, 'agenda_items', id).at(-1)!.op).toBe('archive');
    expect(rows(core, 'SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NOT NULL', m.id)).toEqual([{ n: 3 }]);
  });
});

describe('meetings.duplicate', () => {
  it('copies the meeting and its agenda a chosen number of days later, status planned', () => {
    const { core, m } = withAgenda();
    call(core, 'agenda.move', { id: agendaOf(core, m.id)[4].id, parentId: null, position: 0 }); // Budget first
    call(core, 'meetings.update', { id: m.id, status: 'closed' }); // a closed meeting's agenda is locked, but it can be copied
    const copy = call<Meeting>(core, 'meetings.duplicate', { id: m.id, days: 28 });
    expect(copy).toMatchObject({
      status: 'planned',
      title: m.title,
      bodyId: m.bodyId,
      kind: 'face_to_face',
      timeZone: 'America/Puerto_Rico',
      location: 'San Juan, Puerto Rico',
      interpretationLanguages: ['en', 'es', 'fr'],
      startsAt: '2018-04-07T19:15:00.000Z',
      endsAt: '2018-04-07T20:45:00.000Z',
    });
    const src = agendaOf(core, m.id);
    const dup = agendaOf(core, copy.id);
    expect(titles(dup)).toEqual(titles(src));
    expect(titles(dup)[0]).toBe('Budget and financing');
    expect(dup.map((i) => [i.position, i.plannedMinutes, i.kind, i.presenter])).toEqual(src.map((i) => [i.position, i.plannedMinutes, i.kind, i.presenter]));
    const dupIds = new Set(dup.map((i) => i.id));
    expect(src.filter((i) => dupIds.has(i.id))).toEqual([]);
    for (const i of dup) if (i.parentId) expect(dupIds.has(i.parentId)).toBe(true);
    expect(journal(core, 'agenda_items').filter((e) => dupIds.has(e.entityId)).map((e) => e.op)).toEqual(Array(6).fill('create'));
    expect(call<MeetingDetail>(core, 'meetings.get', { id: m.id }).meeting.status).toBe('closed'); // the source is untouched
  });

  it('keeps the wall-clock time in the meeting’s zone across a clock change, or takes a picked date', () => {
    const { core, alac } = setup();
    const ny = call<Meeting>(core, 'meetings.create', { ...sanJuan(alac), startsAt: '2018-03-07T20:00', endsAt: '2018-03-07T21:00', timeZone: 'America/New_York' });
    const next = call<Meeting>(core, 'meetings.duplicate', { id: ny.id, days: 7 });
    expect([next.startsAt, next.endsAt]).toEqual(['2018-03-15T00:00:00.000Z', '2018-03-15T01:00:00.000Z']); // 20:00 EDT
    const picked = call<Meeting>(core, 'meetings.duplicate', { id: ny.id, startsOn: '2018-12-05', title: 'December call' });
    expect(picked).toMatchObject({ startsAt: '2018-12-06T01:00:00.000Z', title: 'December call', status: 'planned' }); // 20:00 EST
  });

  it('refuses without a date, or with both, changing nothing', () => {
    const { core, m } = withAgenda();
    expectRefused(core, 'meetings.duplicate', { id: m.id }, 'required', 'days');
    expectRefused(core, 'meetings.duplicate', { id: m.id, days: 7, startsOn: '2018-04-01' }, 'days_or_date', 'startsOn');
    expectRefused(core, 'meetings.duplicate', { id: m.id, days: 0 }, 'too_small', 'days');
    expectRefused(core, 'meetings.duplicate', { id: m.id, startsOn: '2018-04-31' }, 'invalid_format', 'startsOn');
  });
});

describe('migration 0003 (the tables under the core)', () => {
  it('holds the rules in SQL too: end after start, valid JSON languages, positions ≥ 0, minutes ≥ 0, known kinds, no self-parent', () => {
    const { core, m, welcome } = withAgenda();
    const db = core.ctx.db;
    const t = '2018-03-01T00:00:00.000Z';
    const meeting = db.prepare(
      "INSERT INTO meetings (id, body_id, title, kind, starts_at, ends_at, time_zone, interpretation_languages, created_at, updated_at) VALUES (?, ?, 'x', ?, ?, ?, 'UTC', ?, ?, ?)",
    );
    expect(() => meeting.run('a', m.bodyId, 'call', '2018-03-10T10:00:00.000Z', '2018-03-10T10:00:00.000Z', '[]', t, t)).toThrow(/CHECK/);
    expect(() => meeting.run('b', m.bodyId, 'call', '2018-03-10T10:00:00.000Z', '2018-03-10T11:00:00.000Z', 'en,fr', t, t)).toThrow(/CHECK/);
    expect(() => meeting.run('c', m.bodyId, 'webinar', '2018-03-10T10:00:00.000Z', '2018-03-10T11:00:00.000Z', '[]', t, t)).toThrow(/CHECK/);
    expect(() => meeting.run('d', 'no-such-body', 'call', '2018-03-10T10:00:00.000Z', '2018-03-10T11:00:00.000Z', '[]', t, t)).toThrow(/FOREIGN KEY/);
    const item = db.prepare(
      "INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, planned_minutes, kind, presenter_member_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', ?, 'decision', ?, ?, ?)",
    );
    expect(() => item.run('i1', m.id, null, -1, 5, null, t, t)).toThrow(/CHECK/);
    expect(() => item.run('i2', m.id, null, 0, -5, null, t, t)).toThrow(/CHECK/);
    expect(() => item.run('i3', m.id, 'i3', 0, 5, null, t, t)).toThrow(/CHECK/);
    expect(() => item.run('i4', m.id, null, 0, 5, 'no-such-member', t, t)).toThrow(/FOREIGN KEY/);
    expect(() => item.run('i5', m.id, welcome.id, 0, 5, null, t, t)).not.toThrow();
  });
});
