import { create, type StateCreator } from 'zustand';
import { createAppSlice, type AppSlice } from './app/appSlice';
import { createDecisionsSlice, type DecisionsSlice } from './features/decisions/slice';
import { createDirectorySlice, type DirectorySlice } from './features/directory/slice';
import { createLiveSlice, type LiveSlice } from './features/live/slice';
import { createMeetingsSlice, type MeetingsSlice } from './features/meetings/slice';

/** One store, one slice per capability. It caches what the core returned; SQLite is the truth. */
export type Store = AppSlice & DirectorySlice & MeetingsSlice & LiveSlice & DecisionsSlice;
export type Slice<T> = StateCreator<Store, [], [], T>;

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createDirectorySlice(...a),
  ...createMeetingsSlice(...a),
  ...createLiveSlice(...a),
  ...createDecisionsSlice(...a),
}));
