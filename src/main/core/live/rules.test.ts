import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/app/contract';
import type { LiveState, MemberHit } from '../../../shared/domain/live/contract';
import type { Meeting, MeetingDetail } from '../../../shared/domain/meetings/contract';
import { insert } from '../../db/repo';
import { snapshot } from '../../test/tmp';
import { ALAC_CALL, expectRefused, liveWorld, MIN, SAN_JUAN, sanJuan, type Live } from './test-helpers';

// The rules of each live channel, one by one, through the dispatcher on a real SQLite file.

const UNKNOWN = '0190a0a0-0000-7000-8000-000000000000';

/** The San Juan session opened at 19:15 with the ALAC members present (Aïssatou sent apologies). */
function opened(opts: Parameters<typeof liveWorld>[0] = {}) {
  const world = liveWorld(opts);
  const { id, ...ids } = sanJuan(world);
  world.clock.set('2018-03-10T19:15:00.000Z');
  world.call('live.open', { meetingId: id });
  for (const who of [ids.graham, ids.helene, ids.linda, ids.rohan, ids.joaquim, ids.marisol, ids.rafael]) {
    world.call('attendance.set', { meetingId: id, memberId: who, status: 'present' });
  }
  world.call('attendance.set', { meetingId: id, memberId: ids.aissatou, status: 'apologies' });
  return { world, id, ...ids, call: world.call, state: () => world.state(id) };
}

