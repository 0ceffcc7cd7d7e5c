import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES } from './contract';
import { computeQuorum, inRoom, majority, type QuorumAttendee } from './quorum';

const NOW = Date.parse('2018-03-10T19:40:00.000Z');
const a = (memberId: string, over: Partial<QuorumAttendee> = {}): QuorumAttendee => ({
  memberId,
  alsId: null,
  status: 'present',
  arrivedAt: null,
  leftAt: null,
  proxyHolderId: null,
  ...over,
});

describe('computeQuorum: majority_of_members', () => {
  // The eight ALAC role holders of San Juan (liaisons do not vote, the core leaves them out).
  const voting = ['graham', 'helene', 'linda', 'aissatou', 'rohan', 'joaquim', 'marisol', 'rafael'];
  const q = (attendees: QuorumAttendee[]) => computeQuorum({ rule: 'majority_of_members', votingMemberIds: voting, accreditedAlsIds: [], attendees, now: NOW });

  it('needs more than half of the voting members', () => {
    expect(q([a('graham'), a('helene'), a('linda'), a('aissatou')])).toEqual({
      rule: 'majority_of_members',
      eligible: 8,
      counted: 4,
      required: 5,
      reached: false,
      missing: 1,
    });
    expect(q([a('graham'), a('helene'), a('linda'), a('aissatou'), a('rohan', { status: 'remote' })])).toMatchObject({ counted: 5, reached: true, missing: 0 });
  });

  it('guests, apologies and absent members do not count', () => {
    expect(q([a('guest'), a('graham', { status: 'apologies' }), a('helene', { status: 'absent' }), a('linda')])).toMatchObject({ counted: 1 });
  });

  it('a proxy counts when its holder is in the room', () => {
    expect(q([a('graham'), a('helene', { status: 'absent', proxyHolderId: 'graham' })])).toMatchObject({ counted: 2 });
    expect(q([a('graham', { status: 'absent' }), a('helene', { status: 'absent', proxyHolderId: 'graham' })])).toMatchObject({ counted: 0 });
    // a guest may hold a voting member's proxy
    expect(q([a('guest'), a('helene', { status: 'apologies', proxyHolderId: 'guest' })])).toMatchObject({ counted: 1 });
  });

  it('late arrivals count from their arrival, early departures stop counting when they leave', () => {
    expect(q([a('graham', { arrivedAt: '2018-03-10T19:30:00.000Z' }), a('helene', { arrivedAt: '2018-03-10T19:50:00.000Z' })])).toMatchObject({ counted: 1 });
    expect(q([a('graham', { leftAt: '2018-03-10T19:35:00.000Z' }), a('helene', { leftAt: '2018-03-10T20:00:00.000Z' })])).toMatchObject({ counted: 1 });
    // a proxy held by someone who has left no longer counts
    expect(q([a('graham', { leftAt: '2018-03-10T19:35:00.000Z' }), a('helene', { status: 'absent', proxyHolderId: 'graham' })])).toMatchObject({ counted: 0 });
  });
});

describe('computeQuorum: majority_of_accredited_als', () => {
  const als = ['ar', 'br', 'mx', 'co', 'cl'];
  const q = (attendees: QuorumAttendee[]) => computeQuorum({ rule: 'majority_of_accredited_als', votingMemberIds: [], accreditedAlsIds: als, attendees, now: NOW });

  it('an ALS counts once when one of its members is in the room, or its proxy is held', () => {
    const res = q([
      a('v', { alsId: 'ar' }),
      a('h', { alsId: 'ar' }),
      a('j', { alsId: 'br', status: 'remote' }),
      a('m', { alsId: 'mx', status: 'absent', proxyHolderId: 'v' }),
      a('x', { alsId: 've' }), // not accredited
      a('i', { alsId: null }), // individual member
    ]);
    expect(res).toEqual({ rule: 'majority_of_accredited_als', eligible: 5, counted: 3, required: 3, reached: true, missing: 0 });
  });
});

describe('computeQuorum: none', () => {
  it('is always reached and counts who is in the room', () => {
    expect(computeQuorum({ rule: 'none', votingMemberIds: ['x'], accreditedAlsIds: [], attendees: [a('x'), a('y', { status: 'absent' })], now: NOW })).toEqual({
      rule: 'none',
      eligible: 0,
      counted: 1,
      required: 0,
      reached: true,
      missing: 0,
    });
  });
});

describe('quorum properties', () => {
  const attendeeArb = fc.record({
    memberId: fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'),
    alsId: fc.constantFrom(null, 'a0', 'a1', 'a2', 'a3'),
    status: fc.constantFrom(...ATTENDANCE_STATUSES),
    arrivedAt: fc.constantFrom(null, '2018-03-10T19:00:00.000Z', '2018-03-10T20:00:00.000Z'),
    leftAt: fc.constantFrom(null, '2018-03-10T19:30:00.000Z', '2018-03-10T20:30:00.000Z'),
    proxyHolderId: fc.constantFrom(null, 'm0', 'm1', 'm2'),
  });
  // one line per member, as the database holds them
  const sheetArb = fc.uniqueArray(attendeeArb, { selector: (x) => x.memberId, maxLength: 10 });
  const votingArb = fc.subarray(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
  const alsArb = fc.subarray(['a0', 'a1', 'a2', 'a3']);

  it('counted never exceeds eligible; reached exactly when counted >= required; missing is the difference', () => {
    fc.assert(
      fc.property(fc.constantFrom('majority_of_members', 'majority_of_accredited_als') as fc.Arbitrary<'majority_of_members'>, votingArb, alsArb, sheetArb, (rule, voting, als, sheet) => {
        const res = computeQuorum({ rule, votingMemberIds: voting, accreditedAlsIds: als, attendees: sheet, now: NOW });
        expect(res.counted).toBeLessThanOrEqual(res.eligible);
        expect(res.required).toBe(majority(res.eligible));
        expect(res.required * 2).toBeGreaterThan(res.eligible);
        expect(res.reached).toBe(res.counted >= res.required);
        expect(res.missing).toBe(Math.max(0, res.required - res.counted));
      }),
    );
  });

  it('someone leaving never raises the count; someone arriving never lowers it', () => {
    fc.assert(
      fc.property(votingArb, sheetArb, fc.nat(9), (voting, sheet, n) => {
        if (sheet.length === 0) return;
        const i = n % sheet.length;
        const count = (s: QuorumAttendee[]) => computeQuorum({ rule: 'majority_of_members', votingMemberIds: voting, accreditedAlsIds: [], attendees: s, now: NOW }).counted;
        const left = sheet.map((x, k) => (k === i ? { ...x, leftAt: '2018-03-10T19:35:00.000Z' } : x));
        const came = sheet.map((x, k) => (k === i ? { ...x, status: 'present' as const, arrivedAt: null, leftAt: null } : x));
        expect(count(left)).toBeLessThanOrEqual(count(sheet));
        expect(count(came)).toBeGreaterThanOrEqual(count(sheet));
      }),
    );
  });

  it('inRoom: only present or remote, between arrival and departure', () => {
    expect(inRoom(a('x', { status: 'remote' }), NOW)).toBe(true);
    expect(inRoom(a('x', { status: 'apologies' }), NOW)).toBe(false);
    expect(inRoom(a('x', { leftAt: new Date(NOW).toISOString() }), NOW)).toBe(false);
    expect(inRoom(a('x', { arrivedAt: new Date(NOW).toISOString() }), NOW)).toBe(true);
  });
});
