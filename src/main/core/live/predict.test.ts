import fc from 'fast-check';
import { expect, test } from 'vitest';
import { QUEUE_POLICIES, SPEAKER_KINDS, type LiveState, type Speaker } from '../../../shared/domain/live/contract';
import { predictSpeakers, type SpeakerChange } from '../../../shared/domain/live/predict';
import { liveWorld, SAN_JUAN } from './test-helpers';

// The screen shows predictSpeakers' answer at the key press and the core's when it comes: over random
// sequences of add / next / stop, with every queue policy and members of mixed sub-regions and
// genders, the prediction must be the core's answer (ids of new requests aside), and never a change
// the core refuses.

const PEOPLE = ['Graham Whitcombe', 'Hélène Marchetti', 'Linda Kowalski', 'Rohan Mehta', 'Joaquim Ferreira da Silva', 'Marisol Cuevas Arriaga', 'Rafael Peña Almonte'];

const shape = (s: Speaker) => [s.memberId, s.memberName, s.kind, s.status, s.status === 'queued' ? s.position : -1, s.requestedAt, s.startedAt, s.endedAt, s.subRegion, s.gender];

const change = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('add' as const), who: fc.nat(PEOPLE.length - 1), kind: fc.constantFrom(...SPEAKER_KINDS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('next' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('stop' as const) }) },
);

test('predictions of add / next / stop are what the core answers', () => {
  const world = liveWorld();
  const meetingId = world.meeting(SAN_JUAN).id;
  const ids = PEOPLE.map((n) => world.member(n));
  // Mixed groups for the balanced policies (some with none).
  const groups = [
    ['LAC', 'female'],
    ['LAC', 'male'],
    ['EUR', 'female'],
    [null, null],
    ['AP', 'male'],
    ['LAC', 'female'],
    ['EUR', null],
  ];
  ids.forEach((id, i) => world.core.ctx.db.prepare('UPDATE members SET sub_region = ?, gender = ? WHERE id = ?').run(...groups[i]!, id));
  world.clock.set('2018-03-10T19:15:00.000Z');
  world.call('live.open', { meetingId });
  for (const id of ids) world.call('attendance.set', { meetingId, memberId: id, status: 'present' });
  let predicted = 0;

  fc.assert(
    fc.property(fc.constantFrom(...QUEUE_POLICIES), fc.array(change, { minLength: 1, maxLength: 25 }), (policy, changes) => {
      // A fresh item each run: the speakers of the current item are what the state shows.
      const state0 = world.call<LiveState>('live.settings', { meetingId, queuePolicy: policy });
      const next = state0.agenda.find((i) => i.state === 'pending' && !state0.agenda.some((c) => c.parentId === i.id));
      if (next) world.call('live.setCurrentItem', { meetingId, itemId: next.id });
      else for (const item of state0.agenda.filter((i) => i.state === 'done' && !state0.agenda.some((c) => c.parentId === i.id)).slice(0, 1)) world.call('live.setCurrentItem', { meetingId, itemId: item.id });
      let state = world.state(meetingId);
      for (const c of changes) {
        world.clock.advance(1_000);
        const now = world.clock.now().toISOString();
        const hit = c.type === 'add' ? state.attendance.find((l) => l.memberId === ids[c.who])! : null;
        const sc: SpeakerChange =
          c.type === 'add'
            ? { type: 'add', kind: c.kind, member: { id: hit!.memberId, name: hit!.name, inRoom: true, subRegion: groups[c.who]![0], gender: groups[c.who]![1] } }
            : c;
        const guess = predictSpeakers(state, sc, now);
        const res =
          c.type === 'add'
            ? world.core.dispatch('speakers.add', { meetingId, memberId: ids[c.who], kind: c.kind })
            : world.core.dispatch(c.type === 'next' ? 'speakers.next' : 'speakers.stop', { meetingId });
        if (!res.ok) {
          expect(guess, `${JSON.stringify(sc)} refused with ${res.error.code} but predicted`).toBeNull();
          continue;
        }
        state = res.value as LiveState;
        if (guess) {
          predicted++;
          expect(guess.speakers.map(shape)).toEqual(state.speakers.map(shape));
        }
      }
    }),
    { numRuns: 60 },
  );
  // Most changes are predicted (those that are not: refusals and confirmations).
  expect(predicted).toBeGreaterThan(200);
});
