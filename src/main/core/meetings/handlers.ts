import type { HandlersFor } from '../../dispatch';
import type { meetingsChannels } from '../../../shared/domain/meetings/contract';

export const meetingsHandlers: HandlersFor<typeof meetingsChannels> = {};
