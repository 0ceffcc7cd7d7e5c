import { z } from 'zod';

// Voting rights from participation. Indicators per member or per ALS from attendance (meetings
// attended out of those expected, consecutive misses), over any period; and a rule per body that
// decides who may vote on a given date. LACRALO (auxiliary rule to its Rules of Procedure): an ALS
// whose delegates miss three consecutive monthly LACRALO calls becomes inactive, loses its vote and
// leaves the quorum count; it recovers both by taking part again. Seed 002 asks for such indicators.

export interface AttendanceRecord {
  /** Member or ALS. */
  subjectId: string;
  meetingId: string;
  /** YYYY-MM-DD, in the meeting's zone. */
  date: string;
  /** e.g. 'monthly_call'; a rule may count one kind of meeting only. */
  kind?: string | null;
  /** The subject was expected (invited, on the roll) and attended or not. */
  attended: boolean;
}

export interface ParticipationIndicators {
  subjectId: string;
  expected: number;
  attended: number;
  /** attended / expected (null when nothing was expected). */
  rate: number | null;
  /** Misses in a row at the end of the period. */
  consecutiveMisses: number;
  longestMissStreak: number;
  lastAttended: string | null;
}

export interface Period {
  from?: string | null;
  to?: string | null;
  kind?: string | null;
}

const byDate = (a: AttendanceRecord, b: AttendanceRecord) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.meetingId < b.meetingId ? -1 : a.meetingId > b.meetingId ? 1 : 0);
const inPeriod = (r: AttendanceRecord, p: Period) => (!p.from || r.date >= p.from) && (!p.to || r.date <= p.to) && (!p.kind || r.kind === p.kind);

/** Indicators for every subject that was expected at least once in the period, by subject id. */
export function participationIndicators(records: readonly AttendanceRecord[], period: Period = {}): ParticipationIndicators[] {
  const bySubject = new Map<string, AttendanceRecord[]>();
  for (const r of records) {
    if (!inPeriod(r, period)) continue;
    const list = bySubject.get(r.subjectId);
    if (list) list.push(r);
    else bySubject.set(r.subjectId, [r]);
  }
  const out: ParticipationIndicators[] = [];
  for (const [subjectId, list] of bySubject) {
    list.sort(byDate);
    let attended = 0;
    let streak = 0;
    let longest = 0;
    let lastAttended: string | null = null;
    for (const r of list) {
      if (r.attended) {
        attended++;
        streak = 0;
        lastAttended = r.date;
      } else {
        streak++;
        longest = Math.max(longest, streak);
      }
    }
    out.push({ subjectId, expected: list.length, attended, rate: list.length ? attended / list.length : null, consecutiveMisses: streak, longestMissStreak: longest, lastAttended });
  }
  return out.sort((a, b) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0));
}

/** Member attendance as ALS attendance: an ALS attended a meeting when any of its delegates did. */
export function rollUpToAls(records: readonly AttendanceRecord[], alsOf: (memberId: string) => string | null | undefined): AttendanceRecord[] {
  const rows = new Map<string, AttendanceRecord>();
  for (const r of records) {
    const als = alsOf(r.subjectId);
    if (!als) continue;
    const key = `${als}\u0000${r.meetingId}`;
    const row = rows.get(key);
    if (row) row.attended = row.attended || r.attended;
    else rows.set(key, { subjectId: als, meetingId: r.meetingId, date: r.date, kind: r.kind ?? null, attended: r.attended });
  }
  return [...rows.values()];
}

/** The chart's figures per country: meetings attended and expected by its ALSes, and how many there are. */
export function participationByCountry(indicators: readonly ParticipationIndicators[], countryOf: (subjectId: string) => string | null | undefined) {
  const out = new Map<string, { country: string; subjects: number; expected: number; attended: number; rate: number | null }>();
  for (const i of indicators) {
    const country = countryOf(i.subjectId) ?? '';
    const row = out.get(country) ?? { country, subjects: 0, expected: 0, attended: 0, rate: null };
    row.subjects++;
    row.expected += i.expected;
    row.attended += i.attended;
    row.rate = row.expected ? row.attended / row.expected : null;
    out.set(country, row);
  }
  return [...out.values()].sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
}

export const participationRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** `misses` expected meetings in a row missed (of `meetingKind` when given): inactive until the next attendance. */
  z.strictObject({ kind: z.literal('consecutive_misses'), misses: z.int().min(1).max(100), meetingKind: z.string().trim().min(1).max(50).nullable() }),
]);
export type ParticipationRule = z.output<typeof participationRule>;

export const LACRALO_PARTICIPATION_RULE: ParticipationRule = { kind: 'consecutive_misses', misses: 3, meetingKind: 'monthly_call' };

export interface Standing {
  subjectId: string;
  active: boolean;
  /** Misses in a row up to the date. */
  missStreak: number;
  /** The date of the meeting whose miss made the subject inactive (null when active). */
  inactiveSince: string | null;
}

/**
 * Who is active on `date` under `rule`, from the meetings held up to and including that date. Every
 * subject in `subjects` gets a standing (no record: active). Attending any counted meeting restores it.
 */
export function standingsOn(rule: ParticipationRule, records: readonly AttendanceRecord[], date: string, subjects: readonly string[]): Map<string, Standing> {
  const out = new Map<string, Standing>(subjects.map((s) => [s, { subjectId: s, active: true, missStreak: 0, inactiveSince: null }]));
  if (rule.kind === 'none') return out;
  const counted = records.filter((r) => r.date <= date && (!rule.meetingKind || r.kind === rule.meetingKind)).sort(byDate);
  for (const r of counted) {
    const s = out.get(r.subjectId);
    if (!s) continue;
    if (r.attended) {
      s.missStreak = 0;
      s.active = true;
      s.inactiveSince = null;
    } else {
      s.missStreak++;
      if (s.missStreak === rule.misses) {
        s.active = false;
        s.inactiveSince = r.date;
      }
    }
  }
  return out;
}
