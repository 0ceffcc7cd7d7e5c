import type { liveChannels } from '../../../shared/domain/live/contract';
import { insert, requireRow, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { openMeeting } from '../meetings/handlers';
import { changed, itemOrCurrent, liveMember, sessionOf, toAction, toDecision } from './rows';

// Notes and quick capture: a note per item (the whole text, saved as the secretary types), decisions
// and action items or deadlines attached to the current item. Refused once the meeting is closed.

type H = HandlersFor<typeof liveChannels>;

function actionById(ctx: Ctx, id: string) {
  return toAction(
    ctx.db.prepare('SELECT a.*, m.name AS owner_name FROM action_items a LEFT JOIN members m ON m.id = a.owner_member_id WHERE a.id = ?').get(id) as Row,
  );
}

export const captureHandlers: Pick<H, 'notes.save' | 'decisions.capture' | 'actions.capture'> = {
  'notes.save': ({ itemId, text }, ctx) => {
    const item = requireRow(ctx, 'agenda_items', itemId, 'itemId');
    const meetingId = item.meeting_id as string;
    openMeeting(ctx, meetingId, 'itemId');
    const note = ctx.db.prepare('SELECT * FROM agenda_notes WHERE item_id = ? AND deleted_at IS NULL').get(itemId) as Row | undefined;
    const row = note ? update(ctx, 'agenda_notes', note.id as string, { text }) : insert(ctx, 'agenda_notes', { meeting_id: meetingId, item_id: itemId, text });
    changed(ctx, meetingId);
    return { itemId, updatedAt: row.updated_at as string };
  },

  'decisions.capture': ({ meetingId, itemId, text }, ctx) => {
    openMeeting(ctx, meetingId, 'meetingId');
    const item = itemOrCurrent(ctx, meetingId, itemId);
    const row = insert(ctx, 'decisions', { meeting_id: meetingId, item_id: item.id as string, text });
    changed(ctx, meetingId);
    return toDecision(row);
  },

  'actions.capture': ({ meetingId, itemId, kind, text, ownerMemberId, dueOn }, ctx) => {
    openMeeting(ctx, meetingId, 'meetingId');
    // Attached to the given item, else the current one, else to the meeting only.
    const item = itemId !== undefined || sessionOf(ctx, meetingId)?.current_item_id ? itemOrCurrent(ctx, meetingId, itemId) : null;
    if (ownerMemberId) liveMember(ctx, ownerMemberId, 'ownerMemberId');
    const row = insert(ctx, 'action_items', {
      meeting_id: meetingId,
      item_id: item ? (item.id as string) : null,
      kind: kind ?? 'action',
      text,
      owner_member_id: ownerMemberId ?? null,
      due_on: dueOn ?? null,
      done: false,
    });
    changed(ctx, meetingId);
    return actionById(ctx, row.id as string);
  },
};
