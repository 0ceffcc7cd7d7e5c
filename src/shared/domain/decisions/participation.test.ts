import { describe, expect, it } from 'vitest';
import { als } from './fixtures';
import {
  LACRALO_PARTICIPATION_RULE,
  participationByCountry,
  participationIndicators,
  rollUpToAls,
  standingsOn,
  type AttendanceRecord,
} from './participation';
import { LACRALO_VOTE_RULES } from './rules';
import { tally } from './tally';

const call = (subjectId: string, month: number, attended: boolean): AttendanceRecord => ({
  subjectId,
  meetingId: `call-${month}`,
  date: `2026-${String(month).padStart(2, '0')}-15`,
  kind: 'monthly_call',
  attended,
});

// ALS "arg" misses February to April, comes back in June; "bra" attends every call.
const records: AttendanceRecord[] = [
  ...[1, 2, 3, 4, 5, 6].map((m) => call('bra', m, true)),
  call('arg', 1, true),
  call('arg', 2, false),
  call('arg', 3, false),
  call('arg', 4, false),
  call('arg', 5, false),
  call('arg', 6, true),
  { subjectId: 'arg', meetingId: 'wg-1', date: '2026-04-20', kind: 'working_group', attended: true },
];

describe('participation indicators', () => {
  it('counts attended / expected and consecutive misses over a period', () => {
    expect(participationIndicators(records, { to: '2026-05-31', kind: 'monthly_call' })).toEqual([
      { subjectId: 'arg', expected: 5, attended: 1, rate: 0.2, consecutiveMisses: 4, longestMissStreak: 4, lastAttended: '2026-01-15' },
      { subjectId: 'bra', expected: 5, attended: 5, rate: 1, consecutiveMisses: 0, longestMissStreak: 0, lastAttended: '2026-05-15' },
    ]);
    expect(participationIndicators(records, { from: '2026-04-01' }).find((i) => i.subjectId === 'arg')).toMatchObject({ expected: 4, attended: 2, consecutiveMisses: 0 });
  });

  it('rolls member attendance up to the ALS: any delegate present is the ALS present', () => {
    const alsOf = (m: string) => ({ ana: 'arg', beto: 'arg', caio: 'bra' })[m];
    const rows = rollUpToAls([call('ana', 1, false), call('beto', 1, true), call('caio', 1, false), call('zed', 1, true)], alsOf);
    expect(rows.map((r) => [r.subjectId, r.attended])).toEqual([
      ['arg', true],
      ['bra', false],
    ]);
  });

  it('sums per country for the chart', () => {
    const ind = participationIndicators(records, { kind: 'monthly_call' });
    expect(participationByCountry(ind, (s) => ({ arg: 'AR', bra: 'BR' })[s])).toEqual([
      { country: 'AR', subjects: 1, expected: 6, attended: 2, rate: 2 / 6 },
      { country: 'BR', subjects: 1, expected: 6, attended: 6, rate: 1 },
    ]);
  });
});

describe('LACRALO: three consecutive missed monthly calls make an ALS inactive', () => {
  const subjects = ['arg', 'bra', 'new'];

  it('is active after two misses, inactive at the third, still inactive after a working group, active again once it attends a call', () => {
    const on = (date: string) => standingsOn(LACRALO_PARTICIPATION_RULE, records, date, subjects);
    expect(on('2026-03-31').get('arg')).toMatchObject({ active: true, missStreak: 2 });
    expect(on('2026-04-15').get('arg')).toEqual({ subjectId: 'arg', active: false, missStreak: 3, inactiveSince: '2026-04-15' });
    expect(on('2026-05-31').get('arg')).toMatchObject({ active: false, missStreak: 4, inactiveSince: '2026-04-15' });
    expect(on('2026-06-15').get('arg')).toMatchObject({ active: true, missStreak: 0, inactiveSince: null });
    expect(on('2026-05-31').get('bra')?.active).toBe(true);
    expect(on('2026-05-31').get('new')?.active).toBe(true); // no record: nothing missed
    expect(standingsOn({ kind: 'none' }, records, '2026-05-31', subjects).get('arg')?.active).toBe(true);
  });

  it('an inactive ALS loses its vote and leaves the quorum count', () => {
    const standing = standingsOn(LACRALO_PARTICIPATION_RULE, records, '2026-05-20', ['arg', 'bra']);
    const electors = [als('arg', 'AR'), als('bra', 'BR')].map((e) => ({ ...e, status: standing.get(e.id)!.active ? ('eligible' as const) : ('inactive' as const) }));
    const r = tally(LACRALO_VOTE_RULES, { electors }, [
      { kind: 'individual', voterId: 'arg', choice: 'against' },
      { kind: 'individual', voterId: 'bra', choice: 'for' },
    ]);
    expect(r.electorate.inactive).toEqual(['arg']);
    expect(r.quorum).toMatchObject({ eligible: 1, required: 1, met: true });
    expect(r.ignored).toEqual([{ voter: 'ARG', reason: 'voter_inactive' }]);
    expect(r.outcome).toBe('adopted');
  });
});
