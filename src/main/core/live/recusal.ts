import type { Ctx } from '../../db/repo';

/**
 * Why `memberId` may not speak on `itemId`: a recusal recorded on a decision of that item (issue 4),
 * of the member or of the member's ALS, with its reason; or null. The speaker queue asks before adding
 * a request.
 */
export function recusalReason(ctx: Ctx, _meetingId: string, itemId: string, memberId: string): string | null {
  const row = ctx.db
    .prepare(
      `SELECT r.reason FROM recusals r JOIN decisions d ON d.id = r.decision_id
        WHERE d.item_id = @item AND d.deleted_at IS NULL AND r.deleted_at IS NULL
          AND (r.member_id = @member OR r.als_id = (SELECT als_id FROM members WHERE id = @member))
        ORDER BY r.created_at, r.id LIMIT 1`,
    )
    .get({ item: itemId, member: memberId }) as { reason: string } | undefined;
  return row?.reason ?? null;
}
