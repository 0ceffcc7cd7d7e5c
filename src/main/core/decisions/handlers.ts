import type { decisionsChannels } from '../../../shared/domain/decisions/contract';
import { DomainError } from '../../../shared/errors';
import type { HandlersFor } from '../../dispatch';

// Placeholder while the core is written: the contract is published first so the renderer can start.
const notYet = (): never => {
  throw new DomainError('internal', 'Not implemented yet', undefined, { message: 'not implemented yet' });
};

export const decisionsHandlers: HandlersFor<typeof decisionsChannels> = new Proxy({} as HandlersFor<typeof decisionsChannels>, { get: () => notYet });
