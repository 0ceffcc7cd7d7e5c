import { describe, expect, it } from 'vitest';
import { zonedWallTimeToUtc } from './zoned';

describe('zonedWallTimeToUtc', () => {
  it.each([
    ['2018-03-10T15:15', 'America/Puerto_Rico', '2018-03-10T19:15:00.000Z'], // AST, UTC−4 all year
    ['2018-03-26T20:00', 'America/Montevideo', '2018-03-26T23:00:00.000Z'],
    ['2018-02-15T19:00', 'America/Argentina/Cordoba', '2018-02-15T22:00:00.000Z'],
    ['2018-03-10T15:15', 'America/Santiago', '2018-03-10T18:15:00.000Z'], // Chilean summer time, UTC−3
    ['2018-06-10T15:15', 'America/Santiago', '2018-06-10T19:15:00.000Z'], // winter, UTC−4
    ['2018-01-15T09:00', 'Europe/Paris', '2018-01-15T08:00:00.000Z'],
    ['2018-07-15T09:00', 'Europe/Paris', '2018-07-15T07:00:00.000Z'],
    ['2018-03-11T01:30', 'America/New_York', '2018-03-11T06:30:00.000Z'], // just before the spring change
    ['2018-03-11T03:30', 'America/New_York', '2018-03-11T07:30:00.000Z'], // just after it
    ['2018-03-10T09:00', 'Asia/Kolkata', '2018-03-10T03:30:00.000Z'], // half-hour offset
    ['2018-03-27T19:00', 'UTC', '2018-03-27T19:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(zonedWallTimeToUtc(local, zone).toISOString()).toBe(utc);
  });

  it('refuses a malformed wall time', () => {
    expect(() => zonedWallTimeToUtc('2018-03-10 15:15', 'UTC')).toThrow(/Bad wall time/);
  });
});
