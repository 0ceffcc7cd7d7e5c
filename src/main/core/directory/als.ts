import type { AlsRow, directoryChannels } from '../../../shared/domain/directory/contract';
import { DomainError } from '../../../shared/errors';
import { archive, insert, restore, toCamel, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { anyRow, liveRow, toAls } from './rows';

type H = HandlersFor<typeof directoryChannels>;

/** An ALS belongs to a live RALO (unless it already did). */
function checkRalo(ctx: Ctx, raloId: string | undefined, current?: unknown): void {
  if (!raloId || raloId === current) return;
  const body = liveRow(ctx, 'bodies', raloId, 'raloId');
  if (body.kind !== 'ralo') throw new DomainError('invalid_choice', `Body ${raloId} is not a RALO`, 'raloId');
}

export function listAls(ctx: Ctx, includeArchived = false): AlsRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.*, b.short_name AS ralo_short_name,
              (SELECT count(*) FROM members m WHERE m.als_id = a.id AND m.deleted_at IS NULL) AS member_count
         FROM als a JOIN bodies b ON b.id = a.ralo_id
        ${includeArchived ? '' : 'WHERE a.deleted_at IS NULL'}
        ORDER BY a.name COLLATE NOCASE`,
    )
    .all() as Row[];
  return rows.map((r) => toCamel<AlsRow>(r));
}

export const alsHandlers: Pick<H, 'als.list' | 'als.create' | 'als.update' | 'als.archive' | 'als.restore'> = {
  'als.list': (input, ctx) => listAls(ctx, input.includeArchived),
  'als.create': (input, ctx) => {
    checkRalo(ctx, input.raloId);
    return toAls(
      insert(ctx, 'als', {
        name: input.name,
        country: input.country,
        ralo_id: input.raloId,
        accreditation_status: input.accreditationStatus,
        accredited_on: input.accreditedOn ?? null,
      }),
    );
  },
  'als.update': ({ id, ...input }, ctx) => {
    const before = liveRow(ctx, 'als', id);
    checkRalo(ctx, input.raloId, before.ralo_id);
    return toAls(
      update(ctx, 'als', id, {
        name: input.name,
        country: input.country,
        ralo_id: input.raloId,
        accreditation_status: input.accreditationStatus,
        accredited_on: input.accreditedOn,
      }),
    );
  },
  'als.archive': ({ id }, ctx) => {
    liveRow(ctx, 'als', id);
    return toAls(archive(ctx, 'als', id));
  },
  'als.restore': ({ id }, ctx) => toAls(restore(ctx, 'als', anyRow(ctx, 'als', id).id as string)),
};
