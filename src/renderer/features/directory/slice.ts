import type { Slice } from '../../store';

// Directory slice: filled in by the directory capability.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DirectorySlice {}

export const createDirectorySlice: Slice<DirectorySlice> = () => ({});
