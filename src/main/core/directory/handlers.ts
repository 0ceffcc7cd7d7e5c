import type { HandlersFor } from '../../dispatch';
import type { Body, directoryChannels } from '../../../shared/domain/directory/contract';
import { toCamel } from '../../db/repo';

export const directoryHandlers: HandlersFor<typeof directoryChannels> = {
  'bodies.list': (input, ctx) =>
    (
      ctx.db
        .prepare(`SELECT * FROM bodies ${input.includeArchived ? '' : 'WHERE deleted_at IS NULL'} ORDER BY kind = 'alac' DESC, kind, short_name`)
        .all() as Record<string, unknown>[]
    ).map((r) => toCamel<Body>(r)),
};
