import { bench, describe } from 'vitest';
import { createCore } from '../index';
import { tempDirectoryFile } from './bench-file';
import { seedDirectory } from './scale';

// `npm run bench`: members.list on a 5,000-member directory.
const core = createCore(tempDirectoryFile());
const { ralos } = core.ctx.db.transaction(() => seedDirectory(core.ctx, 5000))();

describe('members.list, 5,000 members', () => {
  bench('first page, no filter', () => void core.dispatch('members.list', {}));
  bench('search "garcia"', () => void core.dispatch('members.list', { search: 'garcia' }));
  bench('country BR + search "ana"', () => void core.dispatch('members.list', { country: 'BR', search: 'ana' }));
  bench('body LACRALO', () => void core.dispatch('members.list', { bodyId: ralos[3] }));
  bench('role chair', () => void core.dispatch('members.list', { role: 'chair' }));
  bench('last page', () => void core.dispatch('members.list', { offset: 4950 }));
});
