import type { AttendanceLine, ItemState, LiveItem, LiveState, QuorumRule, TimerRun } from '../../../shared/domain/live/contract';
import { computeQuorum, NON_VOTING_ROLES } from '../../../shared/domain/live/quorum';
import { utcToLocal } from '../../../shared/domain/meetings/time';
import { DomainError } from '../../../shared/errors';
import { getRow, type Ctx, type Row } from '../../db/repo';
import { fold } from '../directory/rows';
import { agendaRows, backlogOf, summary, toItem } from '../meetings/handlers';
import { toAction, toAttendance, toDecision, toSession, toSpeaker } from './rows';
import { defaultQuorumRule } from './session';

// `live.state`: everything the session screen and the projector show, read in one transaction.

function group<T>(rows: Row[], key: string, map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = r[key] as string;
    const list = out.get(k) ?? [];
    list.push(map(r));
    out.set(k, list);
  }
  return out;
}

function agenda(ctx: Ctx, meetingId: string): LiveItem[] {
  const rows = agendaRows(ctx, meetingId);
  const runs = group(
    ctx.db.prepare('SELECT item_id, started_at, ended_at FROM timer_runs WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY started_at, id').all(meetingId) as Row[],
    'item_id',
    (r): TimerRun => ({ startedAt: r.started_at as string, endedAt: (r.ended_at as string | null) ?? null }),
  );
  const notes = new Map(
    (ctx.db.prepare('SELECT item_id, text FROM agenda_notes WHERE meeting_id = ? AND deleted_at IS NULL').all(meetingId) as { item_id: string; text: string }[]).map((n) => [
      n.item_id,
      n.text,
    ]),
  );
  const deferredTo = new Map(
    (
      ctx.db
        .prepare(
          `SELECT a.id, t.id AS item_id, tm.id AS meeting_id, tm.title, tm.starts_at, a.deferral_reason
             FROM agenda_items a JOIN agenda_items t ON t.id = a.deferred_to_item_id JOIN meetings tm ON tm.id = t.meeting_id
            WHERE a.meeting_id = ? AND a.deferred_to_item_id IS NOT NULL`,
        )
        .all(meetingId) as Row[]
    ).map((r) => [
      r.id as string,
      {
        meetingId: r.meeting_id as string,
        itemId: r.item_id as string,
        title: r.title as string,
        startsAt: r.starts_at as string,
        reason: (r.deferral_reason as string | null) ?? null,
      },
    ]),
  );
  // A heading takes its state from its sub-items (unless it was deferred itself).
  const children = group(rows.filter((r) => r.parent_id !== null), 'parent_id', (r) => r.state as ItemState);
  const headingState = (own: ItemState, kids: ItemState[] | undefined): ItemState => {
    if (!kids || own === 'deferred') return own;
    if (kids.includes('current')) return 'current';
    if (kids.every((k) => k === 'deferred')) return 'deferred';
    if (kids.every((k) => k === 'done' || k === 'deferred')) return 'done';
    return 'pending';
  };
  return rows.map((r) => ({
    ...toItem(r),
    state: headingState(r.state as ItemState, children.get(r.id as string)),
    runs: runs.get(r.id as string) ?? [],
    note: notes.get(r.id as string) ?? '',
    deferredTo: deferredTo.get(r.id as string) ?? null,
  }));
}

