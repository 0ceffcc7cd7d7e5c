import { z } from 'zod';
import { channel } from '../../channel';
import { byId, id, isoDate, optionalText, text, timeZone, type RowMeta } from '../common';
import { canonicalTimeZone, isInstant, isLocalDateTime } from './time';

// Meetings of a body and their agendas. Times are stored as UTC instants; a meeting carries its IANA
// time zone. The form speaks the meeting's wall-clock time: `startsAt` / `endsAt` accept either an
// instant (with `Z` or an offset) or a wall time `YYYY-MM-DDTHH:mm` read in the meeting's zone.

export const MEETING_KINDS = ['call', 'face_to_face', 'hybrid'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATUSES = ['planned', 'in_progress', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const AGENDA_KINDS = ['information', 'discussion', 'decision'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
/** Interpretation languages offered: ICANN's six UN languages and Portuguese (LACRALO). */
export const INTERPRETATION_LANGUAGES = ['en', 'es', 'fr', 'pt', 'ar', 'ru', 'zh'] as const;
export type InterpretationLanguage = (typeof INTERPRETATION_LANGUAGES)[number];

/** Longest meeting (a multi-day face-to-face session) and longest agenda item, in minutes. */
export const MAX_MEETING_MINUTES = 14 * 24 * 60;
export const MAX_ITEM_MINUTES = 24 * 60;

export interface Meeting extends RowMeta {
  bodyId: string;
  title: string;
  kind: MeetingKind;
  /** UTC instants (ISO 8601, `Z`). */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  interpretationLanguages: InterpretationLanguage[];
  status: MeetingStatus;
}

/** A meeting in a list: its body's names and its agenda's size. */
export interface MeetingSummary extends Meeting {
  bodyName: string;
  bodyShortName: string;
  itemCount: number;
  plannedMinutes: number;
}

export interface AgendaItem extends RowMeta {
  meetingId: string;
  parentId: string | null;
  /** 0, 1, 2… among its siblings. */
  position: number;
  title: string;
  presenter: string | null;
  presenterMemberId: string | null;
  plannedMinutes: number;
  kind: AgendaKind;
  /**
   * Set on an item deferred here from an earlier meeting: the link back (null otherwise). Always
   * filled by the core; optional only so that hand-written fixtures need not spell it.
   */
  deferredFrom?: { meetingId: string; itemId: string; title: string; startsAt: string; reason: string | null } | null;
}

export interface MeetingDetail {
  meeting: MeetingSummary;
  /** Live items, top-level by position each followed by its sub-items by position. */
  agenda: AgendaItem[];
  /** Items deferred to this meeting from earlier ones, not yet placed on its agenda (see `agenda.schedule`). */
  backlog: AgendaItem[];
}

export interface PresenterOption {
  id: string;
  name: string;
}

/** An instant, or a wall time in the meeting's zone. */
export const meetingTime = z
  .string()
  .trim()
  .min(1)
  .refine((s) => isInstant(s) || isLocalDateTime(s), {
    params: { code: 'invalid_format' },
    message: 'Expected an ISO instant or a wall time YYYY-MM-DDTHH:mm',
  });

/** A valid IANA zone, stored under its canonical name. */
export const meetingTimeZone = timeZone.transform(canonicalTimeZone);

const durationMinutes = z.number().int().min(1).max(MAX_MEETING_MINUTES);
const kind = z.enum(MEETING_KINDS);
const status = z.enum(MEETING_STATUSES);
const interpretationLanguages = z.array(z.enum(INTERPRETATION_LANGUAGES)).max(INTERPRETATION_LANGUAGES.length);
const plannedMinutes = z.number().int().min(0).max(MAX_ITEM_MINUTES);

const meetingFields = {
  bodyId: id,
  title: text(200),
  kind,
  startsAt: meetingTime,
  /** Either the end, or the planned duration. */
  endsAt: meetingTime.optional(),
  durationMinutes: durationMinutes.optional(),
  timeZone: meetingTimeZone,
  location: optionalText(200),
  interpretationLanguages: interpretationLanguages.optional(),
  status: status.optional(),
};

const notBoth = (v: { endsAt?: string; durationMinutes?: number }) => v.endsAt === undefined || v.durationMinutes === undefined;
const notBothIssue = {
  params: { code: 'end_or_duration' },
  path: ['durationMinutes'],
  message: 'Give either endsAt or durationMinutes, not both',
};

export const createMeetingInput = z
  .strictObject(meetingFields)
  .refine((v) => v.endsAt !== undefined || v.durationMinutes !== undefined, {
    params: { code: 'required' },
    path: ['endsAt'],
    message: 'Give endsAt or durationMinutes',
  })
  .refine(notBoth, notBothIssue);

export const updateMeetingInput = z
  .strictObject({
    id,
    bodyId: id.optional(),
    title: text(200).optional(),
    kind: kind.optional(),
    startsAt: meetingTime.optional(),
    endsAt: meetingTime.optional(),
    durationMinutes: durationMinutes.optional(),
    timeZone: meetingTimeZone.optional(),
    location: optionalText(200),
    interpretationLanguages: interpretationLanguages.optional(),
    status: status.optional(),
  })
  .refine(notBoth, notBothIssue);

export const duplicateMeetingInput = z
  .strictObject({
    id,
    /** The copy starts this many days later, at the same wall-clock time in the meeting's zone… */
    days: z.number().int().min(1).max(3660).optional(),
    /** …or on this date, at the same wall-clock time. */
    startsOn: isoDate.optional(),
    title: text(200).optional(),
  })
  .refine((v) => v.days !== undefined || v.startsOn !== undefined, { params: { code: 'required' }, path: ['days'], message: 'Give days or startsOn' })
  .refine((v) => v.days === undefined || v.startsOn === undefined, {
    params: { code: 'days_or_date' },
    path: ['startsOn'],
    message: 'Give either days or startsOn, not both',
  });

export const meetingsChannels = {
  'meetings.list': channel<MeetingSummary[]>()(
    z.strictObject({ bodyId: id.optional(), includeArchived: z.boolean().optional() }),
  ),
  /** A meeting (archived ones too) with its live agenda in order. */
  'meetings.get': channel<MeetingDetail>()(byId),
  'meetings.create': channel<Meeting>()(createMeetingInput),
  /** Changes the given fields. A new start alone keeps the meeting's duration. */
  'meetings.update': channel<Meeting>()(updateMeetingInput),
  'meetings.archive': channel<Meeting>()(byId),
  'meetings.restore': channel<Meeting>()(byId),
  /** A copy as a template for the next meeting: same slot length and agenda, status planned. */
  'meetings.duplicate': channel<Meeting>()(duplicateMeetingInput),

  'agenda.add': channel<AgendaItem>()(
    z.strictObject({
      meetingId: id,
      /** A top-level item of the same meeting, to add a sub-item; none for a top-level item. */
      parentId: id.nullable().optional(),
      title: text(300),
      presenter: optionalText(200),
      presenterMemberId: id.nullable().optional(),
      plannedMinutes,
      kind: z.enum(AGENDA_KINDS),
    }),
  ),
  'agenda.update': channel<AgendaItem>()(
    z.strictObject({
      id,
      title: text(300).optional(),
      presenter: optionalText(200),
      presenterMemberId: id.nullable().optional(),
      plannedMinutes: plannedMinutes.optional(),
      kind: z.enum(AGENDA_KINDS).optional(),
    }),
  ),
  /** Archives the item and its sub-items; the siblings close the gap. */
  'agenda.remove': channel<AgendaItem[]>()(byId),
  /**
   * Moves an item to `position` among the children of `parentId` (null: top level), rewriting the
   * positions of its old and new siblings in one transaction. Returns the whole agenda in order.
   */
  'agenda.move': channel<AgendaItem[]>()(
    z.strictObject({ id, parentId: id.nullable(), position: z.number().int().min(0).max(10_000) }),
  ),
  /** Members who can be picked as presenters (live members, by name). */
  'agenda.presenters': channel<PresenterOption[]>()(z.strictObject({})),
};
