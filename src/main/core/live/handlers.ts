import type { HandlersFor } from '../../dispatch';
import { liveChannels } from '../../../shared/domain/live/contract';
import { DomainError } from '../../../shared/errors';

// Placeholder until the live-session core lands (branch live-core replaces this file whole).
export const liveHandlers = Object.fromEntries(
  Object.keys(liveChannels).map((k) => [
    k,
    () => {
      throw new DomainError('internal', `${k} is not built yet`);
    },
  ]),
) as unknown as HandlersFor<typeof liveChannels>;
