// `npm start` (needs the internet the first time): install Electron's binary if missing, rebuild
// better-sqlite3 for Electron when it is not already built for it, then build and launch with
// `electron-vite preview`. Extra arguments go to the app: `npm start -- --db=/path/to/file.db`.
// The pretest guard (ensure-node-sqlite.mjs) rebuilds better-sqlite3 for Node again for the tests;
// the stamp below notices that and the next start rebuilds for Electron.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bindingIdentity,
  checkElectronBuild,
  downloadFailedMessage,
  electronInfo,
  electronInstalled,
  exitCodeOf,
  makeStamp,
  nativeTarget,
  paths,
  planStart,
  previewArgs,
  probeSqlite,
  readStamp,
} from './start-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const p = paths(root);
const node = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
const fail = (message, code = 1) => {
  console.error(`\n${message}`);
  process.exit(code);
};

const electron = electronInfo(p.electronDir);
const target = nativeTarget({ ...electron, platform: process.platform, arch: process.arch });
const steps = planStart({
  electronInstalled: electronInstalled(p.electronDir),
  stamp: readStamp(p.stamp),
  target,
  binding: bindingIdentity(p.binding),
});

if (steps.includes('install-electron')) {
  console.log(`Downloading Electron ${electron.version} (first start only)...`);
  const r = node([path.join(p.electronDir, 'install.js')]);
  if (r.status !== 0 || !electronInstalled(p.electronDir)) fail(downloadFailedMessage(electron.version));
}

if (steps.includes('rebuild-native')) {
  console.log(`Building better-sqlite3 for Electron ${electron.version}...`);
  fs.rmSync(p.stamp, { force: true });
  const r = node([path.join(root, 'node_modules', 'electron-builder', 'cli.js'), 'install-app-deps']);
  if (r.status !== 0) fail('Rebuilding better-sqlite3 for Electron failed (see above). A C++ toolchain and Python are needed.');
  const check = checkElectronBuild(probeSqlite(root), electron.abi);
  if (!check.ok) fail(check.message);
  fs.writeFileSync(p.stamp, JSON.stringify(makeStamp(target, bindingIdentity(p.binding))));
}

const child = spawn(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ...previewArgs(process.argv.slice(2))], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => fail(`Could not start electron-vite: ${e.message}`));
child.on('close', (code, signal) => process.exit(exitCodeOf(code, signal)));
