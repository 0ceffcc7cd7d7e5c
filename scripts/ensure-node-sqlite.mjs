// `pretest` guard: better-sqlite3 must load in plain Node (after `npm start` it may be built for
// Electron). If it does not, rebuild it for Node once; fail clearly if it still does not load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeSqlite, paths, probeSqlite } from './start-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = /npm/.test(path.basename(process.env.npm_execpath ?? '')) ? process.env.npm_execpath : null; // the npm running us
const result = ensureNodeSqlite({
  probe: () => probeSqlite(root),
  rebuild: () =>
    (npm
      ? spawnSync(process.execPath, [npm, 'rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
    ).status ?? 1,
  forgetStamp: () => fs.rmSync(paths(root).stamp, { force: true }),
  log: (message) => console.warn(message),
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
