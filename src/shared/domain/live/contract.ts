import { z } from 'zod';
import { channel } from '../../channel';
import { byId, id, isoDate, optionalText, text, type RowMeta } from '../common';
import type { AgendaItem, MeetingSummary } from '../meetings/contract';

// The live session: a meeting run from the laptop. Attendance and quorum, the running clock per agenda
// item (pause / resume), the speaker queue with a time limit, a note per item, quick capture of
// decisions and action items, deferral to a later meeting, close / reopen, and the projector view.
//
// Time is the main process's clock: every start / stop is stored as a UTC instant, and `live.state`
// returns `now` so the renderer counts on from the same clock (see ./time.ts). A reload or a crash
// resumes with the right elapsed times.

export const ATTENDANCE_STATUSES = ['present', 'remote', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** normal: in turn; point_of_order: goes to the front; direct_reply: right after the current speaker. */
export const SPEAKER_KINDS = ['normal', 'point_of_order', 'direct_reply'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export const SPEAKER_STATUSES = ['queued', 'speaking', 'done', 'removed'] as const;
export type SpeakerStatus = (typeof SPEAKER_STATUSES)[number];

/**
 * How a new normal request is placed. `none`: at the end. The balanced ones interleave: `not_spoken`
 * puts those who have not spoken yet on this item before those who have; `sub_region` / `gender` take
 * turns among groups, in order of request.
 */
export const QUEUE_POLICIES = ['none', 'not_spoken', 'sub_region', 'gender'] as const;
export type QueuePolicy = (typeof QUEUE_POLICIES)[number];

/**
 * Quorum of the session. `majority_of_members`: more than half of the voting members of the body
 * (current role holders on the meeting's date); `majority_of_accredited_als`: more than half of the
 * RALO's accredited ALSs, an ALS counting when one of its members is present or remote, or its proxy is
 * held; `none`: no quorum.
 */
export const QUORUM_RULES = ['none', 'majority_of_members', 'majority_of_accredited_als'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const ITEM_STATES = ['pending', 'current', 'done', 'deferred'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const ACTION_KINDS = ['action', 'deadline'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Longest per-speaker limit, in seconds (one hour). */
export const MAX_SPEAKER_SECONDS = 3600;

/** One stretch of running time on an agenda item: `endedAt` null while it runs. */
export interface TimerRun {
  startedAt: string;
  endedAt: string | null;
}

export interface LiveSession extends RowMeta {
  meetingId: string;
  openedAt: string;
  closedAt: string | null;
  /** The item the clock runs on; null once every item is done. */
  currentItemId: string | null;
  /** True while paused: no run is open. */
  paused: boolean;
  /** Per-speaker limit in seconds; null: no limit. */
  speakerLimitSeconds: number | null;
  /** Sound a warning at 30 s left and at the end (the renderer plays it). */
  audibleWarning: boolean;
  queuePolicy: QueuePolicy;
  quorumRule: QuorumRule;
}

export interface LiveItem extends AgendaItem {
  state: ItemState;
  runs: TimerRun[];
  note: string;
  /** Set once the item is deferred: where it went. */
  deferredTo: { meetingId: string; itemId: string; title: string; startsAt: string; reason: string | null } | null;
}

export interface Attendance extends RowMeta {
  meetingId: string;
  memberId: string;
  status: AttendanceStatus;
  /** When a late arrival came in (null: there from the start). */
  arrivedAt: string | null;
  /** When an early departure left. */
  leftAt: string | null;
  /** The member who holds this member's proxy (the giver is absent or leaves). */
  proxyHolderId: string | null;
}

/** A line of the attendance sheet: an expected member (role holder / ALS representative) or a guest. */
export interface AttendanceLine {
  memberId: string;
  name: string;
  country: string;
  alsId: string | null;
  alsName: string | null;
  /** Holds a role in the body on the meeting's date (counts for a members quorum). */
  expected: boolean;
  attendance: Attendance | null;
}

export interface Quorum {
  rule: QuorumRule;
  /** Voting members (or accredited ALSs) the quorum is taken over. */
  eligible: number;
  /** How many of them count now (present, remote, or represented by a proxy). */
  counted: number;
  /** How many are needed. */
  required: number;
  reached: boolean;
  /** How many more are needed (0 when reached). */
  missing: number;
}

export interface Speaker extends RowMeta {
  meetingId: string;
  itemId: string;
  memberId: string;
  memberName: string;
  /** What the balanced queue policies compare (the member's, from the directory). */
  subRegion: string | null;
  gender: string | null;
  kind: SpeakerKind;
  status: SpeakerStatus;
  /** Order among the queued of the item (0 first); the speaking one and the done keep their last. */
  position: number;
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

export interface CapturedDecision extends RowMeta {
  meetingId: string;
  itemId: string;
  text: string;
}

export interface ActionItem extends RowMeta {
  meetingId: string;
  itemId: string | null;
  kind: ActionKind;
  text: string;
  ownerMemberId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  done: boolean;
}

/** Everything the session screen and the projector show, in one answer. */
export interface LiveState {
  meeting: MeetingSummary;
  /** null until the session is opened. */
  session: LiveSession | null;
  agenda: LiveItem[];
  /** Items deferred to this meeting from earlier ones, not yet placed on its agenda. */
  backlog: AgendaItem[];
  attendance: AttendanceLine[];
  quorum: Quorum;
  /** The speakers of the current item: the one speaking, then the queue in order, then those done. */
  speakers: Speaker[];
  decisions: CapturedDecision[];
  actions: ActionItem[];
  /** The main process's clock when the state was read (UTC instant). */
  now: string;
}

/** A member to add to the queue or to the attendance sheet (search by a few letters). */
export interface MemberHit {
  id: string;
  name: string;
  country: string;
  alsName: string | null;
  /** Present or remote in this meeting now. */
  inRoom: boolean;
  /** What the balanced queue policies compare, so the screen can place the request at once. */
  subRegion: string | null;
  gender: string | null;
}

const meetingRef = z.strictObject({ meetingId: id });
const instant = z.string().datetime({ offset: true });

export const liveChannels = {
  /**
   * The whole live picture of a meeting (planned, running or closed). `view: 'projector'` leaves out
   * the attendance lines, the backlog, the decisions and the actions (empty lists; the quorum is still
   * counted): the projector reads it again on every change.
   */
  'live.state': channel<LiveState>()(z.strictObject({ meetingId: id, view: z.enum(['full', 'projector']).optional() })),
  /**
   * Opens the session of a planned meeting: the meeting goes in progress, the first item becomes
   * current and its clock starts. The quorum rule defaults from the body (a RALO: accredited ALSs).
   */
  'live.open': channel<LiveState>()(meetingRef),
  'live.pause': channel<LiveState>()(meetingRef),
  'live.resume': channel<LiveState>()(meetingRef),
  /** Ends the current item (done) and starts the clock on the next pending one. */
  'live.nextItem': channel<LiveState>()(meetingRef),
  /** Makes a pending or done item current (the clock moves to it). */
  'live.setCurrentItem': channel<LiveState>()(z.strictObject({ meetingId: id, itemId: id })),
  'live.settings': channel<LiveState>()(
    z.strictObject({
      meetingId: id,
      speakerLimitSeconds: z.number().int().min(10).max(MAX_SPEAKER_SECONDS).nullable().optional(),
      audibleWarning: z.boolean().optional(),
      queuePolicy: z.enum(QUEUE_POLICIES).optional(),
      quorumRule: z.enum(QUORUM_RULES).optional(),
    }),
  ),
  /**
   * Closes the session and the meeting; what was recorded is then locked. `defer` sends the listed
   * unreached items to another meeting in the same step (see `agenda.defer`).
   */
  'live.close': channel<LiveState>()(
    z.strictObject({
      meetingId: id,
      defer: z
        .strictObject({ itemIds: z.array(id).min(1).max(500), toMeetingId: id.optional(), reason: optionalText(500) })
        .optional(),
    }),
  ),
  /** Reopens a closed meeting for corrections; the reason is journaled. */
  'live.reopen': channel<LiveState>()(z.strictObject({ meetingId: id, reason: text(500) })),

  /** Sets a member's attendance. A late arrival is `present`/`remote` with `arrivedAt`. */
  'attendance.set': channel<LiveState>()(
    z.strictObject({
      meetingId: id,
      memberId: id,
      status: z.enum(ATTENDANCE_STATUSES),
      arrivedAt: instant.nullable().optional(),
    }),
  ),
  /** An early departure: the member leaves at `at` (default now). */
  'attendance.depart': channel<LiveState>()(z.strictObject({ meetingId: id, memberId: id, at: instant.optional() })),
  /** `giverId`'s proxy is held by `holderId` (null: withdrawn). One proxy held per member, one given. */
  'attendance.proxy': channel<LiveState>()(z.strictObject({ meetingId: id, giverId: id, holderId: id.nullable() })),
  /** Members matching a few letters (accents and case ignored), those in the room first. */
  'attendance.search': channel<MemberHit[]>()(
    z.strictObject({ meetingId: id, query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).optional() }),
  ),

  /**
   * Adds a request to speak on the current item (or `itemId`). A member not in the room is refused
   * (`speaker_not_present`) unless `confirmAbsent`; a recused member is refused with the reason.
   */
  'speakers.add': channel<LiveState>()(
    z.strictObject({
      meetingId: id,
      memberId: id,
      kind: z.enum(SPEAKER_KINDS).optional(),
      itemId: id.optional(),
      confirmAbsent: z.boolean().optional(),
    }),
  ),
  /** The current speaker is done; the first queued one starts speaking. */
  'speakers.next': channel<LiveState>()(meetingRef),
  /** The current speaker is done; nobody starts. */
  'speakers.stop': channel<LiveState>()(meetingRef),
  /** Moves a queued request to `position` among the queued of its item. */
  'speakers.move': channel<LiveState>()(z.strictObject({ id, position: z.number().int().min(0).max(10_000) })),
  'speakers.remove': channel<LiveState>()(byId),

  /** Saves the note of an item (the whole text; called as the secretary types, debounced). */
  'notes.save': channel<{ itemId: string; updatedAt: string }>()(z.strictObject({ itemId: id, text: z.string().max(100_000) })),
  'decisions.capture': channel<CapturedDecision>()(z.strictObject({ meetingId: id, itemId: id.optional(), text: text(2000) })),
  'actions.capture': channel<ActionItem>()(
    z.strictObject({
      meetingId: id,
      itemId: id.optional(),
      kind: z.enum(ACTION_KINDS).optional(),
      text: text(2000),
      ownerMemberId: id.nullable().optional(),
      dueOn: isoDate.nullable().optional(),
    }),
  ),

  /**
   * Defers an item, with a reason, to `toMeetingId` or else the next meeting of the same body: a copy
   * lands in that meeting's backlog with a link back, and the original shows "deferred to …". A meeting
   * in the past or closed is refused.
   */
  'agenda.defer': channel<LiveState>()(z.strictObject({ id, toMeetingId: id.optional(), reason: optionalText(500) })),
  /**
   * Shows the projector view of the meeting in a second window (on a second screen when there is
   * one); `opened` false where the shell has no windows (tests). The view follows through `live.changed`.
   */
  'live.projector': channel<{ opened: boolean }>()(meetingRef),

  /** Places a backlog item at the end of its meeting's agenda. */
  'agenda.schedule': channel<AgendaItem>()(byId),
};
