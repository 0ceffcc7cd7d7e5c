import type { liveChannels, QueuePolicy, SpeakerKind } from '../../../shared/domain/live/contract';
import { insertionIndex, moveRequest, removeRequest, type QueueEntry } from '../../../shared/domain/live/queue';
import { DomainError } from '../../../shared/errors';
import { insert, requireRow, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { attendanceOf, isInRoom } from './attendance';
import { recusalReason } from './recusal';
import { changed, itemOrCurrent, liveMember, nowIso, openSession } from './rows';
import { endSpeaker } from './session';
import { liveState } from './state';

// The speaker queue of an item: requests placed by kind and the session's policy (queue.ts), next
// speaker, stop, move, remove. Who spoke, when and for how long stays in the rows (started / ended).

type H = HandlersFor<typeof liveChannels>;

interface Queued extends QueueEntry {
  position: number;
}

/** The queued requests of an item, in order, with what the balanced policies compare. */
function queueOf(ctx: Ctx, itemId: string): Queued[] {
  return (
    ctx.db
      .prepare(
        `SELECT s.id, s.kind, s.position, m.sub_region, m.gender,
                EXISTS (SELECT 1 FROM speakers d WHERE d.item_id = s.item_id AND d.member_id = s.member_id AND d.status IN ('speaking', 'done') AND d.deleted_at IS NULL) AS spoken
           FROM speakers s JOIN members m ON m.id = s.member_id
          WHERE s.item_id = ? AND s.status = 'queued' AND s.deleted_at IS NULL
          ORDER BY s.position, s.requested_at, s.id`,
      )
      .all(itemId) as Row[]
  ).map((r) => ({
    id: r.id as string,
    kind: r.kind as SpeakerKind,
    position: r.position as number,
    spoken: r.spoken === 1,
    subRegion: (r.sub_region as string | null) ?? null,
    gender: (r.gender as string | null) ?? null,
  }));
}

/** Writes positions 0, 1, 2… in the given order (only those that change: each is journaled). */
function renumber(ctx: Ctx, queue: readonly Queued[]): void {
  queue.forEach((q, n) => {
    if (q.position !== n) update(ctx, 'speakers', q.id, { position: n });
  });
}

function speakingRow(ctx: Ctx, meetingId: string): Row | undefined {
  return ctx.db.prepare("SELECT * FROM speakers WHERE meeting_id = ? AND status = 'speaking' AND deleted_at IS NULL").get(meetingId) as Row | undefined;
}

/** A request of a meeting whose session is open. */
function requestOf(ctx: Ctx, id: string): { row: Row; session: Row } {
  const row = requireRow(ctx, 'speakers', id);
  const { session } = openSession(ctx, row.meeting_id as string, 'id');
  return { row, session };
}

export const speakerHandlers: Pick<H, 'speakers.add' | 'speakers.next' | 'speakers.stop' | 'speakers.move' | 'speakers.remove'> = {
  'speakers.add': ({ meetingId, memberId, kind = 'normal', itemId, confirmAbsent }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    const item = itemOrCurrent(ctx, meetingId, itemId);
    if (item.state === 'deferred') throw new DomainError('item_deferred', 'The item was deferred', 'itemId');
    const member = liveMember(ctx, memberId, 'memberId');
    const name = member.name as string;
    const recused = recusalReason(ctx, meetingId, item.id as string, memberId);
    if (recused !== null) throw new DomainError('speaker_recused', `${name} is recused: ${recused}`, 'memberId', { name, reason: recused });
    const at = nowIso(ctx);
    if (!confirmAbsent && !isInRoom(attendanceOf(ctx, meetingId, memberId), Date.parse(at))) {
      throw new DomainError('speaker_not_present', `${name} is not in the room`, 'memberId', { name });
    }
    const twice = ctx.db
      .prepare("SELECT 1 FROM speakers WHERE item_id = ? AND member_id = ? AND kind = ? AND status = 'queued' AND deleted_at IS NULL")
      .get(item.id, memberId, kind);
    if (twice) throw new DomainError('speaker_already_queued', `${name} is already queued`, 'memberId', { name });

    const queue = queueOf(ctx, item.id as string);
    const spoken =
      ctx.db
        .prepare("SELECT 1 FROM speakers WHERE item_id = ? AND member_id = ? AND status IN ('speaking', 'done') AND deleted_at IS NULL")
        .get(item.id, memberId) !== undefined;
    const entry = { id: '', kind, position: queue.length, spoken, subRegion: (member.sub_region as string | null) ?? null, gender: (member.gender as string | null) ?? null };
    const index = insertionIndex(queue, entry, session.queue_policy as QueuePolicy);
    // Those behind make room.
    queue.forEach((q, n) => {
      const position = n < index ? n : n + 1;
      if (q.position !== position) update(ctx, 'speakers', q.id, { position });
    });
    insert(ctx, 'speakers', {
      meeting_id: meetingId,
      item_id: item.id as string,
      member_id: memberId,
      kind,
      status: 'queued',
      position: index,
      requested_at: at,
      started_at: null,
      ended_at: null,
    });
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'speakers.next': ({ meetingId }, ctx) => {
    const { session } = openSession(ctx, meetingId);
    const itemId = session.current_item_id as string | null;
    if (itemId === null) throw new DomainError('no_current_item', 'No agenda item is current', 'meetingId');
    const at = nowIso(ctx);
    const queue = queueOf(ctx, itemId);
    const ended = endSpeaker(ctx, meetingId, at);
    if (!ended && queue.length === 0) throw new DomainError('queue_empty', 'Nobody is waiting to speak', 'meetingId');
    if (queue.length > 0) {
      const [first, ...rest] = queue;
      update(ctx, 'speakers', first.id, { status: 'speaking', started_at: at });
      renumber(ctx, rest);
    }
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'speakers.stop': ({ meetingId }, ctx) => {
    openSession(ctx, meetingId);
    if (!speakingRow(ctx, meetingId)) throw new DomainError('no_speaker', 'Nobody is speaking', 'meetingId');
    endSpeaker(ctx, meetingId, nowIso(ctx));
    changed(ctx, meetingId);
    return liveState(ctx, meetingId);
  },

  'speakers.move': ({ id, position }, ctx) => {
    const { row } = requestOf(ctx, id);
    if (row.status !== 'queued') throw new DomainError('speaker_not_queued', 'The request is not in the queue', 'id');
    renumber(ctx, moveRequest(queueOf(ctx, row.item_id as string), id, position));
    changed(ctx, row.meeting_id as string);
    return liveState(ctx, row.meeting_id as string);
  },

  'speakers.remove': ({ id }, ctx) => {
    const { row } = requestOf(ctx, id);
    if (row.status !== 'queued' && row.status !== 'speaking') throw new DomainError('speaker_not_queued', 'The request is not in the queue', 'id');
    update(ctx, 'speakers', id, { status: 'removed', ...(row.status === 'speaking' ? { ended_at: nowIso(ctx) } : {}) });
    renumber(ctx, removeRequest(queueOf(ctx, row.item_id as string), id));
    changed(ctx, row.meeting_id as string);
    return liveState(ctx, row.meeting_id as string);
  },
};