const names = (s: LiveState) => s.speakers.filter((x) => x.status === 'queued').map((x) => x.memberName.split(' ')[0]);
const journalCount = (world: Live) => (world.core.ctx.db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n;

describe('every live mutation is journaled and emits live.changed', () => {
  it('in the same transaction as its writes', () => {
    const t = opened();
    const mutations: [string, unknown][] = [
      ['live.pause', { meetingId: t.id }],
      ['live.resume', { meetingId: t.id }],
      ['live.settings', { meetingId: t.id, audibleWarning: true, queuePolicy: 'gender' }],
      ['attendance.set', { meetingId: t.id, memberId: t.valeria, status: 'remote' }],
      ['attendance.proxy', { meetingId: t.id, giverId: t.aissatou, holderId: t.graham }],
      ['attendance.depart', { meetingId: t.id, memberId: t.rafael }],
      ['speakers.add', { meetingId: t.id, memberId: t.linda }],
      ['speakers.add', { meetingId: t.id, memberId: t.rohan }],
      ['speakers.move', { id: '', position: 0 }],
      ['speakers.next', { meetingId: t.id }],
      ['speakers.stop', { meetingId: t.id }],
      ['notes.save', { itemId: '', text: 'note' }],
      ['decisions.capture', { meetingId: t.id, text: 'decided' }],
      ['actions.capture', { meetingId: t.id, text: 'to do' }],
      ['live.nextItem', { meetingId: t.id }],
      ['live.setCurrentItem', { meetingId: t.id, itemId: '' }],
      ['agenda.defer', { id: '' }],
      ['live.close', { meetingId: t.id }],
      ['live.reopen', { meetingId: t.id, reason: 'typo' }],
    ];
    for (const [channel, raw] of mutations) {
      const s = t.state();
      const input = { ...(raw as Record<string, unknown>) };
      if (channel === 'speakers.move') input.id = s.speakers.find((x) => x.memberName === 'Rohan Mehta')!.id;
      if (channel === 'notes.save') input.itemId = s.session!.currentItemId;
      if (channel === 'live.setCurrentItem') input.itemId = s.agenda.find((i) => i.title.startsWith('Welcome'))!.id;
      if (channel === 'agenda.defer') input.id = s.agenda.find((i) => i.title.startsWith('Social media: what'))!.id;
      const journaled = journalCount(t.world);
      t.world.events.length = 0;
      t.world.clock.advance(MIN);
      const res = t.world.core.dispatch(channel, input);
      expect(res.ok, `${channel}: ${JSON.stringify(res)}`).toBe(true);
      expect(journalCount(t.world), channel).toBeGreaterThan(journaled);
      expect(t.world.events.filter(([e]) => e === 'live.changed'), channel).toContainEqual(['live.changed', { meetingId: t.id }]);
    }
  });

  it('reads change nothing and emit nothing', () => {
    const t = opened();
    const before = snapshot(t.world.core);
    t.world.events.length = 0;
    t.call('live.state', { meetingId: t.id });
    t.call('attendance.search', { meetingId: t.id, query: 'a' });
    t.call('live.projector', { meetingId: t.id });
    expect(snapshot(t.world.core)).toEqual(before);
    expect(t.world.events).toEqual([]);
  });
});

describe('live.open / pause / resume / nextItem / setCurrentItem', () => {
  it('opens only a planned meeting', () => {
    const world = liveWorld();
    const sj = world.meeting(SAN_JUAN).id;
    const closed = world.meeting('Governance Working Group: after Los Angeles').id; // closed in the example
    expectRefused(world, 'live.open', { meetingId: closed }, 'meeting_closed', 'meetingId');
    expectRefused(world, 'live.open', { meetingId: UNKNOWN }, 'not_found', 'meetingId');
    expectRefused(world, 'live.open', { meetingId: 'nope' }, 'invalid_format', 'meetingId');
    expectRefused(world, 'live.pause', { meetingId: sj }, 'session_not_open', 'meetingId');
    expectRefused(world, 'speakers.next', { meetingId: sj }, 'session_not_open', 'meetingId');
    world.call('live.open', { meetingId: sj });
    expectRefused(world, 'live.open', { meetingId: sj }, 'session_already_open', 'meetingId');
    expectRefused(world, 'meetings.update', { id: sj, status: 'closed' }, 'session_already_open', 'status');
    expectRefused(world, 'meetings.update', { id: sj, status: 'planned' }, 'session_already_open', 'status');
    expect(world.call('meetings.update', { id: sj, title: 'Working session, part 4', status: 'in_progress' })).toMatchObject({ status: 'in_progress' });
    world.call('meetings.archive', { id: world.meeting(ALAC_CALL).id });
    expectRefused(world, 'live.open', { meetingId: world.call<Meeting[]>('meetings.list', { includeArchived: true }).find((m) => m.title === ALAC_CALL)!.id }, 'archived', 'meetingId');
  });

  it('a LACRALO session counts accredited ALSs by default', () => {
    const world = liveWorld();
    const lacralo = world.meeting('LACRALO monthly call');
    world.clock.set(lacralo.startsAt);
    const s = world.call<LiveState>('live.open', { meetingId: lacralo.id });
    expect(s.session!.quorumRule).toBe('majority_of_accredited_als');
    const accredited = world.core.ctx.db.prepare("SELECT count(*) AS n FROM als a JOIN bodies b ON b.id = a.ralo_id WHERE b.short_name = 'LACRALO' AND a.accreditation_status = 'accredited'").pluck().get() as number;
    expect(s.quorum).toMatchObject({ eligible: accredited, counted: 0, required: Math.floor(accredited / 2) + 1 });
    const withAls = world.call<LiveState>('attendance.set', { meetingId: lacralo.id, memberId: world.member('Valeria Irigoyen'), status: 'present' });
    expect(withAls.quorum.counted).toBe(1);
  });

  it('pause stops the clock, resume starts a new run; only one run is ever open', () => {
    const t = opened();
    t.world.clock.advance(2 * MIN);
    let s = t.call<LiveState>('live.pause', { meetingId: t.id });
    expect(s.session!.paused).toBe(true);
    expectRefused(t.world, 'live.pause', { meetingId: t.id }, 'session_paused', 'meetingId');
    t.world.clock.advance(5 * MIN);
    s = t.call<LiveState>('live.resume', { meetingId: t.id });
    expectRefused(t.world, 'live.resume', { meetingId: t.id }, 'session_running', 'meetingId');
    expect(s.agenda[0].runs).toEqual([
      { startedAt: '2018-03-10T19:15:00.000Z', endedAt: '2018-03-10T19:17:00.000Z' },
      { startedAt: '2018-03-10T19:22:00.000Z', endedAt: null },
    ]);
    // a system clock set back mid-run gives an empty run, not a refusal
    t.world.clock.advance(-60 * MIN);
    s = t.call<LiveState>('live.pause', { meetingId: t.id });
    expect(s.agenda[0].runs[1]).toEqual({ startedAt: '2018-03-10T19:22:00.000Z', endedAt: '2018-03-10T19:22:00.000Z' });
    t.world.clock.advance(60 * MIN);
    s = t.call<LiveState>('live.resume', { meetingId: t.id });
    // the database holds the rule too
    expect(() =>
      t.world.core.ctx.db.transaction(() => insert(t.world.core.ctx, 'timer_runs', { meeting_id: t.id, item_id: s.agenda[0].id, started_at: s.now, ended_at: null }))(),
    ).toThrow(/UNIQUE/);
  });

  it('nextItem walks the timed items in order, skipping headings and deferred items, then ends', () => {
    const t = opened();
    let s = t.state();
    t.call('agenda.defer', { id: s.agenda.find((i) => i.title.startsWith('Technology Task Force'))!.id });
    const seen: string[] = [];
    for (;;) {
      s = t.call<LiveState>('live.nextItem', { meetingId: t.id });
      const current = s.agenda.find((i) => i.id === s.session!.currentItemId);
      if (!current) break;
      seen.push(current.title.slice(0, 20));
    }
    expect(seen).toEqual([
      'Social Media Working',
      'Working groups being',
      'Additional budget re',
      'Reserve fund repleni',
      'New gTLDs: subsequen',
      'Social media: what d',
      'Technical working gr',
      'Any other business a',
    ]);
    expect(s.agenda.map((i) => i.state)).toEqual(['done', 'done', 'done', 'deferred', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done']);
    expect(s.session).toMatchObject({ currentItemId: null, paused: false });
    expectRefused(t.world, 'live.nextItem', { meetingId: t.id }, 'no_next_item', 'meetingId');
    expectRefused(t.world, 'live.pause', { meetingId: t.id }, 'no_current_item', 'meetingId');
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: t.linda }, 'no_current_item', 'itemId');
  });

  it('setCurrentItem moves the clock; an item never run goes back to pending; headings and deferred items are refused', () => {
    const t = opened();
    let s = t.state();
    const item = (title: string) => s.agenda.find((i) => i.title.startsWith(title))!;
    t.world.clock.advance(MIN);
    s = t.call<LiveState>('live.setCurrentItem', { meetingId: t.id, itemId: item('New gTLDs').id });
    expect(item('Welcome').state).toBe('done');
    expect(item('New gTLDs')).toMatchObject({ state: 'current', runs: [{ endedAt: null }] });
    s = t.call<LiveState>('live.pause', { meetingId: t.id });
    s = t.call<LiveState>('live.setCurrentItem', { meetingId: t.id, itemId: item('Social media: what').id });
    expect(s.session!.paused).toBe(true); // paused stays paused
    expect(item('New gTLDs').state).toBe('done');
    expect(item('Social media: what').runs).toEqual([]);
    s = t.call<LiveState>('live.setCurrentItem', { meetingId: t.id, itemId: item('Welcome').id });
    expect(item('Social media: what').state).toBe('pending'); // never ran
    expectRefused(t.world, 'live.setCurrentItem', { meetingId: t.id, itemId: item('Working group updates').id }, 'item_has_sub_items', 'itemId');
    t.call('agenda.defer', { id: item('Any other business').id });
    expectRefused(t.world, 'live.setCurrentItem', { meetingId: t.id, itemId: item('Any other business').id }, 'item_deferred', 'itemId');
    const other = t.world.meeting(ALAC_CALL).id;
    const foreign = t.call<MeetingDetail>('meetings.get', { id: other }).agenda[0].id;
    expectRefused(t.world, 'live.setCurrentItem', { meetingId: t.id, itemId: foreign }, 'not_found', 'itemId');
    // the current item cannot be removed from the agenda
    expectRefused(t.world, 'agenda.remove', { id: item('Welcome').id }, 'item_current', 'id');
  });

  it('settings: a limit from 10 s to an hour, or none', () => {
    const t = opened();
    expectRefused(t.world, 'live.settings', { meetingId: t.id, speakerLimitSeconds: -120 }, 'too_small', 'speakerLimitSeconds');
    expectRefused(t.world, 'live.settings', { meetingId: t.id, speakerLimitSeconds: 5 }, 'too_small', 'speakerLimitSeconds');
    expectRefused(t.world, 'live.settings', { meetingId: t.id, speakerLimitSeconds: 3601 }, 'too_big', 'speakerLimitSeconds');
    expectRefused(t.world, 'live.settings', { meetingId: t.id, queuePolicy: 'alphabetical' }, 'invalid_choice', 'queuePolicy');
    expect(t.call<LiveState>('live.settings', { meetingId: t.id, speakerLimitSeconds: 120 }).session!.speakerLimitSeconds).toBe(120);
    expect(t.call<LiveState>('live.settings', { meetingId: t.id, speakerLimitSeconds: null }).session!.speakerLimitSeconds).toBeNull();
  });
});

describe('attendance', () => {
  it('departures stop counting; a return clears the departure', () => {
    const t = opened();
    expect(t.state().quorum).toMatchObject({ counted: 7 });
    t.world.clock.advance(30 * MIN);
    let s = t.call<LiveState>('attendance.depart', { meetingId: t.id, memberId: t.rafael });
    expect(s.quorum.counted).toBe(6);
    expect(s.attendance.find((l) => l.memberId === t.rafael)!.attendance).toMatchObject({ status: 'present', leftAt: '2018-03-10T19:45:00.000Z' });
    expectRefused(t.world, 'attendance.depart', { meetingId: t.id, memberId: t.rafael }, 'not_in_room', 'memberId');
    expectRefused(t.world, 'attendance.depart', { meetingId: t.id, memberId: t.aissatou }, 'not_in_room', 'memberId');
    expectRefused(t.world, 'attendance.depart', { meetingId: t.id, memberId: t.valeria }, 'not_in_room', 'memberId');
    t.call('attendance.set', { meetingId: t.id, memberId: t.valeria, status: 'present', arrivedAt: '2018-03-10T19:40:00.000Z' });
    expectRefused(t.world, 'attendance.depart', { meetingId: t.id, memberId: t.valeria, at: '2018-03-10T19:30:00.000Z' }, 'end_before_start', 'at');
    s = t.call<LiveState>('attendance.set', { meetingId: t.id, memberId: t.rafael, status: 'present' });
    expect(s.attendance.find((l) => l.memberId === t.rafael)!.attendance!.leftAt).toBeNull();
    expect(s.quorum.counted).toBe(7);
  });

  it('proxies: one held and one given per member, never one’s own; withdrawn with null', () => {
    const t = opened();
    let s = t.call<LiveState>('attendance.proxy', { meetingId: t.id, giverId: t.aissatou, holderId: t.helene });
    expect(s.quorum.counted).toBe(8);
    expectRefused(t.world, 'attendance.proxy', { meetingId: t.id, giverId: t.helene, holderId: t.helene }, 'proxy_self', 'holderId');
    const held = expectRefused(t.world, 'attendance.proxy', { meetingId: t.id, giverId: t.tomas, holderId: t.helene }, 'proxy_already_held', 'holderId');
    expect(held?.params).toEqual({ name: 'Hélène Marchetti' });
    expectRefused(t.world, 'attendance.proxy', { meetingId: t.id, giverId: UNKNOWN, holderId: t.helene }, 'not_found', 'giverId');
    expectRefused(t.world, 'attendance.proxy', { meetingId: t.id, giverId: t.tomas, holderId: UNKNOWN }, 'not_found', 'holderId');
    // one given: a new holder replaces the old one
    s = t.call<LiveState>('attendance.proxy', { meetingId: t.id, giverId: t.aissatou, holderId: t.graham });
    expect(s.attendance.find((l) => l.memberId === t.aissatou)!.attendance!.proxyHolderId).toBe(t.graham);
    s = t.call<LiveState>('attendance.proxy', { meetingId: t.id, giverId: t.aissatou, holderId: null });
    expect(s.quorum.counted).toBe(7);
    // a member not on the sheet yet who gives a proxy is recorded absent
    s = t.call<LiveState>('attendance.proxy', { meetingId: t.id, giverId: t.renata, holderId: t.helene });
    expect(s.attendance.find((l) => l.memberId === t.renata)!.attendance).toMatchObject({ status: 'absent', proxyHolderId: t.helene });
  });

  it('refuses unknown and archived members and bad statuses, changing nothing', () => {
    const t = opened();
    expectRefused(t.world, 'attendance.set', { meetingId: t.id, memberId: UNKNOWN, status: 'present' }, 'not_found', 'memberId');
    expectRefused(t.world, 'attendance.set', { meetingId: t.id, memberId: t.tomas, status: 'late' }, 'invalid_choice', 'status');
    expectRefused(t.world, 'attendance.set', { meetingId: t.id, memberId: t.tomas, status: 'present', arrivedAt: '19:30' }, 'invalid_format', 'arrivedAt');
    t.call('members.archive', { id: t.tomas });
    expectRefused(t.world, 'attendance.set', { meetingId: t.id, memberId: t.tomas, status: 'present' }, 'archived', 'memberId');
  });

  it('search ignores accents and case, puts those in the room first, and leaves archived members out', () => {
    const t = opened();
    const hits = (query: string, limit?: number) => t.call<MemberHit[]>('attendance.search', { meetingId: t.id, query, ...(limit ? { limit } : {}) });
    expect(hits('HELENE').map((h) => h.name)).toEqual(['Hélène Marchetti']);
    expect(hits('pena alm')[0]).toMatchObject({ name: 'Rafael Peña Almonte', inRoom: true });
    const a = hits('a', 50);
    const inRoom = a.filter((h) => h.inRoom).length;
    expect(inRoom).toBe(7);
    expect(a.slice(0, inRoom).every((h) => h.inRoom)).toBe(true);
    expect(hits('100%_')).toEqual([]);
    t.call('members.archive', { id: t.tomas });
    expect(hits('tomas')).toEqual([]);
    expect(hits('', 3)).toHaveLength(3);
    // the in-memory index follows the directory: a renamed or new member is found at once
    t.call('members.update', { id: t.linda, name: 'Linda Zúñiga' });
    expect(hits('zuniga').map((h) => h.name)).toEqual(['Linda Zúñiga']);
    expect(hits('kowalski')).toEqual([]);
    t.call('members.create', { name: 'Ñandú Pérez', email: 'nandu@example.org', country: 'PY' });
    expect(hits('NANDU').map((h) => [h.name, h.inRoom, h.country])).toEqual([['Ñandú Pérez', false, 'PY']]);
    // a refused create adds nobody
    expect(t.world.core.dispatch('members.create', { name: 'Zz Rolled', email: 'nandu@example.org', country: 'PY' })).toMatchObject({ ok: false });
    expect(hits('rolled')).toEqual([]);
  });
});

describe('speaker queue', () => {
  it('kinds: a point of order to the front, a direct reply after the current speaker', () => {
    const t = opened();
    for (const who of [t.linda, t.rohan]) t.call('speakers.add', { meetingId: t.id, memberId: who });
    t.call('speakers.next', { meetingId: t.id }); // Linda speaks
    t.call('speakers.add', { meetingId: t.id, memberId: t.marisol });
    t.call('speakers.add', { meetingId: t.id, memberId: t.graham, kind: 'direct_reply' });
    const s = t.call<LiveState>('speakers.add', { meetingId: t.id, memberId: t.joaquim, kind: 'point_of_order' });
    expect(s.speakers[0]).toMatchObject({ status: 'speaking', memberName: 'Linda Kowalski' });
    expect(names(s)).toEqual(['Joaquim', 'Graham', 'Rohan', 'Marisol']);
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: t.rohan }, 'speaker_already_queued', 'memberId');
    // the same member may still raise a point of order
    expect(names(t.call<LiveState>('speakers.add', { meetingId: t.id, memberId: t.rohan, kind: 'point_of_order' }))[1]).toBe('Rohan');
  });

  it('a member not in the room needs a confirmation; unknown ones are refused', () => {
    const t = opened();
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: t.tomas }, 'speaker_not_present', 'memberId');
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: UNKNOWN, confirmAbsent: true }, 'not_found', 'memberId');
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: t.linda, kind: 'rebuttal' }, 'invalid_choice', 'kind');
    expect(names(t.call<LiveState>('speakers.add', { meetingId: t.id, memberId: t.tomas, confirmAbsent: true }))).toEqual(['Tomás']);
    // a departed member is not in the room any more
    t.call('attendance.depart', { meetingId: t.id, memberId: t.linda });
    expectRefused(t.world, 'speakers.add', { meetingId: t.id, memberId: t.linda }, 'speaker_not_present', 'memberId');
  });

  it('next, stop, move and remove keep positions 0, 1, 2…; who spoke and for how long is kept', () => {
    const t = opened();
    for (const who of [t.linda, t.rohan, t.marisol, t.graham]) t.call('speakers.add', { meetingId: t.id, memberId: who });
    let s = t.state();
    const id = (first: string) => s.speakers.find((x) => x.memberName.startsWith(first))!.id;
    s = t.call<LiveState>('speakers.move', { id: id('Graham'), position: 0 });
    expect(names(s)).toEqual(['Graham', 'Linda', 'Rohan', 'Marisol']);
    s = t.call<LiveState>('speakers.move', { id: id('Graham'), position: 99 });
    expect(names(s)).toEqual(['Linda', 'Rohan', 'Marisol', 'Graham']);
    s = t.call<LiveState>('speakers.remove', { id: id('Rohan') });
    expect(names(s)).toEqual(['Linda', 'Marisol', 'Graham']);
    expect(s.speakers.filter((x) => x.status === 'queued').map((x) => x.position)).toEqual([0, 1, 2]);
    expectRefused(t.world, 'speakers.move', { id: id('Linda'), position: -1 }, 'too_small', 'position');
    const removed = t.world.core.ctx.db.prepare("SELECT id FROM speakers WHERE status = 'removed'").pluck().get() as string;
    expectRefused(t.world, 'speakers.move', { id: removed, position: 0 }, 'speaker_not_queued', 'id');
    expectRefused(t.world, 'speakers.remove', { id: removed }, 'speaker_not_queued', 'id');
    expectRefused(t.world, 'speakers.stop', { meetingId: t.id }, 'no_speaker', 'meetingId');
    t.call('speakers.next', { meetingId: t.id });
    t.world.clock.advance(90_000);
    s = t.call<LiveState>('speakers.stop', { meetingId: t.id });
    expect(s.speakers.at(-1)).toMatchObject({ memberName: 'Linda Kowalski', status: 'done', startedAt: '2018-03-10T19:15:00.000Z', endedAt: '2018-03-10T19:16:30.000Z' });
    t.call('speakers.next', { meetingId: t.id });
    t.call('speakers.next', { meetingId: t.id });
    s = t.call<LiveState>('speakers.next', { meetingId: t.id }); // Graham done, nobody left
    expect(s.speakers.every((x) => x.status === 'done')).toBe(true);
    expectRefused(t.world, 'speakers.next', { meetingId: t.id }, 'queue_empty', 'meetingId');
    expectRefused(t.world, 'speakers.move', { id: UNKNOWN, position: 0 }, 'not_found', 'id');
  });

  it('the speaker of an item finishes when the chair moves on; each item has its own queue', () => {
    const t = opened();
    t.call('speakers.add', { meetingId: t.id, memberId: t.linda });
    t.call('speakers.add', { meetingId: t.id, memberId: t.rohan });
    t.call('speakers.next', { meetingId: t.id });
    let s = t.call<LiveState>('live.nextItem', { meetingId: t.id });
    expect(s.speakers).toEqual([]);
    expect(t.world.core.ctx.db.prepare("SELECT status FROM speakers WHERE member_id = ?").pluck().all(t.linda)).toEqual(['done']);
    // a request for a later item, by itemId
    const gtld = s.agenda.find((i) => i.title.startsWith('New gTLDs'))!.id;
    t.call('speakers.add', { meetingId: t.id, memberId: t.graham, itemId: gtld });
    s = t.call<LiveState>('live.setCurrentItem', { meetingId: t.id, itemId: gtld });
    expect(names(s)).toEqual(['Graham']);
  });

  it('balanced policies interleave through the dispatcher', () => {
    const t = opened();
    t.call('live.settings', { meetingId: t.id, queuePolicy: 'gender' });
    // Linda, Hélène and Marisol are women; Rohan and Graham men
    for (const who of [t.linda, t.helene, t.marisol, t.rohan, t.graham]) t.call('speakers.add', { meetingId: t.id, memberId: who });
    expect(names(t.state())).toEqual(['Linda', 'Rohan', 'Hélène', 'Graham', 'Marisol']);

    const u = opened();
    u.call('live.settings', { meetingId: u.id, queuePolicy: 'not_spoken' });
    u.call('speakers.add', { meetingId: u.id, memberId: u.linda });
    u.call('speakers.next', { meetingId: u.id });
    u.call('speakers.stop', { meetingId: u.id });
    u.call('speakers.add', { meetingId: u.id, memberId: u.rohan });
    u.call('speakers.add', { meetingId: u.id, memberId: u.linda }); // has spoken: behind
    u.call('speakers.add', { meetingId: u.id, memberId: u.graham }); // has not: before Linda
    expect(names(u.state())).toEqual(['Rohan', 'Graham', 'Linda']);
  });
});

