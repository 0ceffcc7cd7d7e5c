// Decisions behind `npm start` and the `pretest` guard, kept pure (or given their I/O) so they are
// unit-tested: scripts/start-lib.test.ts. The scripts themselves only wire these to processes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where better-sqlite3's build and our stamp of what it was built for live. */
export const paths = (root) => ({
  electronDir: path.join(root, 'node_modules', 'electron'),
  binding: path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
  stamp: path.join(root, 'node_modules', '.palabra-native'),
});

/** Same test as electron's own install.js: dist/version matches the package and the binary exists. */
export function electronInstalled(electronDir) {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
    const installed = fs.readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const executable = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    return installed === version && executable !== '' && fs.existsSync(path.join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

export function electronInfo(electronDir) {
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  let abi = null;
  try {
    abi = Number(fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim()) || null;
  } catch {
    // older electron packages have no abi_version file
  }
  return { version, abi };
}

/** What a native build is for, e.g. "electron-45.4.1-abi150-linux-x64". */
export const nativeTarget = ({ version, abi, platform, arch }) => `electron-${version}-abi${abi ?? 'unknown'}-${platform}-${arch}`;

/** The identity of the binding file, so a rebuild by anyone else (npm ci, the pretest guard) shows. */
export function bindingIdentity(file) {
  try {
    const st = fs.statSync(file);
    return { size: st.size, mtimeMs: Math.round(st.mtimeMs) };
  } catch {
    return null;
  }
}

export function readStamp(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export const makeStamp = (target, binding) => ({ target, ...binding });

/** Rebuild for Electron unless the stamp says this very binding file was built for this target. */
export function needsNativeRebuild(stamp, target, binding) {
  if (!binding || !stamp || stamp.target !== target) return true;
  return stamp.size !== binding.size || stamp.mtimeMs !== binding.mtimeMs;
}

/** The steps of `npm start`, in order. */
export function planStart({ electronInstalled: installed, stamp, target, binding }) {
  return [
    ...(installed ? [] : ['install-electron']),
    ...(needsNativeRebuild(stamp, target, binding) ? ['rebuild-native'] : []),
    'preview',
  ];
}

/** electron-vite preview, with the user's arguments handed to Electron (`npm start -- --db=x.db`). */
export const previewArgs = (userArgs) => ['preview', ...(userArgs.length > 0 ? ['--', ...userArgs] : [])];

/**
 * The ABI a native module was compiled for, read from Node's load error ("was compiled against a
 * different Node.js version using NODE_MODULE_VERSION 150. This version of Node.js requires
 * NODE_MODULE_VERSION 115."). null when the error is of another kind.
 */
export function abiFromLoadError(message) {
  const m = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(String(message));
  return m ? Number(m[1]) : null;
}

/**
 * After a rebuild for Electron, loading the binding in plain Node must fail with Electron's ABI.
 * If it loads, the rebuild silently produced a Node binary (e.g. npm's `nodedir` pointed at Node's
 * headers) and Electron would refuse it.
 */
export function checkElectronBuild(probe, abi) {
  if (probe.ok) {
    return {
      ok: false,
      message:
        'better-sqlite3 was rebuilt for Node, not for Electron (check that no npm "nodedir" setting points at Node headers).',
    };
  }
  const built = abiFromLoadError(probe.error);
  if (abi != null && built === abi) return { ok: true };
  return { ok: false, message: `better-sqlite3 is not built for Electron's ABI ${abi}: ${firstLine(probe.error)}` };
}

export const firstLine = (text) => String(text ?? '').trim().split('\n').find((l) => l.trim() !== '') ?? '';

/** The message when Electron's binary cannot be downloaded. */
export const downloadFailedMessage = (version) =>
  [
    `Palabra could not download Electron ${version}, which \`npm start\` needs the first time.`,
    'Check the internet connection (or set ELECTRON_MIRROR / HTTPS_PROXY), then run `npm start` again.',
    'Tests do not need it: `npm test` works offline.',
  ].join('\n');

/** A child's exit status as our own: a signal death is a failure. */
export const exitCodeOf = (code, signal) => (typeof code === 'number' ? code : signal ? 1 : 0);

/**
 * The pretest guard: better-sqlite3 must load in plain Node. If not (typically it was rebuilt for
 * Electron by `npm start`), rebuild it for Node once and check again.
 */
export function ensureNodeSqlite({ probe, rebuild, forgetStamp, log }) {
  const first = probe();
  if (first.ok) return { ok: true, rebuilt: false };
  log(`better-sqlite3 does not load in Node (${firstLine(first.error)}); rebuilding it for Node...`);
  const status = rebuild();
  forgetStamp(); // whatever it was built for before, it is not that any more
  const second = probe();
  if (status === 0 && second.ok) return { ok: true, rebuilt: true };
  return {
    ok: false,
    rebuilt: true,
    message: `better-sqlite3 still does not load in Node after \`npm rebuild better-sqlite3\` (exit ${status}): ${firstLine(second.error)}\nA C++ toolchain and Python are needed to build it from source.`,
  };
}

/** Loads better-sqlite3 in a fresh plain-Node process and opens :memory:. */
export function probeSqlite(root) {
  const code = "const D = require('better-sqlite3'); const db = new D(':memory:'); db.prepare('select 1').get(); db.close();";
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, error: r.status === 0 ? '' : r.stderr || r.error?.message || `exit ${r.status}` };
}
