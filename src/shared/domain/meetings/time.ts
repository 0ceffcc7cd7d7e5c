// Wall-clock times in IANA time zones, through Intl only (no date library). A meeting is stored as
// UTC instants and carries its zone; the form speaks the meeting's wall-clock time. Pure: Intl is part
// of the language, not of a runtime.

/** A wall-clock date and time without zone: `YYYY-MM-DDTHH:mm`. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** An instant: date, time and a `Z` or `±HH:MM` offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall time in a `YYYY-MM-DDTHH:mm` string, or null when it is malformed or not a calendar date. */
export function parseLocalDateTime(s: string): WallTime | null {
  const m = LOCAL_DATE_TIME.exec(s);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

export const isLocalDateTime = (s: string): boolean => parseLocalDateTime(s) !== null;
export const isInstant = (s: string): boolean => INSTANT.test(s) && isLocalDateTime(s.slice(0, 16)) && !Number.isNaN(Date.parse(s));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatLocalDateTime(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall time (to the second) an instant shows in `timeZone`. */
function wallParts(instant: number, timeZone: string) {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  return { year, month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (America/Puerto_Rico -> −240). */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const w = wallParts(t, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(t / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/** The wall time an instant shows in `timeZone`, as `YYYY-MM-DDTHH:mm`. */
export function utcToLocal(instant: Date | string | number, timeZone: string): string {
  const t = instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
  const w = wallParts(t, timeZone);
  return formatLocalDateTime(w);
}

/**
 * How a wall time that a clock change makes ambiguous (it happens twice) or skips (it never
 * happens) is resolved, as in Temporal: `compatible` takes the earlier of two and, in a gap, the time
 * as if the change had not happened yet (02:30 in a 02:00 -> 03:00 gap becomes 03:30); `reject` gives
 * null for a skipped time.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

export interface ZonedResolution {
  /** Every instant that shows this wall time in the zone: 1 normally, 2 in a fall-back overlap, 0 in a gap. */
  candidates: Date[];
  /** Offsets (minutes) in force just before and just after the wall time. */
  offsetBefore: number;
  offsetAfter: number;
}

/** All the instants a wall time can mean in `timeZone` (assumes at most one clock change within a day). */
export function resolveWallTime(local: string, timeZone: string): ZonedResolution {
  const w = parseLocalDateTime(local);
  if (!w) throw new RangeError(`Bad wall time: ${local}`);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const DAY = 86_400_000;
  const offsetBefore = offsetMinutes(wall - DAY, timeZone);
  const offsetAfter = offsetMinutes(wall + DAY, timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((o) => wall - o * 60_000)
    .filter((t) => utcToLocal(t, timeZone) === local)
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
  return { candidates, offsetBefore, offsetAfter };
}

/**
 * The UTC instant of a wall-clock time in an IANA time zone ("2018-03-10T15:15" in
 * America/Puerto_Rico -> 2018-03-10T19:15:00.000Z). Null only with `reject` for a skipped time.
 */
export function zonedToUtc(local: string, timeZone: string, disambiguation: 'reject'): Date | null;
export function zonedToUtc(local: string, timeZone: string, disambiguation?: Exclude<Disambiguation, 'reject'>): Date;
export function zonedToUtc(local: string, timeZone: string, disambiguation: Disambiguation = 'compatible'): Date | null {
  const { candidates, offsetBefore, offsetAfter } = resolveWallTime(local, timeZone);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return disambiguation === 'later' ? candidates[candidates.length - 1] : candidates[0];
  // A gap: the wall time never shows. Shift it by the gap's length.
  if (disambiguation === 'reject') return null;
  const w = parseLocalDateTime(local)!;
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // `compatible` / `later`: read with the offset before the change (lands after the gap);
  // `earlier`: read with the offset after it (lands before the gap).
  return new Date(wall - (disambiguation === 'earlier' ? offsetAfter : offsetBefore) * 60_000);
}

/** Adds whole days to the date of a wall time, keeping its clock time. */
export function addDaysToLocal(local: string, days: number): string {
  const w = parseLocalDateTime(local);
  if (!w) throw new RangeError(`Bad wall time: ${local}`);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return formatLocalDateTime({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: w.hour, minute: w.minute });
}

/** The canonical name of a valid IANA zone (`america/new_york` -> `America/New_York`). */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
}
