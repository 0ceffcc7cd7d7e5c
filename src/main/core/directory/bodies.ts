import { ROLES, type Body, type BodyDetail, type directoryChannels } from '../../../shared/domain/directory/contract';
import { DomainError } from '../../../shared/errors';
import { archive, insert, restore, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { roleViews } from './members';
import { anyRow, liveRow, toBody } from './rows';

type H = HandlersFor<typeof directoryChannels>;

const ORDER = `ORDER BY kind = 'alac' DESC, kind, short_name COLLATE NOCASE`;

export function listBodies(ctx: Ctx, includeArchived = false): Body[] {
  return (ctx.db.prepare(`SELECT * FROM bodies ${includeArchived ? '' : 'WHERE deleted_at IS NULL'} ${ORDER}`).all() as Row[]).map(toBody);
}

/** A parent must be live, and not the body itself or one of its descendants. */
function checkParent(ctx: Ctx, bodyId: string | null, parentId: string | null | undefined, current?: unknown): void {
  if (!parentId || parentId === current) return;
  if (parentId === bodyId) throw new DomainError('parent_cycle', 'A body cannot be its own parent', 'parentId');
  liveRow(ctx, 'bodies', parentId, 'parentId');
  if (!bodyId) return;
  const ancestors = ctx.db
    .prepare(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM bodies WHERE id = ?
         UNION SELECT b.id, b.parent_id FROM bodies b JOIN up ON b.id = up.parent_id)
       SELECT id FROM up`,
    )
    .all(parentId) as { id: string }[];
  if (ancestors.some((a) => a.id === bodyId)) throw new DomainError('parent_cycle', 'A body cannot be placed under its own sub-body', 'parentId');
}

export function getBody(ctx: Ctx, id: string): BodyDetail {
  const body = toBody(anyRow(ctx, 'bodies', id));
  const parent = body.parentId ? toBody(anyRow(ctx, 'bodies', body.parentId)) : null;
  const children = (ctx.db.prepare('SELECT * FROM bodies WHERE parent_id = ? AND deleted_at IS NULL ORDER BY short_name COLLATE NOCASE').all(id) as Row[]).map(toBody);
  const order = (r: string) => (ROLES as readonly string[]).indexOf(r);
  const holders = roleViews(ctx, 'r.body_id = @id AND m.deleted_at IS NULL', { id })
    .filter((r) => r.current)
    .sort((a, b) => order(a.role) - order(b.role) || a.memberName.localeCompare(b.memberName));
  return { body, parent, children, holders };
}

export const bodyHandlers: Pick<H, 'bodies.list' | 'bodies.get' | 'bodies.create' | 'bodies.update' | 'bodies.archive' | 'bodies.restore'> = {
  'bodies.list': (input, ctx) => listBodies(ctx, input.includeArchived),
  'bodies.get': ({ id }, ctx) => getBody(ctx, id),
  'bodies.create': (input, ctx) => {
    checkParent(ctx, null, input.parentId);
    return toBody(
      insert(ctx, 'bodies', {
        name: input.name,
        short_name: input.shortName,
        kind: input.kind,
        parent_id: input.parentId ?? null,
        description: input.description ?? null,
      }),
    );
  },
  'bodies.update': ({ id, ...input }, ctx) => {
    const before = liveRow(ctx, 'bodies', id);
    checkParent(ctx, id, input.parentId, before.parent_id);
    return toBody(
      update(ctx, 'bodies', id, {
        name: input.name,
        short_name: input.shortName,
        kind: input.kind,
        parent_id: input.parentId,
        description: input.description,
      }),
    );
  },
  'bodies.archive': ({ id }, ctx) => {
    liveRow(ctx, 'bodies', id);
    return toBody(archive(ctx, 'bodies', id));
  },
  'bodies.restore': ({ id }, ctx) => toBody(restore(ctx, 'bodies', anyRow(ctx, 'bodies', id).id as string)),
};
