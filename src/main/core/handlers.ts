import type { Handlers } from '../dispatch';
import { appHandlers } from './app/handlers';
import { decisionsHandlers } from './decisions/handlers';
import { directoryHandlers } from './directory/handlers';
import { liveHandlers } from './live/handlers';
import { meetingsHandlers } from './meetings/handlers';

/** Every channel of the contract has its handler here; a missing one does not compile. */
export const handlers: Handlers = {
  ...appHandlers,
  ...directoryHandlers,
  ...meetingsHandlers,
  ...liveHandlers,
  ...decisionsHandlers,
};
