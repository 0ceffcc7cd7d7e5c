import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToLocal,
  canonicalTimeZone,
  isInstant,
  isLocalDateTime,
  offsetMinutes,
  parseLocalDateTime,
  resolveWallTime,
  utcToLocal,
  zonedToUtc,
} from './time';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('zonedToUtc', () => {
  it.each([
    // Seed 003: San Juan, 15:15–16:45 AST; Puerto Rico keeps UTC−4 all year (no DST).
    ['2018-03-10T15:15', 'America/Puerto_Rico', '2018-03-10T19:15:00.000Z'],
    ['2018-03-10T16:45', 'America/Puerto_Rico', '2018-03-10T20:45:00.000Z'],
    ['2018-07-10T15:15', 'America/Puerto_Rico', '2018-07-10T19:15:00.000Z'],
    ['2018-11-04T01:30', 'America/Puerto_Rico', '2018-11-04T05:30:00.000Z'],
    // Europe/Paris: CET in winter, CEST in summer; changes on the last Sundays of March and October.
    ['2018-01-15T09:00', 'Europe/Paris', '2018-01-15T08:00:00.000Z'],
    ['2018-07-15T09:00', 'Europe/Paris', '2018-07-15T07:00:00.000Z'],
    ['2018-03-25T01:59', 'Europe/Paris', '2018-03-25T00:59:00.000Z'],
    ['2018-03-25T03:00', 'Europe/Paris', '2018-03-25T01:00:00.000Z'],
    // America/New_York: around the spring-forward of 11 March 2018 (02:00 EST -> 03:00 EDT).
    ['2018-03-11T01:59', 'America/New_York', '2018-03-11T06:59:00.000Z'],
    ['2018-03-11T03:00', 'America/New_York', '2018-03-11T07:00:00.000Z'],
    ['2018-03-11T03:30', 'America/New_York', '2018-03-11T07:30:00.000Z'],
    // Southern hemisphere and odd offsets.
    ['2018-03-10T15:15', 'America/Santiago', '2018-03-10T18:15:00.000Z'],
    ['2018-06-10T15:15', 'America/Santiago', '2018-06-10T19:15:00.000Z'],
    ['2018-03-26T20:00', 'America/Montevideo', '2018-03-26T23:00:00.000Z'],
    ['2018-03-10T09:00', 'Asia/Kolkata', '2018-03-10T03:30:00.000Z'],
    ['2018-03-10T09:00', 'Asia/Kathmandu', '2018-03-10T03:15:00.000Z'],
    ['2018-03-27T19:00', 'UTC', '2018-03-27T19:00:00.000Z'],
    // Crossing the date line in the conversion.
    ['2018-03-11T00:30', 'Pacific/Auckland', '2018-03-10T11:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(iso(zonedToUtc(local, zone))).toBe(utc);
    expect(utcToLocal(utc, zone)).toBe(local);
  });

  describe('a skipped wall time (New York, 11 March 2018, 02:00–02:59 never happens)', () => {
    it('has no instant', () => {
      expect(resolveWallTime('2018-03-11T02:30', 'America/New_York')).toEqual({ candidates: [], offsetBefore: -300, offsetAfter: -240 });
    });
    it('is refused with reject', () => {
      expect(zonedToUtc('2018-03-11T02:30', 'America/New_York', 'reject')).toBeNull();
      expect(zonedToUtc('2018-03-11T02:00', 'America/New_York', 'reject')).toBeNull();
      expect(zonedToUtc('2018-03-11T02:59', 'America/New_York', 'reject')).toBeNull();
    });
    it('moves forward by the gap with compatible/later, back with earlier (as Temporal does)', () => {
      expect(iso(zonedToUtc('2018-03-11T02:30', 'America/New_York'))).toBe('2018-03-11T07:30:00.000Z'); // 03:30 EDT
      expect(iso(zonedToUtc('2018-03-11T02:30', 'America/New_York', 'later'))).toBe('2018-03-11T07:30:00.000Z');
      expect(iso(zonedToUtc('2018-03-11T02:30', 'America/New_York', 'earlier'))).toBe('2018-03-11T06:30:00.000Z'); // 01:30 EST
      expect(utcToLocal('2018-03-11T07:30:00.000Z', 'America/New_York')).toBe('2018-03-11T03:30');
    });
    it('Paris skips 02:00–02:59 on 25 March 2018', () => {
      expect(zonedToUtc('2018-03-25T02:15', 'Europe/Paris', 'reject')).toBeNull();
      expect(iso(zonedToUtc('2018-03-25T02:15', 'Europe/Paris'))).toBe('2018-03-25T01:15:00.000Z'); // 03:15 CEST
    });
  });

  describe('a repeated wall time (fall back)', () => {
    it('New York, 4 November 2018, 01:30 happens twice: earlier by default', () => {
      const r = resolveWallTime('2018-11-04T01:30', 'America/New_York');
      expect(r.candidates.map(iso)).toEqual(['2018-11-04T05:30:00.000Z', '2018-11-04T06:30:00.000Z']);
      expect(iso(zonedToUtc('2018-11-04T01:30', 'America/New_York'))).toBe('2018-11-04T05:30:00.000Z'); // EDT
      expect(iso(zonedToUtc('2018-11-04T01:30', 'America/New_York', 'reject'))).toBe('2018-11-04T05:30:00.000Z');
      expect(iso(zonedToUtc('2018-11-04T01:30', 'America/New_York', 'later'))).toBe('2018-11-04T06:30:00.000Z'); // EST
    });
    it('Paris, 28 October 2018, 02:30 happens twice', () => {
      expect(iso(zonedToUtc('2018-10-28T02:30', 'Europe/Paris'))).toBe('2018-10-28T00:30:00.000Z');
      expect(iso(zonedToUtc('2018-10-28T02:30', 'Europe/Paris', 'later'))).toBe('2018-10-28T01:30:00.000Z');
    });
  });

  it('round-trips: every instant shows a wall time that converts back to it (or to its earlier twin)', () => {
    const zones = ['America/Puerto_Rico', 'America/New_York', 'Europe/Paris', 'America/Santiago', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = minute * 60_000;
          const local = utcToLocal(instant, zone);
          const { candidates } = resolveWallTime(local, zone);
          expect(candidates.map((c) => c.getTime())).toContain(instant);
          for (const c of candidates) expect(utcToLocal(c, zone)).toBe(local);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a malformed wall time', () => {
    expect(() => zonedToUtc('2018-03-10 15:15', 'UTC')).toThrow(/Bad wall time/);
    expect(() => zonedToUtc('2018-02-30T10:00', 'UTC')).toThrow(/Bad wall time/);
  });
});

describe('offsets and formats', () => {
  it('offsetMinutes', () => {
    expect(offsetMinutes(new Date('2018-03-10T19:15:00Z'), 'America/Puerto_Rico')).toBe(-240);
    expect(offsetMinutes(new Date('2018-03-10T19:15:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date('2018-07-10T19:15:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2018-03-10T19:15:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(new Date('2018-03-11T06:59:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(new Date('2018-03-11T07:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('parseLocalDateTime accepts only real calendar wall times', () => {
    expect(parseLocalDateTime('2018-03-10T15:15')).toEqual({ year: 2018, month: 3, day: 10, hour: 15, minute: 15 });
    expect(parseLocalDateTime('2020-02-29T00:00')).not.toBeNull();
    for (const bad of ['2019-02-29T00:00', '2018-13-01T00:00', '2018-03-10T24:00', '2018-03-10T10:60', '2018-03-10T15:15Z', '2018-03-10', ''])
      expect(parseLocalDateTime(bad), bad).toBeNull();
    expect(isLocalDateTime('2018-03-10T15:15')).toBe(true);
  });

  it('isInstant wants an offset', () => {
    expect(isInstant('2018-03-10T19:15:00.000Z')).toBe(true);
    expect(isInstant('2018-03-10T15:15-04:00')).toBe(true);
    expect(isInstant('2018-03-10T15:15')).toBe(false);
    expect(isInstant('2018-02-30T10:00:00Z')).toBe(false);
  });

  it('addDaysToLocal keeps the clock time across months, years and DST', () => {
    expect(addDaysToLocal('2018-03-10T15:15', 7)).toBe('2018-03-17T15:15');
    expect(addDaysToLocal('2018-12-28T20:00', 7)).toBe('2019-01-04T20:00');
    expect(addDaysToLocal('2020-02-28T09:00', 1)).toBe('2020-02-29T09:00');
    expect(addDaysToLocal('2018-03-10T20:00', -10)).toBe('2018-02-28T20:00');
    // A weekly New York call at 20:00 stays at 20:00 local across the spring change.
    const before = zonedToUtc('2018-03-07T20:00', 'America/New_York');
    const after = zonedToUtc(addDaysToLocal('2018-03-07T20:00', 7), 'America/New_York');
    expect(after.getTime() - before.getTime()).toBe((7 * 24 - 1) * 3_600_000);
  });

  it('canonicalTimeZone', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('America/Puerto_Rico')).toBe('America/Puerto_Rico');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });
});