/** Expected members (role holders in the body on the meeting's date), then anyone else checked in. */
function attendance(ctx: Ctx, meeting: Row, now: number, rule: QuorumRule) {
  const day = utcToLocal(meeting.starts_at as string, meeting.time_zone as string).slice(0, 10);
  // The body's role holders with their names in one pass; then anyone else on the sheet (guests).
  const holders = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.country, m.als_id, a.name AS als_name, group_concat(r.role) AS roles
         FROM roles r JOIN members m ON m.id = r.member_id LEFT JOIN als a ON a.id = m.als_id
        WHERE r.body_id = @body AND r.deleted_at IS NULL AND m.deleted_at IS NULL AND r.starts_on <= @day AND (r.ends_on IS NULL OR r.ends_on >= @day)
        GROUP BY m.id`,
    )
    .all({ body: meeting.body_id, day }) as Row[];
  const expected = new Set(holders.map((h) => h.id as string));
  const voting = holders.filter((h) => (h.roles as string).split(',').some((role) => !NON_VOTING_ROLES.includes(role))).map((h) => h.id as string);
  const records = new Map(
    (ctx.db.prepare('SELECT * FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL').all(meeting.id) as Row[]).map((r) => [r.member_id as string, toAttendance(r)]),
  );
  const guests = [...records.keys()].filter((id) => !expected.has(id));
  const members = guests.length
    ? holders.concat(
        ctx.db
          .prepare(
            `SELECT m.id, m.name, m.country, m.als_id, a.name AS als_name FROM members m LEFT JOIN als a ON a.id = m.als_id
              WHERE m.id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(guests)) as Row[],
      )
    : holders;
  const lines: AttendanceLine[] = members
    .map((m) => ({
      memberId: m.id as string,
      name: m.name as string,
      country: m.country as string,
      alsId: (m.als_id as string | null) ?? null,
      alsName: (m.als_name as string | null) ?? null,
      expected: expected.has(m.id as string),
      attendance: records.get(m.id as string) ?? null,
    }))
    .map((l) => ({ l, key: fold(l.name) }))
    .sort((a, b) => Number(b.l.expected) - Number(a.l.expected) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.l.memberId.localeCompare(b.l.memberId))
    .map(({ l }) => l);
  const accredited =
    rule === 'majority_of_accredited_als'
      ? (ctx.db.prepare("SELECT id FROM als WHERE ralo_id = ? AND accreditation_status = 'accredited' AND deleted_at IS NULL").all(meeting.body_id) as { id: string }[]).map((a) => a.id)
      : [];
  const quorum = computeQuorum({
    rule,
    votingMemberIds: voting,
    accreditedAlsIds: accredited,
    attendees: lines.flatMap((l) => (l.attendance ? [{ ...l.attendance, alsId: l.alsId }] : [])),
    now,
  });
  return { lines, quorum };
}

const SPEAKER_ORDER: Record<string, number> = { speaking: 0, queued: 1, done: 2 };

/**
 * The whole live picture of a meeting. `projector`: what the projector shows, without the attendance
 * lines, the backlog and the captures (empty lists; the quorum is still counted): a small answer to
 * read again on every change.
 */
export function liveState(ctx: Ctx, meetingId: string, view: 'full' | 'projector' = 'full'): LiveState {
  const full = view === 'full';
  const meetingRow = getRow(ctx, 'meetings', meetingId);
  if (!meetingRow) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'meetingId');
  const nowDate = ctx.now();
  const now = nowDate.getTime();
  const sessionRow = ctx.db.prepare('SELECT * FROM live_sessions WHERE meeting_id = ? AND deleted_at IS NULL').get(meetingId) as Row | undefined;
  const running = ctx.db.prepare('SELECT 1 FROM timer_runs WHERE meeting_id = ? AND ended_at IS NULL AND deleted_at IS NULL').get(meetingId) !== undefined;
  const session = sessionRow
    ? toSession(sessionRow, sessionRow.closed_at === null && sessionRow.current_item_id !== null && !running)
    : null;
  const body = getRow(ctx, 'bodies', meetingRow.body_id as string)!;
  const rule = session?.quorumRule ?? defaultQuorumRule(body.kind as string);
  const { lines, quorum } = attendance(ctx, meetingRow, now, rule);
  const currentItemId = session?.currentItemId ?? null;
  const speakers =
    currentItemId === null
      ? []
      : (
          ctx.db
            .prepare(
              `SELECT s.*, m.name AS member_name, m.sub_region, m.gender FROM speakers s JOIN members m ON m.id = s.member_id
                WHERE s.item_id = ? AND s.status <> 'removed' AND s.deleted_at IS NULL`,
            )
            .all(currentItemId) as Row[]
        )
          .map(toSpeaker)
          .sort(
            (a, b) =>
              SPEAKER_ORDER[a.status] - SPEAKER_ORDER[b.status] ||
              (a.status === 'done' ? (a.startedAt ?? '').localeCompare(b.startedAt ?? '') : a.position - b.position) ||
              a.id.localeCompare(b.id),
          );
  return {
    meeting: summary(ctx, meetingId),
    session,
    agenda: agenda(ctx, meetingId),
    backlog: full ? backlogOf(ctx, meetingId) : [],
    attendance: full ? lines : [],
    quorum,
    speakers,
    decisions: !full ? [] : (ctx.db.prepare('SELECT * FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(meetingId) as Row[]).map(toDecision),
    actions: (
      ctx.db
        .prepare(
          `SELECT a.*, m.name AS owner_name FROM action_items a LEFT JOIN members m ON m.id = a.owner_member_id
            WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at, a.id`,
        )
        .all(meetingId) as Row[]
    ).map(toAction),
    now: nowDate.toISOString(),
  };
}
