import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/app/contract';
import type { ActionItem, CapturedDecision, LiveState, MemberHit } from '../../../shared/domain/live/contract';
import { elapsedMs } from '../../../shared/domain/live/time';
import type { AgendaItem, MeetingDetail } from '../../../shared/domain/meetings/contract';
import { ALAC_CALL, expectRefused, liveWorld, MIN, SAN_JUAN, sanJuan } from './test-helpers';

// Seed 003 through the dispatcher, on a real SQLite file: the San Juan working session of the example
// data, run from opening to close, then reopened.

const at = (iso: string) => `2018-03-10T${iso}:00.000Z`;
const elapsedOf = (s: LiveState, title: string, now = Date.parse(s.now)) => elapsedMs(s.agenda.find((i) => i.title.startsWith(title))!.runs, now);
const queueNames = (s: LiveState) => s.speakers.map((x) => `${x.status}:${x.memberName}`);


describe('seed 003: the San Juan session, from opening to close', () => {
  it('runs the whole session and locks what was recorded', () => {
    const world = liveWorld();
    const sj = sanJuan(world);
    const { call, clock } = world;

    // Before the session: the ALAC's eight voting members are expected; nobody is in yet.
    let s = world.state(sj.id);
    expect(s.session).toBeNull();
    expect(s.meeting.status).toBe('planned');
    expect(s.attendance.filter((l) => l.expected)).toHaveLength(8);
    expect(s.quorum).toEqual({ rule: 'majority_of_members', eligible: 8, counted: 0, required: 5, reached: false, missing: 5 });

    // The chair starts late (15:22 in San Juan).
    clock.set(at('19:22'));
    s = call('live.open', { meetingId: sj.id });
    expect(s.meeting.status).toBe('in_progress');
    expect(s.session).toMatchObject({ openedAt: at('19:22'), paused: false, quorumRule: 'majority_of_members', closedAt: null });
    const welcome = world.item(s, 'Welcome and agenda');
    expect(s.session!.currentItemId).toBe(welcome.id);
    expect(welcome).toMatchObject({ state: 'current', runs: [{ startedAt: at('19:22'), endedAt: null }] });

    // Counting who is in the room.
    for (const id of [sj.graham, sj.helene, sj.linda, sj.rohan]) call('attendance.set', { meetingId: sj.id, memberId: id, status: 'present' });
    s = world.state(sj.id);
    expect(s.quorum).toMatchObject({ counted: 4, reached: false, missing: 1 });
    s = call('attendance.set', { meetingId: sj.id, memberId: sj.joaquim, status: 'remote' });
    expect(s.quorum).toMatchObject({ counted: 5, reached: true, missing: 0 });
    call('attendance.set', { meetingId: sj.id, memberId: sj.aissatou, status: 'apologies' });
    s = call('attendance.proxy', { meetingId: sj.id, giverId: sj.aissatou, holderId: sj.helene });
    expect(s.quorum.counted).toBe(6);
    s = call('attendance.set', { meetingId: sj.id, memberId: sj.marisol, status: 'present' });
    expect(s.quorum.counted).toBe(7);
    call('attendance.set', { meetingId: sj.id, memberId: sj.tomas, status: 'present' }); // a guest: not expected

    // Two late arrivals, with their times.
    clock.set(at('19:31'));
    s = call('attendance.set', { meetingId: sj.id, memberId: sj.rafael, status: 'present', arrivedAt: at('19:30') });
    s = call('attendance.set', { meetingId: sj.id, memberId: sj.valeria, status: 'present', arrivedAt: '2018-03-10T15:31:00-04:00' });
    expect(s.quorum).toMatchObject({ counted: 8, eligible: 8 });
    const lines = new Map(s.attendance.map((l) => [l.memberId, l]));
    expect(lines.get(sj.rafael)).toMatchObject({ expected: true, attendance: { status: 'present', arrivedAt: at('19:30') } });
    expect(lines.get(sj.valeria)).toMatchObject({ expected: false, attendance: { arrivedAt: at('19:31') } });
    expect(s.attendance.slice(0, 8).every((l) => l.expected)).toBe(true);

    // Welcome ran 9 minutes; the next item is the first sub-item (a heading is not timed).
    s = call('live.nextItem', { meetingId: sj.id });
    expect(world.item(s, 'Welcome and agenda')).toMatchObject({ state: 'done', runs: [{ startedAt: at('19:22'), endedAt: at('19:31') }] });
    const social = world.item(s, 'Social Media Working Group');
    expect(s.session!.currentItemId).toBe(social.id);
    expect(world.item(s, 'Working group updates').state).toBe('current');

    // Two minutes each; a queue with a point of order jumping ahead.
    s = call('live.settings', { meetingId: sj.id, speakerLimitSeconds: 120 });
    expect(s.session!.speakerLimitSeconds).toBe(120);
    for (const id of [sj.rohan, sj.linda, sj.marisol]) call('speakers.add', { meetingId: sj.id, memberId: id });
    s = call('speakers.add', { meetingId: sj.id, memberId: sj.joaquim, kind: 'point_of_order' });
    expect(queueNames(s)).toEqual(['queued:Joaquim Ferreira da Silva', 'queued:Rohan Mehta', 'queued:Linda Kowalski', 'queued:Marisol Cuevas Arriaga']);
    expect(s.speakers.map((x) => x.position)).toEqual([0, 1, 2, 3]);

    // A member who is not in the room needs a confirmation (Aïssatou sent apologies).
    const refusal = expectRefused(world, 'speakers.add', { meetingId: sj.id, memberId: sj.aissatou }, 'speaker_not_present', 'memberId');
    expect(refusal?.params).toEqual({ name: 'Aïssatou Ndiaye' });

    clock.set(at('19:32'));
    s = call('speakers.next', { meetingId: sj.id });
    expect(queueNames(s)[0]).toBe('speaking:Joaquim Ferreira da Silva');
    expect(s.speakers[0].startedAt).toBe(at('19:32'));
    clock.set(at('19:33'));
    s = call('speakers.next', { meetingId: sj.id });
    expect(queueNames(s)).toEqual(['speaking:Rohan Mehta', 'queued:Linda Kowalski', 'queued:Marisol Cuevas Arriaga', 'done:Joaquim Ferreira da Silva']);
    expect(s.speakers.at(-1)).toMatchObject({ startedAt: at('19:32'), endedAt: at('19:33') });

    // Notes, a decision, an action and the deadline mentioned in passing ("le 21 avril").
    const note = call<{ itemId: string; updatedAt: string }>('notes.save', { itemId: social.id, text: 'Membership reconfirmed by e-mail; Rohan to chase.' });
    expect(note).toEqual({ itemId: social.id, updatedAt: at('19:33') });
    const decision = call<CapturedDecision>('decisions.capture', { meetingId: sj.id, text: 'Members who do not reconfirm by 31 March leave the group.' });
    expect(decision).toMatchObject({ meetingId: sj.id, itemId: social.id });
    const action = call<ActionItem>('actions.capture', { meetingId: sj.id, text: 'Send the reconfirmation e-mail', ownerMemberId: sj.rohan, dueOn: '2018-03-17' });
    expect(action).toMatchObject({ kind: 'action', ownerName: 'Rohan Mehta', dueOn: '2018-03-17', done: false, itemId: social.id });
    const deadline = call<ActionItem>('actions.capture', { meetingId: sj.id, kind: 'deadline', text: 'Reserve fund public comment closes', dueOn: '2018-04-21' });
    expect(deadline).toMatchObject({ kind: 'deadline', ownerMemberId: null });
    s = world.state(sj.id);
    expect(world.item(s, 'Social Media Working Group').note).toBe('Membership reconfirmed by e-mail; Rohan to chase.');
    expect(s.decisions).toHaveLength(1);
    expect(s.actions.map((a) => a.kind)).toEqual(['action', 'deadline']);

    // Defer the gTLD and CPWG items to the next ALAC meeting.
    const alacCall = world.meeting(ALAC_CALL);
    s = call('agenda.defer', { id: world.item(s, 'New gTLDs').id, reason: 'No time left in San Juan' });
    s = call('agenda.defer', { id: world.item(s, 'Technical working group and CPWG').id, reason: 'No time left in San Juan' });
    expect(world.item(s, 'New gTLDs')).toMatchObject({
      state: 'deferred',
      deferredTo: { meetingId: alacCall.id, title: ALAC_CALL, startsAt: alacCall.startsAt, reason: 'No time left in San Juan' },
    });

    // Close: the clock stops, the meeting is closed, the unreached items stay pending.
    clock.set(at('20:45'));
    s = call('live.close', { meetingId: sj.id });
    expect(s.meeting.status).toBe('closed');
    expect(s.session).toMatchObject({ closedAt: at('20:45'), currentItemId: null, paused: false });
    expect(world.item(s, 'Social Media Working Group')).toMatchObject({ state: 'done', runs: [{ startedAt: at('19:31'), endedAt: at('20:45') }] });
    expect(world.item(s, 'Any other business').state).toBe('pending');
    expect(world.core.ctx.db.prepare('SELECT count(*) AS n FROM timer_runs WHERE ended_at IS NULL').get()).toEqual({ n: 0 });
    expect(world.core.ctx.db.prepare("SELECT count(*) AS n FROM speakers WHERE status = 'speaking'").get()).toEqual({ n: 0 });

    // In SQL, and in the next meeting's backlog with the link back.
    const sql = world.core.ctx.db
      .prepare('SELECT a.title, a.backlog, a.state, f.meeting_id AS from_meeting FROM agenda_items a JOIN agenda_items f ON f.id = a.deferred_from_id WHERE a.meeting_id = ? ORDER BY a.position')
      .all(alacCall.id);
    expect(sql).toEqual([
      { title: 'New gTLDs: subsequent procedures', backlog: 1, state: 'pending', from_meeting: sj.id },
      { title: 'Technical working group and CPWG', backlog: 1, state: 'pending', from_meeting: sj.id },
    ]);
    const next = call<MeetingDetail>('meetings.get', { id: alacCall.id });
    expect(next.agenda).toHaveLength(6);
    expect(next.meeting.itemCount).toBe(6);
    expect(next.backlog.map((i) => [i.title, i.deferredFrom])).toEqual([
      ['New gTLDs: subsequent procedures', { meetingId: sj.id, itemId: world.item(s, 'New gTLDs').id, title: SAN_JUAN, startsAt: '2018-03-10T19:15:00.000Z', reason: 'No time left in San Juan' }],
      ['Technical working group and CPWG', { meetingId: sj.id, itemId: world.item(s, 'Technical working group').id, title: SAN_JUAN, startsAt: '2018-03-10T19:15:00.000Z', reason: 'No time left in San Juan' }],
    ]);

    // Everything recorded is locked.
    const closed = (channel: string, input: unknown, field?: string) => expectRefused(world, channel, input, 'meeting_closed', field);
    closed('attendance.set', { meetingId: sj.id, memberId: sj.linda, status: 'absent' }, 'meetingId');
    closed('attendance.depart', { meetingId: sj.id, memberId: sj.linda }, 'meetingId');
    closed('attendance.proxy', { meetingId: sj.id, giverId: sj.linda, holderId: sj.graham }, 'meetingId');
    closed('speakers.add', { meetingId: sj.id, memberId: sj.linda }, 'meetingId');
    closed('speakers.next', { meetingId: sj.id }, 'meetingId');
    closed('speakers.remove', { id: s.speakers[0]?.id ?? world.core.ctx.db.prepare("SELECT id FROM speakers WHERE status = 'queued'").pluck().get() }, 'id');
    closed('notes.save', { itemId: social.id, text: 'edited afterwards' }, 'itemId');
    closed('decisions.capture', { meetingId: sj.id, itemId: social.id, text: 'late decision' }, 'meetingId');
    closed('actions.capture', { meetingId: sj.id, text: 'late action' }, 'meetingId');
    closed('live.pause', { meetingId: sj.id }, 'meetingId');
    closed('live.nextItem', { meetingId: sj.id }, 'meetingId');
    closed('live.settings', { meetingId: sj.id, speakerLimitSeconds: 60 }, 'meetingId');
    closed('live.close', { meetingId: sj.id }, 'meetingId');
    closed('live.open', { meetingId: sj.id }, 'meetingId');
    closed('agenda.defer', { id: world.item(s, 'Any other business').id }, 'id');
    closed('agenda.add', { meetingId: sj.id, title: 'Forgotten item', plannedMinutes: 5, kind: 'information' }, 'meetingId');
    closed('agenda.update', { id: social.id, title: 'Renamed' }, 'id');
    closed('agenda.remove', { id: social.id }, 'id');
    closed('agenda.move', { id: social.id, parentId: null, position: 0 }, 'id');
    closed('meetings.update', { id: sj.id, title: 'Renamed' }, 'id');
    closed('meetings.update', { id: sj.id, status: 'planned' }, 'id');
    // Reading stays possible.
    expect(call<MemberHit[]>('attendance.search', { meetingId: sj.id, query: 'lin' })[0].name).toBe('Linda Kowalski');

    // The deferred items are placed on the next meeting's agenda when its chair wants them.
    const placed = call<AgendaItem>('agenda.schedule', { id: next.backlog[1].id });
    expect(placed).toMatchObject({ position: 6, parentId: null, deferredFrom: { meetingId: sj.id } });
    const after = call<MeetingDetail>('meetings.get', { id: alacCall.id });
    expect(after.agenda.at(-1)!.title).toBe('Technical working group and CPWG');
    expect(after.backlog.map((i) => [i.title, i.position])).toEqual([['New gTLDs: subsequent procedures', 0]]);

    // An explicit reopen, journaled with its reason; corrections are possible again.
    clock.set(at('21:00'));
    expectRefused(world, 'live.reopen', { meetingId: sj.id, reason: '  ' }, 'required', 'reason');
    s = call('live.reopen', { meetingId: sj.id, reason: 'Correct the minutes of item 2.1' });
    expect(s.meeting.status).toBe('in_progress');
    expect(s.session).toMatchObject({ closedAt: null, currentItemId: null });
    const [reopen] = call<JournalEntry[]>('journal.list', { entity: 'meetings', entityId: sj.id, limit: 1 });
    expect(reopen).toMatchObject({
      op: 'update',
      at: at('21:00'),
      before: { status: 'closed', reopen_reason: null },
      after: { status: 'in_progress', reopen_reason: 'Correct the minutes of item 2.1' },
    });
    expect(call('notes.save', { itemId: social.id, text: 'Corrected note.' })).toMatchObject({ itemId: social.id });
    expectRefused(world, 'live.reopen', { meetingId: sj.id, reason: 'again' }, 'meeting_not_closed', 'meetingId');
  });
});