describe('notes and capture', () => {
  it('a note per item, saved whole each time (debounced typing), searchable in full text', () => {
    const t = opened();
    const itemId = t.state().session!.currentItemId!;
    t.call('notes.save', { itemId, text: 'Première version' });
    t.world.clock.advance(2000);
    const saved = t.call<{ updatedAt: string }>('notes.save', { itemId, text: 'Réunion ouverte à 15h22, quorum atteint.' });
    expect(saved.updatedAt).toBe('2018-03-10T19:15:02.000Z');
    expect(t.world.core.ctx.db.prepare('SELECT count(*) FROM agenda_notes').pluck().get()).toBe(1);
    const found = t.world.core.ctx.db.prepare("SELECT n.item_id FROM agenda_notes_fts f JOIN agenda_notes n ON n.rowid = f.rowid WHERE agenda_notes_fts MATCH 'reunion'").pluck().all();
    expect(found).toEqual([itemId]);
    expect(t.world.core.ctx.db.prepare("SELECT count(*) FROM agenda_notes_fts WHERE agenda_notes_fts MATCH 'premiere'").pluck().get()).toBe(0);
    t.call('decisions.capture', { meetingId: t.id, text: 'Adopter l’ordre du jour' });
    expect(t.world.core.ctx.db.prepare("SELECT count(*) FROM decisions_fts WHERE decisions_fts MATCH 'ordre'").pluck().get()).toBe(1);
    expectRefused(t.world, 'notes.save', { itemId: UNKNOWN, text: 'x' }, 'not_found', 'itemId');
    expectRefused(t.world, 'notes.save', { itemId, text: 'x'.repeat(100_001) }, 'too_long', 'text');
  });

  it('captures need a text and an item of the meeting; owners must exist', () => {
    const t = opened();
    expectRefused(t.world, 'decisions.capture', { meetingId: t.id, text: '   ' }, 'required', 'text');
    expectRefused(t.world, 'actions.capture', { meetingId: t.id, text: 'Write', ownerMemberId: UNKNOWN }, 'not_found', 'ownerMemberId');
    expectRefused(t.world, 'actions.capture', { meetingId: t.id, text: 'Write', dueOn: '21 April' }, 'invalid_format', 'dueOn');
    expectRefused(t.world, 'actions.capture', { meetingId: t.id, text: 'Write', kind: 'reminder' }, 'invalid_choice', 'kind');
    const foreign = t.call<MeetingDetail>('meetings.get', { id: t.world.meeting(ALAC_CALL).id }).agenda[0].id;
    expectRefused(t.world, 'decisions.capture', { meetingId: t.id, itemId: foreign, text: 'x' }, 'not_found', 'itemId');
    // before the session: a decision needs an item, an action does not
    const w = liveWorld();
    const alac = w.meeting(ALAC_CALL).id;
    expectRefused(w, 'decisions.capture', { meetingId: alac, text: 'x' }, 'no_current_item', 'itemId');
    expect(w.call('actions.capture', { meetingId: alac, text: 'Prepare the call' })).toMatchObject({ itemId: null });
  });
});

