import { offsetMinutes, utcToLocal } from '../../../shared/domain/meetings/time';

// Dates, times, zones and language names through Intl, in the UI language and the meeting's zone.

/** The Intl locale for a UI language. English uses the day-month order and the 24-hour clock of
 *  the international community (en-GB) rather than the US conventions. */
export function intlLocale(lng: string): string {
  return lng.startsWith('en') ? 'en-GB' : lng;
}

/** The zone this computer is in (the user's zone). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "Sat, 10 Mar 2018, 15:15–16:45 GMT-4": the slot as shown in `timeZone`. */
export function formatSlot(startsAt: string, endsAt: string, timeZone: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { ...DATE_TIME, timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The slot in the user's zone, or null when it shows the same wall-clock times as the meeting's. */
export function formatUserSlot(startsAt: string, endsAt: string, meetingZone: string, userZone: string, lng: string): string | null {
  const same = [startsAt, endsAt].every((t) => offsetMinutes(new Date(t), meetingZone) === offsetMinutes(new Date(t), userZone));
  if (same) return null;
  const sameDay = utcToLocal(startsAt, meetingZone).slice(0, 10) === utcToLocal(startsAt, userZone).slice(0, 10);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: userZone }
    : { ...DATE_TIME, timeZone: userZone };
  return new Intl.DateTimeFormat(intlLocale(lng), options).formatRange(new Date(startsAt), new Date(endsAt));
}

/** Short date and start time for a list: "Sat, 10 Mar 2018, 15:15". */
export function formatListDate(startsAt: string, timeZone: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(startsAt));
}

export function formatTime(instant: string | number, timeZone: string, lng: string, withZone = false): string {
  return new Intl.DateTimeFormat(intlLocale(lng), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(withZone ? { timeZoneName: 'short' as const } : {}),
  }).format(new Date(instant));
}

/** "Puerto Rico Time (America/Puerto_Rico)" in the UI language. */
export function zoneLabel(timeZone: string, lng: string): string {
  try {
    const name = new Intl.DateTimeFormat(intlLocale(lng), { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    const id = timeZone.replace(/_/g, ' ');
    // Zones without a name of their own (UTC, Etc/GMT+4) come out as bare offsets: the id says more.
    return name && name !== timeZone && !/^(GMT|UTC)([+−-]|$)/.test(name) ? `${name} (${id})` : id;
  } catch {
    return timeZone;
  }
}

/** "90 min" in the UI language (plain `en`: en-GB writes "90 mins"). */
export function formatMinutes(minutes: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}

/** A language's name in the UI language (en -> "anglais" in French; "Anglais" as a label). */
export function languageName(code: string, lng: string, asLabel = false): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([intlLocale(lng)], { type: 'language' }).of(code) ?? code;
  } catch {
    // an unknown code stays as it is
  }
  return asLabel ? name.charAt(0).toLocaleUpperCase(intlLocale(lng)) + name.slice(1) : name;
}

/** Every IANA zone the runtime knows, for the zone picker. */
export function timeZoneNames(): string[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : ['UTC'];
}
