import type { liveChannels } from '../../../shared/domain/live/contract';
import { DomainError } from '../../../shared/errors';
import { insert, requireRow, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { compact, itemById, liveMeeting, openMeeting } from '../meetings/handlers';
import { changed, nowIso, sessionOf } from './rows';
import { moveCurrent, nextPending, openRun } from './session';
import { liveState } from './state';

// Deferral: an item not dealt with goes, with a reason, to a later meeting. A copy lands in that
// meeting's backlog (off its agenda) with a link back; the original is `deferred` with a link to the
// copy. `agenda.schedule` then places the copy at the end of the target's agenda.

type H = HandlersFor<typeof liveChannels>;

/**
 * The meeting items go to: `toMeetingId`, or the next planned meeting of the same body starting
 * after this one and after now. Refused: the same meeting, a closed one, one already started.
 */
export function resolveTarget(ctx: Ctx, meeting: Row, toMeetingId: string | undefined, field = 'toMeetingId'): Row {
  const now = nowIso(ctx);
  if (toMeetingId !== undefined) {
    if (toMeetingId === meeting.id) throw new DomainError('defer_same_meeting', 'An item cannot be deferred to its own meeting', field);
    const target = liveMeeting(ctx, toMeetingId, field);
    if (target.status === 'closed') throw new DomainError('defer_target_closed', `meeting ${toMeetingId} is closed`, field);
    if ((target.starts_at as string) <= now || target.status !== 'planned') {
      throw new DomainError('defer_target_past', `meeting ${toMeetingId} has already started`, field);
    }
    return target;
  }
  const next = ctx.db
    .prepare(
      `SELECT * FROM meetings WHERE body_id = @body AND id <> @id AND deleted_at IS NULL AND status = 'planned'
          AND starts_at > @start AND starts_at > @now ORDER BY starts_at, id LIMIT 1`,
    )
    .get({ body: meeting.body_id, id: meeting.id, start: meeting.starts_at, now }) as Row | undefined;
  if (!next) throw new DomainError('defer_no_next_meeting', 'This body has no later meeting to defer to', field);
  return next;
}

/** An item that can be deferred: on the agenda (not a backlog copy), not yet dealt with. */
function checkDeferrable(item: Row, field: string): void {
  if (item.backlog === 1 || (item.state !== 'pending' && item.state !== 'current')) {
    throw new DomainError('item_not_deferrable', `item ${item.id as string} is ${item.state as string}`, field);
  }
}

/** The listed items of `meetingId`, each checked (`fieldOf(n)` names the n-th); a sub-item listed with its heading goes with it. */
export function deferrableItems(ctx: Ctx, meetingId: string, ids: readonly string[], fieldOf: (n: number) => string): Row[] {
  const rows = ids.map((id, n) => {
    const item = requireRow(ctx, 'agenda_items', id, fieldOf(n));
    if (item.meeting_id !== meetingId) throw new DomainError('not_found', `item ${id} is not on this meeting's agenda`, fieldOf(n));
    checkDeferrable(item, fieldOf(n));
    // A heading goes with what is left of it: nothing left, nothing to defer.
    const kids = ctx.db.prepare('SELECT state FROM agenda_items WHERE parent_id = ? AND deleted_at IS NULL').pluck().all(id) as string[];
    if (kids.length > 0 && !kids.some((k) => k === 'pending' || k === 'current')) {
      throw new DomainError('item_not_deferrable', `every sub-item of ${id} has been dealt with`, fieldOf(n));
    }
    return item;
  });
  const listed = new Set(ids);
  const seen = new Set<string>();
  return rows.filter((r) => !(r.parent_id !== null && listed.has(r.parent_id as string)) && !seen.has(r.id as string) && seen.add(r.id as string));
}

function copyInto(ctx: Ctx, item: Row, target: Row, parentId: string | null, position: number, reason: string | null): string {
  const copy = insert(ctx, 'agenda_items', {
    meeting_id: target.id as string,
    parent_id: parentId,
    position,
    title: item.title as string,
    presenter: item.presenter as string | null,
    presenter_member_id: item.presenter_member_id as string | null,
    planned_minutes: item.planned_minutes as number,
    kind: item.kind as string,
    backlog: 1,
    deferred_from_id: item.id as string,
    deferral_reason: reason,
  });
  update(ctx, 'agenda_items', item.id as string, { state: 'deferred', deferred_to_item_id: copy.id as string, deferral_reason: reason });
  return copy.id as string;
}

/**
 * Defers checked items to `target`: each lands at the end of its backlog, a heading with its sub-items
 * not yet dealt with. When the current item goes, the session moves on to the next pending one.
 */
export function deferItems(ctx: Ctx, items: readonly Row[], target: Row, reason: string | null): void {
  if (items.length === 0) return;
  const meetingId = items[0].meeting_id as string;
  const session = sessionOf(ctx, meetingId);
  const current = (session?.current_item_id as string | null | undefined) ?? null;
  const running = openRun(ctx, meetingId) !== undefined;
  let { n: position } = ctx.db
    .prepare('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL AND backlog = 1 AND deleted_at IS NULL')
    .get(target.id) as { n: number };
  let currentGone = false;
  for (const item of items) {
    const copyId = copyInto(ctx, item, target, null, position++, reason);
    if (item.id === current) currentGone = true;
    const children = ctx.db
      .prepare("SELECT * FROM agenda_items WHERE parent_id = ? AND deleted_at IS NULL AND state IN ('pending', 'current') ORDER BY position, id")
      .all(item.id) as Row[];
    children.forEach((child, n) => {
      copyInto(ctx, child, target, copyId, n, reason);
      if (child.id === current) currentGone = true;
    });
  }
  if (currentGone && session) {
    // The deferred item is no longer discussed: the next pending one becomes current.
    const next = nextPending(ctx, meetingId, current);
    moveCurrent(ctx, { ...session, current_item_id: null }, next ? (next.id as string) : null, nowIso(ctx), { run: running });
  }
  changed(ctx, target.id as string);
  changed(ctx, meetingId);
}

export const deferHandlers: Pick<H, 'agenda.defer' | 'agenda.schedule'> = {
  'agenda.defer': ({ id, toMeetingId, reason }, ctx) => {
    const item = requireRow(ctx, 'agenda_items', id);
    const meeting = openMeeting(ctx, item.meeting_id as string);
    const [checked] = deferrableItems(ctx, meeting.id as string, [id], () => 'id');
    const target = resolveTarget(ctx, meeting, toMeetingId);
    deferItems(ctx, [checked], target, reason ?? null);
    return liveState(ctx, meeting.id as string);
  },

  'agenda.schedule': ({ id }, ctx) => {
    const asked = requireRow(ctx, 'agenda_items', id);
    if (asked.backlog !== 1) throw new DomainError('item_not_in_backlog', `item ${id} is not in a backlog`, 'id');
    const meetingId = asked.meeting_id as string;
    openMeeting(ctx, meetingId);
    // A sub-item goes with its heading.
    const top = asked.parent_id === null ? asked : requireRow(ctx, 'agenda_items', asked.parent_id as string);
    const { n } = ctx.db
      .prepare('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL AND backlog = 0 AND deleted_at IS NULL')
      .get(meetingId) as { n: number };
    update(ctx, 'agenda_items', top.id as string, { backlog: 0, position: n });
    const children = ctx.db.prepare('SELECT id FROM agenda_items WHERE parent_id = ? AND deleted_at IS NULL').all(top.id) as { id: string }[];
    for (const c of children) update(ctx, 'agenda_items', c.id, { backlog: 0 });
    compact(ctx, meetingId, null, 1);
    changed(ctx, meetingId);
    return itemById(ctx, id);
  },
};