describe('reload in the middle of a running item', () => {
  it('a new core on the same file finds the elapsed time and the queue intact', () => {
    const world = liveWorld();
    const sj = sanJuan(world);
    const { call, clock } = world;
    clock.set(at('19:15'));
    call('live.open', { meetingId: sj.id });
    for (const id of [sj.graham, sj.linda, sj.rohan]) call('attendance.set', { meetingId: sj.id, memberId: id, status: 'present' });
    for (const id of [sj.linda, sj.rohan]) call('speakers.add', { meetingId: sj.id, memberId: id });
    call('speakers.next', { meetingId: sj.id });
    clock.advance(3 * MIN);
    call('live.pause', { meetingId: sj.id });
    clock.advance(2 * MIN); // paused: does not count
    call('live.resume', { meetingId: sj.id });
    clock.advance(MIN + 30_000);
    const before = world.state(sj.id);
    expect(elapsedOf(before, 'Welcome')).toBe(4.5 * MIN);

    world.reload(); // the app crashed or the window reloaded
    clock.advance(30_000);
    const after = world.state(sj.id);
    expect(elapsedOf(after, 'Welcome')).toBe(5 * MIN);
    expect(after.session).toEqual(before.session);
    expect(after.speakers).toEqual(before.speakers);
    expect(queueNames(after)).toEqual(['speaking:Linda Kowalski', 'queued:Rohan Mehta']);
    expect(after.attendance).toEqual(before.attendance);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBe(30_000);

    // Paused at the reload: it stays paused, and the clock does not move.
    call('live.pause', { meetingId: sj.id });
    world.reload();
    clock.advance(10 * MIN);
    const paused = world.state(sj.id);
    expect(paused.session!.paused).toBe(true);
    expect(elapsedOf(paused, 'Welcome')).toBe(5 * MIN);
  });
});
