import { describe, expect, it, vi } from 'vitest';
import { expectRefused, liveWorld, SAN_JUAN } from './test-helpers';

// The recusal hook (filled by issue 4): a recused member is refused with the reason, even with a
// confirmation, and nothing changes.
const reason = vi.hoisted(() => ({ value: null as string | null }));
vi.mock('./recusal', () => ({ recusalReason: () => reason.value }));

describe('speakers.add and recusals', () => {
  it('refuses a recused member with the reason; others are queued', () => {
    const world = liveWorld();
    const id = world.meeting(SAN_JUAN).id;
    const linda = world.member('Linda Kowalski');
    world.call('live.open', { meetingId: id });
    world.call('attendance.set', { meetingId: id, memberId: linda, status: 'present' });
    reason.value = 'Employed by an applicant for this gTLD';
    const error = expectRefused(world, 'speakers.add', { meetingId: id, memberId: linda, confirmAbsent: true }, 'speaker_recused', 'memberId');
    expect(error?.params).toEqual({ name: 'Linda Kowalski', reason: 'Employed by an applicant for this gTLD' });
    reason.value = null;
    expect(world.call('speakers.add', { meetingId: id, memberId: linda })).toMatchObject({ speakers: [{ memberName: 'Linda Kowalski' }] });
  });
});
