import type { AlsRow, Body, DirectoryCounts, MemberPage, MemberQuery } from '../../../shared/domain/directory/contract';
import { invoke } from '../../api';
import type { Slice } from '../../store';

// The directory's cache of what the core returned: live bodies and ALSes (for choices and filters),
// the counts shown on the tabs, and the members page with its filters (kept across navigation).
// SQLite is the truth: everything is fetched again when the core says directory data changed.

export const DIRECTORY_ENTITIES: ReadonlySet<string> = new Set(['bodies', 'als', 'members', 'roles']);
export const PAGE_SIZE = 50;

export interface DirectoryState {
  bodies: Body[];
  als: AlsRow[];
  counts: DirectoryCounts | null;
  members: MemberPage | null;
  query: MemberQuery;
  /** Bumped on every change, so open detail views fetch again. */
  version: number;
}

export interface DirectorySlice {
  directory: DirectoryState;
  loadDirectory(): Promise<void>;
  loadMembers(): Promise<void>;
  /** Changes the filters (back to the first page unless `offset` is given) and fetches. */
  setMemberQuery(patch: Partial<MemberQuery>): Promise<void>;
  directoryChanged(): Promise<void>;
}

let membersRequest = 0;

export const createDirectorySlice: Slice<DirectorySlice> = (set, get) => {
  const patch = (p: Partial<DirectoryState>) => set((s) => ({ directory: { ...s.directory, ...p } }));
  return {
    directory: { bodies: [], als: [], counts: null, members: null, query: { limit: PAGE_SIZE }, version: 0 },
    async loadDirectory() {
      const [bodies, als, counts] = await Promise.all([invoke('bodies.list', {}), invoke('als.list', {}), invoke('directory.counts', {})]);
      for (const r of [bodies, als, counts]) if (!r.ok) return get().showError(r.error, 'directory');
      if (bodies.ok && als.ok && counts.ok) patch({ bodies: bodies.value, als: als.value, counts: counts.value });
    },
    async loadMembers() {
      const n = ++membersRequest;
      const res = await invoke('members.list', get().directory.query);
      if (n !== membersRequest) return; // a newer request is on its way
      if (res.ok) patch({ members: res.value });
      else get().showError(res.error, 'directory');
    },
    async setMemberQuery(p) {
      const query = { ...get().directory.query, offset: 0, ...p };
      for (const k of Object.keys(query) as (keyof MemberQuery)[]) if (query[k] === undefined || query[k] === '') delete query[k];
      patch({ query });
      await get().loadMembers();
    },
    async directoryChanged() {
      patch({ version: get().directory.version + 1 });
      await Promise.all([get().loadDirectory(), get().loadMembers()]);
    },
  };
};