describe('deferral', () => {
  it('refuses the same meeting, a closed or past one, and when the body has no later meeting', () => {
    const t = opened();
    const s = t.state();
    const gtld = s.agenda.find((i) => i.title.startsWith('New gTLDs'))!.id;
    const gwgFeb = t.world.meeting('Governance Working Group: after Los Angeles').id;
    expectRefused(t.world, 'agenda.defer', { id: gtld, toMeetingId: t.id }, 'defer_same_meeting', 'toMeetingId');
    expectRefused(t.world, 'agenda.defer', { id: gtld, toMeetingId: gwgFeb }, 'defer_target_closed', 'toMeetingId');
    expectRefused(t.world, 'agenda.defer', { id: gtld, toMeetingId: UNKNOWN }, 'not_found', 'toMeetingId');
    const alac = t.world.meeting(ALAC_CALL);
    t.world.clock.set(alac.startsAt); // ten days later: the ALAC call is no longer ahead
    expectRefused(t.world, 'agenda.defer', { id: gtld, toMeetingId: alac.id }, 'defer_target_past', 'toMeetingId');
    expectRefused(t.world, 'agenda.defer', { id: gtld }, 'defer_no_next_meeting', 'toMeetingId');
    expectRefused(t.world, 'agenda.defer', { id: s.agenda[0].id, reason: 'x'.repeat(501) }, 'too_long', 'reason');
  });

  it('to a chosen meeting of another body; done, deferred and backlog items cannot be deferred again', () => {
    const t = opened();
    let s = t.state();
    const welcome = s.agenda[0].id;
    const lacralo = t.world.meeting('LACRALO monthly call').id;
    t.call('live.nextItem', { meetingId: t.id });
    expectRefused(t.world, 'agenda.defer', { id: welcome }, 'item_not_deferrable', 'id');
    s = t.call<LiveState>('agenda.defer', { id: s.agenda.find((i) => i.title.startsWith('Social media: what'))!.id, toMeetingId: lacralo, reason: 'For the RALO' });
    const deferred = s.agenda.find((i) => i.state === 'deferred')!;
    expect(deferred.deferredTo).toMatchObject({ meetingId: lacralo, title: 'LACRALO monthly call', reason: 'For the RALO' });
    expectRefused(t.world, 'agenda.defer', { id: deferred.id }, 'item_not_deferrable', 'id');
    const copy = t.call<MeetingDetail>('meetings.get', { id: lacralo }).backlog[0];
    expectRefused(t.world, 'agenda.defer', { id: copy.id }, 'item_not_deferrable', 'id');
    expectRefused(t.world, 'agenda.schedule', { id: welcome }, 'item_not_in_backlog', 'id');
    // a backlog copy is off the agenda: moves of the agenda do not see it
    expectRefused(t.world, 'agenda.move', { id: copy.id, parentId: null, position: 0 }, 'not_found', 'id');
  });

  it('a heading goes with its sub-items not yet dealt with; deferring the current item moves the session on', () => {
    const t = opened();
    let s = t.call<LiveState>('live.nextItem', { meetingId: t.id }); // Social Media WG (sub-item of updates)
    s = t.call<LiveState>('live.nextItem', { meetingId: t.id }); // Technology Task Force
    const updates = s.agenda.find((i) => i.title === 'Working group updates')!;
    s = t.call<LiveState>('agenda.defer', { id: updates.id, reason: 'Out of time' });
    const item = (title: string) => s.agenda.find((i) => i.title.startsWith(title))!;
    expect([item('Working group updates').state, item('Social Media Working').state, item('Technology Task').state, item('Working groups being').state]).toEqual([
      'deferred',
      'done',
      'deferred',
      'deferred',
    ]);
    expect(s.session!.currentItemId).toBe(item('Additional budget').id); // the next pending one, running
    expect(s.session!.paused).toBe(false);
    const backlog = t.call<MeetingDetail>('meetings.get', { id: t.world.meeting(ALAC_CALL).id }).backlog;
    expect(backlog.map((i) => [i.title.slice(0, 24), i.parentId === null])).toEqual([
      ['Working group updates', true],
      ['Technology Task Force: a', false],
      ['Working groups being rel', false],
    ]);
    // scheduled with its sub-items, at the end of the agenda
    t.call('agenda.schedule', { id: backlog[1].id });
    const detail = t.call<MeetingDetail>('meetings.get', { id: t.world.meeting(ALAC_CALL).id });
    expect(detail.backlog).toEqual([]);
    expect(detail.agenda.slice(-3).map((i) => i.title.slice(0, 24))).toEqual(['Working group updates', 'Technology Task Force: a', 'Working groups being rel']);
    expect(detail.meeting.itemCount).toBe(9);
    // a heading whose sub-items were all dealt with has nothing left to defer
    s = t.call<LiveState>('live.nextItem', { meetingId: t.id });
    s = t.call<LiveState>('live.nextItem', { meetingId: t.id });
    expect(item('Budget and financing').state).toBe('done');
    expectRefused(t.world, 'agenda.defer', { id: item('Budget and financing').id }, 'item_not_deferrable', 'id');
  });

  it('close defers the unreached items in one step, or changes nothing when one cannot go', () => {
    const t = opened();
    let s = t.call<LiveState>('live.nextItem', { meetingId: t.id });
    const pending = s.agenda.filter((i) => i.title.startsWith('New gTLDs') || i.title.startsWith('Any other'));
    const current = s.session!.currentItemId!;
    const welcome = s.agenda[0].id;
    expectRefused(t.world, 'live.close', { meetingId: t.id, defer: { itemIds: [pending[0].id, welcome] } }, 'item_not_deferrable', 'defer.itemIds.1');
    expectRefused(t.world, 'live.close', { meetingId: t.id, defer: { itemIds: [] } }, 'too_small', 'defer.itemIds');
    expectRefused(t.world, 'live.close', { meetingId: t.id, defer: { itemIds: [welcome], toMeetingId: t.id } }, 'item_not_deferrable', 'defer.itemIds.0');
    expectRefused(t.world, 'live.close', { meetingId: t.id, defer: { itemIds: [current], toMeetingId: t.id } }, 'defer_same_meeting', 'defer.toMeetingId');
    s = t.call<LiveState>('live.close', { meetingId: t.id, defer: { itemIds: [current, ...pending.map((i) => i.id)], reason: 'Not reached' } });
    expect(s.meeting.status).toBe('closed');
    expect(s.agenda.find((i) => i.id === current)!.state).toBe('deferred');
    expect(s.agenda.filter((i) => i.state === 'deferred')).toHaveLength(1 + pending.length);
    const backlog = t.call<MeetingDetail>('meetings.get', { id: t.world.meeting(ALAC_CALL).id }).backlog;
    expect(backlog).toHaveLength(1 + pending.length);
    expect(t.world.core.ctx.db.prepare("SELECT count(*) FROM agenda_items WHERE state = 'current'").pluck().get()).toBe(0);
  });
});

