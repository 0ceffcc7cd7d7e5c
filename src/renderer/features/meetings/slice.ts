import type { Slice } from '../../store';

// Meetings slice: filled in by the meetings capability.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MeetingsSlice {}

export const createMeetingsSlice: Slice<MeetingsSlice> = () => ({});
