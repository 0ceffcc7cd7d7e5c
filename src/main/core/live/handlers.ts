import type { HandlersFor } from '../../dispatch';
import type { liveChannels } from '../../../shared/domain/live/contract';
import { attendanceHandlers } from './attendance';
import { captureHandlers } from './capture';
import { deferHandlers } from './defer';
import { sessionHandlers } from './session';
import { speakerHandlers } from './speakers';

// The live session's channels, by concern. Every mutation runs in the dispatcher's transaction,
// journals through repo insert / update, and emits `live.changed` for the meeting(s) it touched.
export const liveHandlers: HandlersFor<typeof liveChannels> = {
  ...sessionHandlers,
  ...attendanceHandlers,
  ...speakerHandlers,
  ...captureHandlers,
  ...deferHandlers,
};
