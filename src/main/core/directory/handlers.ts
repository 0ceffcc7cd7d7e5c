import type { HandlersFor } from '../../dispatch';
import type { directoryChannels } from '../../../shared/domain/directory/contract';

export const directoryHandlers: HandlersFor<typeof directoryChannels> = {};
