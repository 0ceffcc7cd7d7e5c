import type { decisionsChannels } from '../../../shared/domain/decisions/contract';
import type { HandlersFor } from '../../dispatch';
import { consensusHandlers } from './consensus';
import { decisionHandlers } from './decisions';
import { noObjectionHandlers } from './noObjection';
import { participationHandlers } from './participation';
import { voteHandlers } from './votes';

// The decisions channels, by concern. Every mutation runs in the dispatcher's transaction, journals
// through repo insert / update, and emits `decisions.changed` (and `live.changed` for its meeting).
export const decisionsHandlers: HandlersFor<typeof decisionsChannels> = {
  ...decisionHandlers,
  ...consensusHandlers,
  ...noObjectionHandlers,
  ...voteHandlers,
  ...participationHandlers,
};
