import type { HandlersFor } from '../../dispatch';
import type { DirectoryCounts, directoryChannels } from '../../../shared/domain/directory/contract';
import { alsHandlers } from './als';
import { bodyHandlers } from './bodies';
import { importHandlers } from './csv';
import { memberHandlers } from './members';
import { roleHandlers } from './roles';

export const directoryHandlers: HandlersFor<typeof directoryChannels> = {
  ...bodyHandlers,
  ...alsHandlers,
  ...memberHandlers,
  ...importHandlers,
  ...roleHandlers,
  'directory.counts': (_input, ctx) =>
    ctx.db
      .prepare(
        `SELECT (SELECT count(*) FROM members WHERE deleted_at IS NULL) AS members,
                (SELECT count(*) FROM als WHERE deleted_at IS NULL) AS als,
                (SELECT count(*) FROM bodies WHERE deleted_at IS NULL) AS bodies`,
      )
      .get() as DirectoryCounts,
};
