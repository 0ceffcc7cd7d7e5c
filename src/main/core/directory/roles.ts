import type { directoryChannels } from '../../../shared/domain/directory/contract';
import { DomainError } from '../../../shared/errors';
import { archive, insert, restore, update, type Ctx } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { anyRow, liveRow, toRole } from './rows';

type H = HandlersFor<typeof directoryChannels>;

interface Period {
  memberId: string;
  bodyId: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
}

/** Nobody holds the same role in the same body twice over overlapping periods (a hand-over day is fine). */
function assertNoOverlap(ctx: Ctx, p: Period, exceptId = ''): void {
  const clash = ctx.db
    .prepare(
      `SELECT r.id, m.name FROM roles r JOIN members m ON m.id = r.member_id
        WHERE r.member_id = @memberId AND r.body_id = @bodyId AND r.role = @role AND r.deleted_at IS NULL AND r.id <> @exceptId
          AND (r.ends_on IS NULL OR r.ends_on > @startsOn) AND (@endsOn IS NULL OR r.starts_on < @endsOn)`,
    )
    .get({ ...p, exceptId }) as { id: string; name: string } | undefined;
  if (clash) throw new DomainError('duplicate_role', `Role ${clash.id} overlaps`, 'role', { name: clash.name });
}

export const roleHandlers: Pick<H, 'roles.add' | 'roles.end' | 'roles.archive' | 'roles.restore'> = {
  'roles.add': (input, ctx) => {
    liveRow(ctx, 'members', input.memberId, 'memberId');
    liveRow(ctx, 'bodies', input.bodyId, 'bodyId');
    const endsOn = input.endsOn ?? null;
    assertNoOverlap(ctx, { ...input, endsOn });
    return toRole(
      insert(ctx, 'roles', { member_id: input.memberId, body_id: input.bodyId, role: input.role, starts_on: input.startsOn, ends_on: endsOn }),
    );
  },
  'roles.end': ({ id, endsOn }, ctx) => {
    const row = liveRow(ctx, 'roles', id);
    if (endsOn < (row.starts_on as string)) throw new DomainError('end_before_start', `Role ${id} starts on ${row.starts_on}`, 'endsOn');
    return toRole(update(ctx, 'roles', id, { ends_on: endsOn }));
  },
  'roles.archive': ({ id }, ctx) => {
    liveRow(ctx, 'roles', id);
    return toRole(archive(ctx, 'roles', id));
  },
  'roles.restore': ({ id }, ctx) => {
    const row = anyRow(ctx, 'roles', id);
    if (row.deleted_at) {
      assertNoOverlap(ctx, {
        memberId: row.member_id as string,
        bodyId: row.body_id as string,
        role: row.role as string,
        startsOn: row.starts_on as string,
        endsOn: row.ends_on as string | null,
      }, id);
    }
    return toRole(restore(ctx, 'roles', id));
  },
};
