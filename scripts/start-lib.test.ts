import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../src/main/test/tmp';
import {
  abiFromLoadError,
  bindingIdentity,
  checkElectronBuild,
  electronInfo,
  electronInstalled,
  ensureNodeSqlite,
  exitCodeOf,
  makeStamp,
  nativeTarget,
  needsNativeRebuild,
  planStart,
  previewArgs,
  probeSqlite,
  type Probe,
} from './start-lib.mjs';

const ROOT = path.resolve(__dirname, '..');
const MISMATCH =
  "Error: The module '/x/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing";

function fakeElectronDir(opts: { version?: string; distVersion?: string; pathTxt?: string; binary?: boolean } = {}) {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: opts.version ?? '45.4.1' }));
  fs.writeFileSync(path.join(dir, 'abi_version'), '150\n');
  if (opts.distVersion !== undefined) {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'version'), opts.distVersion);
  }
  if (opts.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), opts.pathTxt);
  if (opts.binary) fs.writeFileSync(path.join(dir, 'dist', opts.pathTxt ?? 'electron'), '');
  return dir;
}

describe('electronInstalled', () => {
  it('is true only with a matching dist/version, path.txt and the binary', () => {
    expect(electronInstalled(fakeElectronDir())).toBe(false);
    expect(electronInstalled(fakeElectronDir({ distVersion: 'v45.4.1', pathTxt: 'electron' }))).toBe(false); // no binary
    expect(electronInstalled(fakeElectronDir({ distVersion: 'v44.0.0', pathTxt: 'electron', binary: true }))).toBe(false);
    expect(electronInstalled(fakeElectronDir({ distVersion: 'v45.4.1', pathTxt: 'electron', binary: true }))).toBe(true);
    expect(electronInstalled(path.join(tempDir(), 'missing'))).toBe(false);
  });

  it('reads the version and ABI of the electron package', () => {
    expect(electronInfo(fakeElectronDir())).toEqual({ version: '45.4.1', abi: 150 });
    const real = electronInfo(path.join(ROOT, 'node_modules', 'electron'));
    expect(real.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(real.abi).toBeGreaterThan(Number(process.versions.modules)); // Electron's ABI is not Node's
  });
});

describe('planStart', () => {
  const target = nativeTarget({ version: '45.4.1', abi: 150, platform: 'linux', arch: 'x64' });
  const binding = { size: 2_000_000, mtimeMs: 1700000000000 };

  it('names the target by version, ABI, platform and arch', () => {
    expect(target).toBe('electron-45.4.1-abi150-linux-x64');
  });

  it('first start: download Electron, build the binding for it, then preview', () => {
    expect(planStart({ electronInstalled: false, stamp: null, target, binding })).toEqual(['install-electron', 'rebuild-native', 'preview']);
  });

  it('next starts: only preview, while the stamp matches this binding file and target', () => {
    expect(planStart({ electronInstalled: true, stamp: makeStamp(target, binding), target, binding })).toEqual(['preview']);
  });

  it('rebuilds when the binding was rebuilt since (pretest guard, npm ci) or Electron changed', () => {
    const stamp = makeStamp(target, binding);
    expect(needsNativeRebuild(stamp, target, { ...binding, mtimeMs: binding.mtimeMs + 1 })).toBe(true);
    expect(needsNativeRebuild(stamp, target, { ...binding, size: 1 })).toBe(true);
    expect(needsNativeRebuild(stamp, target.replace('45.4.1', '46.0.0'), binding)).toBe(true);
    expect(needsNativeRebuild(stamp, target, null)).toBe(true);
    expect(needsNativeRebuild(null, target, binding)).toBe(true);
    expect(planStart({ electronInstalled: true, stamp: null, target, binding })).toEqual(['rebuild-native', 'preview']);
  });

  it('bindingIdentity changes when the file is rewritten', async () => {
    const file = path.join(tempDir(), 'b.node');
    fs.writeFileSync(file, 'one');
    const before = bindingIdentity(file);
    await new Promise((r) => setTimeout(r, 20));
    fs.writeFileSync(file, 'other!');
    expect(bindingIdentity(file)).not.toEqual(before);
    expect(bindingIdentity(path.join(tempDir(), 'none.node'))).toBeNull();
  });
});

describe('previewArgs and exit codes', () => {
  it('hands the user’s arguments to Electron after --', () => {
    expect(previewArgs([])).toEqual(['preview']);
    expect(previewArgs(['--db=/tmp/x.db'])).toEqual(['preview', '--', '--db=/tmp/x.db']);
    expect(previewArgs(['--db', 'a b.db', '--lang=fr'])).toEqual(['preview', '--', '--db', 'a b.db', '--lang=fr']);
  });

  it('propagates exit codes; a signal is a failure', () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(3, null)).toBe(3);
    expect(exitCodeOf(null, 'SIGKILL')).toBe(1);
  });
});

describe('checking a rebuild for Electron', () => {
  it('reads the ABI a binding was compiled for from Node’s load error', () => {
    expect(abiFromLoadError(MISMATCH)).toBe(150);
    expect(abiFromLoadError('Error: Cannot find module better-sqlite3')).toBeNull();
  });

  it('accepts a binding Node refuses with Electron’s ABI', () => {
    expect(checkElectronBuild({ ok: false, error: MISMATCH }, 150)).toEqual({ ok: true });
  });

  it('refuses a binding that still loads in Node (a Node build labelled Electron)', () => {
    const r = checkElectronBuild({ ok: true, error: '' }, 150);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/rebuilt for Node, not for Electron/);
  });

  it('refuses another ABI or another kind of failure', () => {
    expect(checkElectronBuild({ ok: false, error: MISMATCH }, 143).ok).toBe(false);
    expect(checkElectronBuild({ ok: false, error: 'Error: Cannot find module' }, 150).ok).toBe(false);
  });
});

describe('ensureNodeSqlite (the pretest guard)', () => {
  const io = (probes: Probe[], status = 0) => {
    const queue = [...probes];
    return {
      probe: vi.fn(() => queue.shift()!),
      rebuild: vi.fn(() => status),
      forgetStamp: vi.fn(),
      log: vi.fn(),
    };
  };

  it('does nothing when better-sqlite3 loads', () => {
    const deps = io([{ ok: true, error: '' }]);
    expect(ensureNodeSqlite(deps)).toEqual({ ok: true, rebuilt: false });
    expect(deps.rebuild).not.toHaveBeenCalled();
    expect(deps.forgetStamp).not.toHaveBeenCalled();
  });

  it('rebuilds for Node once when it does not load, forgets the Electron stamp, checks again', () => {
    const deps = io([{ ok: false, error: MISMATCH }, { ok: true, error: '' }]);
    expect(ensureNodeSqlite(deps)).toEqual({ ok: true, rebuilt: true });
    expect(deps.rebuild).toHaveBeenCalledTimes(1);
    expect(deps.forgetStamp).toHaveBeenCalledTimes(1);
    expect(deps.log.mock.calls[0][0]).toContain('rebuilding it for Node');
  });

  it('fails with a clear message when it still does not load', () => {
    const deps = io([{ ok: false, error: MISMATCH }, { ok: false, error: 'Error: still broken' }], 1);
    const r = ensureNodeSqlite(deps);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/still does not load in Node.*exit 1.*still broken/s);
    expect(deps.rebuild).toHaveBeenCalledTimes(1);
  });

  it('the real probe loads this checkout’s better-sqlite3 in plain Node', () => {
    expect(probeSqlite(ROOT)).toEqual({ ok: true, error: '' });
    const r = probeSqlite(tempDir()); // no node_modules there
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/better-sqlite3/);
  });
});