describe('projector and reopen', () => {
  it('live.projector asks the shell; without one it answers opened: false', () => {
    const opens: string[] = [];
    const t = opened({ shell: { openProjector: (id) => (opens.push(id), true) } });
    expect(t.call('live.projector', { meetingId: t.id })).toEqual({ opened: true });
    expect(opens).toEqual([t.id]);
    expectRefused(t.world, 'live.projector', { meetingId: UNKNOWN }, 'not_found', 'meetingId');
    const u = opened();
    expect(u.call('live.projector', { meetingId: u.id })).toEqual({ opened: false });
  });

  it('reopens a meeting closed without a session (the example’s February call), journaled', () => {
    const world = liveWorld();
    const gwg = world.meeting('Governance Working Group: after Los Angeles').id;
    const s = world.call<LiveState>('live.reopen', { meetingId: gwg, reason: 'Add the attendance afterwards' });
    expect(s.session).toMatchObject({ closedAt: null, currentItemId: null, quorumRule: 'none' });
    expect(s.meeting.status).toBe('in_progress');
    const [entry] = world.call<JournalEntry[]>('journal.list', { entity: 'meetings', entityId: gwg, limit: 1 });
    expect(entry.after).toMatchObject({ reopen_reason: 'Add the attendance afterwards' });
  });
});

describe('the projector view of the state', () => {
  it('leaves out attendance lines, backlog and captures, and keeps everything the projector shows', () => {
    const t = opened();
    t.call('speakers.add', { meetingId: t.id, memberId: t.linda });
    t.call('speakers.next', { meetingId: t.id });
    t.call('decisions.capture', { meetingId: t.id, text: 'Adopted.' });
    const full = t.state();
    const small = t.call<LiveState>('live.state', { meetingId: t.id, view: 'projector' });
    expect(full.attendance.length).toBeGreaterThan(0);
    expect(full.decisions).toHaveLength(1);
    expect(small).toEqual({ ...full, attendance: [], backlog: [], decisions: [], actions: [] });
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(full).length);
  });
});
