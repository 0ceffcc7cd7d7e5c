import type { liveChannels, QuorumRule } from '../../../shared/domain/live/contract';
import { DomainError } from '../../../shared/errors';
import { getRow, insert, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { agendaRows, liveMeeting } from '../meetings/handlers';
import { deferItems, deferrableItems, resolveTarget } from './defer';
import { agendaItemOf, changed, nowIso, openSession, sessionOf } from './rows';
import { liveState } from './state';

// The session's life and its clock: open, pause / resume, next item, jump to an item, settings,
// close (with the deferral of unreached items) and reopen. The clock is a list of timer runs per
// item, stored with the main process's time; at most one run is open (a unique index holds it).

type H = HandlersFor<typeof liveChannels>;

/** A RALO counts its accredited ALSs; the ALAC and committees their voting members; others have no quorum. */
export function defaultQuorumRule(bodyKind: string): QuorumRule {
  if (bodyKind === 'ralo') return 'majority_of_accredited_als';
  if (bodyKind === 'alac' || bodyKind === 'committee') return 'majority_of_members';
  return 'none';
}

export function openRun(ctx: Ctx, meetingId: string): Row | undefined {
  return ctx.db.prepare('SELECT * FROM timer_runs WHERE meeting_id = ? AND ended_at IS NULL AND deleted_at IS NULL').get(meetingId) as Row | undefined;
}

/** Closes the open run, if any; tells whether the clock was running. */
export function stopClock(ctx: Ctx, meetingId: string, at: string): boolean {
  const run = openRun(ctx, meetingId);
  // A system clock set back mid-run never makes a negative run.
  if (run) update(ctx, 'timer_runs', run.id as string, { ended_at: at < (run.started_at as string) ? (run.started_at as string) : at });
  return run !== undefined;
}

export function startClock(ctx: Ctx, meetingId: string, itemId: string, at: string): void {
  insert(ctx, 'timer_runs', { meeting_id: meetingId, item_id: itemId, started_at: at, ended_at: null });
}

/** The one speaking (on any item of the meeting) has finished. */
export function endSpeaker(ctx: Ctx, meetingId: string, at: string): boolean {
  const speaking = ctx.db.prepare("SELECT id FROM speakers WHERE meeting_id = ? AND status = 'speaking' AND deleted_at IS NULL").all(meetingId) as { id: string }[];
  for (const s of speaking) update(ctx, 'speakers', s.id, { status: 'done', ended_at: at });
  return speaking.length > 0;
}

/** The items the clock runs on, in agenda order: those without sub-items (a heading is not timed). */
export function leaves(ctx: Ctx, meetingId: string): Row[] {
  const rows = agendaRows(ctx, meetingId);
  const parents = new Set(rows.map((r) => r.parent_id as string | null).filter((p) => p !== null));
  return rows.filter((r) => !parents.has(r.id as string));
}

/** The first pending item after `afterId` in agenda order, else the first pending one. */
export function nextPending(ctx: Ctx, meetingId: string, afterId: string | null): Row | undefined {
  const all = leaves(ctx, meetingId);
  const from = afterId === null ? -1 : all.findIndex((r) => r.id === afterId);
  return all.slice(from + 1).find((r) => r.state === 'pending') ?? all.find((r) => r.state === 'pending');
}

const hasRuns = (ctx: Ctx, itemId: string) =>
  ctx.db.prepare('SELECT 1 FROM timer_runs WHERE item_id = ? AND deleted_at IS NULL LIMIT 1').get(itemId) !== undefined;

/**
 * Moves the session to `nextId` (or to no item): the clock stops, the speaker finishes, the previous
 * item is done when it ran (or as `leaveAs` says), and the clock starts on the next one when `run`.
 */
export function moveCurrent(ctx: Ctx, session: Row, nextId: string | null, at: string, opts: { run: boolean; leaveAs?: 'done' | 'auto' }): void {
  const meetingId = session.meeting_id as string;
  stopClock(ctx, meetingId, at);
  endSpeaker(ctx, meetingId, at);
  const prev = (session.current_item_id as string | null) ?? null;
  if (prev !== null) {
    const item = getRow(ctx, 'agenda_items', prev);
    if (item && item.state === 'current') {
      const state = opts.leaveAs === 'done' || hasRuns(ctx, prev) ? 'done' : 'pending';
      update(ctx, 'agenda_items', prev, { state });
    }
  }
  update(ctx, 'live_sessions', session.id as string, { current_item_id: nextId });
  if (nextId !== null) {
    update(ctx, 'agenda_items', nextId, { state: 'current' });
    if (opts.run) startClock(ctx, meetingId, nextId, at);
  }
}

export const sessionHandlers: Pick<
  H,
  'live.state' | 'live.open' | 'live.pause' | 'live.resume' | 'live.nextItem' | 'live.setCurrentItem' | 'live.settings' | 'live.close' | 'live.reopen' | 'live.projector'
> = {
  'live.state': ({ meetingId, view }, ctx) => liveState(ctx, meetingId, view),

  'live.open': ({ meetingId }, ctx) => {
    const meeting = liveMeeting(ctx, meetingId, 'meetingId');
    if (meeting.status === 'closed') throw new DomainError('meeting_closed', `meeting ${meetingId} is closed`, 'meetingId');
    if (meeting.status !== 'planned' || sessionOf(ctx, meetingId)) throw new DomainError('session_already_open', `meeting ${meetingId} is already in progress`, 'meetingId');
    const body = getRow(ctx, 'bodies', meeting.body_id as string)!;
    const at = nowIso(ctx);
    const first = nextPending(ctx, meetingId, null);
    insert(ctx, 'live_sessions', {
      meeting_id: meetingId,
      opened_at: at,
      closed_at: null,
      current_item_id: first ? (first.id as string) : null,
      speaker_limit_seconds: null,
      audible_warning: false,
      queue_policy: 'none',
      quorum_rule: defaultQuorumRule(body.kind as string),
    });
    update(ctx, 'meetings', meetingId, { status: 'in_progress' });
    if (first) {
      update(ctx, 'agenda_items', first.id as string, { state: 'current' });
      startClock(ctx, meetingId, first.id as string, at);
    }
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.pause': ({ meetingId }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    if (session.current_item_id === null) throw new DomainError('no_current_item', 'No agenda item is current', 'meetingId');
    if (!stopClock(ctx, meetingId, nowIso(ctx))) throw new DomainError('session_paused', 'The session is already paused', 'meetingId');
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.resume': ({ meetingId }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    if (session.current_item_id === null) throw new DomainError('no_current_item', 'No agenda item is current', 'meetingId');
    if (openRun(ctx, meetingId)) throw new DomainError('session_running', 'The clock is already running', 'meetingId');
    startClock(ctx, meetingId, session.current_item_id as string, nowIso(ctx));
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.nextItem': ({ meetingId }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    const current = (session.current_item_id as string | null) ?? null;
    // The current item ends now (it becomes done before the next pending one is looked for).
    const next = nextPending(ctx, meetingId, current);
    if (current === null && !next) throw new DomainError('no_next_item', 'Every item has been dealt with', 'meetingId');
    moveCurrent(ctx, session, next ? (next.id as string) : null, nowIso(ctx), { run: true, leaveAs: 'done' });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.setCurrentItem': ({ meetingId, itemId }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    const item = agendaItemOf(ctx, meetingId, itemId);
    if (item.state === 'deferred') throw new DomainError('item_deferred', 'The item was deferred', 'itemId');
    const hasChildren = ctx.db.prepare('SELECT 1 FROM agenda_items WHERE parent_id = ? AND deleted_at IS NULL AND backlog = 0 LIMIT 1').get(itemId);
    if (hasChildren) throw new DomainError('item_has_sub_items', 'A heading with sub-items is not timed; choose a sub-item', 'itemId');
    if (session.current_item_id === itemId) return liveState(ctx, meetingId);
    // A running clock moves to the item; a paused session stays paused; after the last item it starts.
    const run = session.current_item_id === null || openRun(ctx, meetingId) !== undefined;
    moveCurrent(ctx, session, itemId, nowIso(ctx), { run, leaveAs: 'auto' });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.settings': ({ meetingId, speakerLimitSeconds, audibleWarning, queuePolicy, quorumRule }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    update(ctx, 'live_sessions', session.id as string, {
      speaker_limit_seconds: speakerLimitSeconds,
      audible_warning: audibleWarning,
      queue_policy: queuePolicy,
      quorum_rule: quorumRule,
    });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.close': ({ meetingId, defer }, ctx) => {
    const { meeting, session } = openSession(ctx, meetingId);
    // Every check before the first write.
    const toDefer = defer ? deferrableItems(ctx, meetingId, defer.itemIds, (n) => `defer.itemIds.${n}`) : [];
    const target = defer ? resolveTarget(ctx, meeting, defer.toMeetingId, 'defer.toMeetingId') : null;
    const at = nowIso(ctx);
    stopClock(ctx, meetingId, at);
    endSpeaker(ctx, meetingId, at);
    const current = (session.current_item_id as string | null) ?? null;
    const deferred = new Set(toDefer.map((r) => r.id));
    if (current !== null && !deferred.has(current)) update(ctx, 'agenda_items', current, { state: 'done' });
    update(ctx, 'live_sessions', session.id as string, { current_item_id: null, closed_at: at });
    if (target) deferItems(ctx, toDefer, target, defer?.reason ?? null);
    update(ctx, 'meetings', meetingId, { status: 'closed' });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.reopen': ({ meetingId, reason }, ctx) => {
    const meeting = liveMeeting(ctx, meetingId, 'meetingId');
    if (meeting.status !== 'closed') throw new DomainError('meeting_not_closed', `meeting ${meetingId} is not closed`, 'meetingId');
    const at = nowIso(ctx);
    // Journaled on the meeting: status closed -> in_progress, with the reason.
    update(ctx, 'meetings', meetingId, { status: 'in_progress', reopen_reason: reason });
    const session = sessionOf(ctx, meetingId);
    if (session) update(ctx, 'live_sessions', session.id as string, { closed_at: null });
    else {
      const body = getRow(ctx, 'bodies', meeting.body_id as string)!;
      insert(ctx, 'live_sessions', {
        meeting_id: meetingId,
        opened_at: at,
        closed_at: null,
        current_item_id: null,
        speaker_limit_seconds: null,
        audible_warning: false,
        queue_policy: 'none',
        quorum_rule: defaultQuorumRule(body.kind as string),
      });
    }
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'live.projector': ({ meetingId }, ctx) => {
    if (!getRow(ctx, 'meetings', meetingId)) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'meetingId');
    return { opened: ctx.shell?.openProjector(meetingId) ?? false };
  },
};
