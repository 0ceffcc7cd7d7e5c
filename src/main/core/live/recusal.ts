import type { Ctx } from '../../db/repo';

/**
 * Why `memberId` may not speak on `itemId` (a recusal, with its reason), or null. The hook the
 * speaker queue asks before adding a request; recusals arrive with issue 4, until then nobody is recused.
 */
export function recusalReason(_ctx: Ctx, _meetingId: string, _itemId: string, _memberId: string): string | null {
  return null;
}
