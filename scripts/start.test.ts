import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../src/main/test/tmp';
import { bindingIdentity, downloadFailedMessage, makeStamp, nativeTarget, readStamp } from './start-lib.mjs';

// scripts/start.mjs run for real, in a throw-away project folder: the real script and Electron's
// real installer, with stand-ins for the Electron binary, electron-builder, electron-vite and
// better-sqlite3 that record what they were asked to do.

const ROOT = path.resolve(__dirname, '..');
const ELECTRON = path.join(ROOT, 'node_modules', 'electron');
const { version } = JSON.parse(fs.readFileSync(path.join(ELECTRON, 'package.json'), 'utf8')) as { version: string };
const ABI = Number(fs.readFileSync(path.join(ELECTRON, 'abi_version'), 'utf8'));
const MISMATCH = `was compiled against a different Node.js version using NODE_MODULE_VERSION ${ABI}. This version of Node.js requires NODE_MODULE_VERSION ${process.versions.modules}.`;

function project(opts: { electronInstalled: boolean; sqlite?: 'electron' | 'node'; stamped?: boolean; previewExit?: number }) {
  const root = tempDir();
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  for (const f of ['start.mjs', 'start-lib.mjs']) put(`scripts/${f}`, fs.readFileSync(path.join(ROOT, 'scripts', f), 'utf8'));
  for (const f of ['package.json', 'install.js', 'checksums.json', 'abi_version']) put(`node_modules/electron/${f}`, fs.readFileSync(path.join(ELECTRON, f), 'utf8'));
  fs.mkdirSync(path.join(root, 'node_modules/@electron'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules/@electron/get'), path.join(root, 'node_modules/@electron/get'), 'dir');
  if (opts.electronInstalled) {
    put('node_modules/electron/dist/version', `v${version}`);
    put('node_modules/electron/path.txt', 'electron');
    put('node_modules/electron/dist/electron', '#!/bin/sh\n');
  }
  // better-sqlite3 stand-in: loads in Node, or fails like a binding built for Electron
  put('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', main: 'index.js' }));
  put('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node build');
  put(
    'node_modules/better-sqlite3/index.js',
    opts.sqlite === 'node'
      ? 'module.exports = class { prepare() { return { get() {} }; } close() {} };'
      : `throw new Error(${JSON.stringify(MISMATCH)});`,
  );
  // electron-builder stand-in: records the call and "rebuilds" the binding (a new file)
  put(
    'node_modules/electron-builder/cli.js',
    `const fs = require('fs'), path = require('path');
     fs.writeFileSync(path.join(process.cwd(), 'builder-args.json'), JSON.stringify(process.argv.slice(2)));
     fs.writeFileSync(path.join(process.cwd(), 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'electron build, longer');`,
  );
  // electron-vite stand-in: records its arguments and exits like the app would
  put(
    'node_modules/electron-vite/bin/electron-vite.js',
    `require('fs').writeFileSync(require('path').join(process.cwd(), 'preview-args.json'), JSON.stringify(process.argv.slice(2)));
     process.exit(${opts.previewExit ?? 0});`,
  );
  const target = nativeTarget({ version, abi: ABI, platform: process.platform, arch: process.arch });
  const stampFile = path.join(root, 'node_modules', '.palabra-native');
  if (opts.stamped) fs.writeFileSync(stampFile, JSON.stringify(makeStamp(target, bindingIdentity(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')))));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      // no download can succeed: connection refused at once
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: path.join(root, 'cache') },
    });
  const json = (f: string) => (fs.existsSync(path.join(root, f)) ? JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) : null);
  return { root, run, json, target, stampFile };
}

describe('npm start (scripts/start.mjs)', () => {
  it('fails with a clear message when Electron cannot be downloaded, and does nothing else', () => {
    const p = project({ electronInstalled: false });
    const r = p.run('--db=/tmp/x.db');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Downloading Electron ${version}`);
    expect(r.stderr).toContain(downloadFailedMessage(version));
    expect(p.json('builder-args.json')).toBeNull();
    expect(p.json('preview-args.json')).toBeNull();
    expect(fs.existsSync(path.join(p.root, 'node_modules/electron/path.txt'))).toBe(false);
  }, 70_000);

  it('first start with Electron present: rebuilds better-sqlite3 for Electron, stamps it, previews with the args', () => {
    const p = project({ electronInstalled: true, sqlite: 'electron' });
    const r = p.run('--db=/tmp/x.db');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(p.json('builder-args.json')).toEqual(['install-app-deps']);
    expect(readStamp(p.stampFile)).toEqual(makeStamp(p.target, bindingIdentity(path.join(p.root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))));
    expect(p.json('preview-args.json')).toEqual(['preview', '--', '--db=/tmp/x.db']);
  });

  it('next start: no rebuild while the stamp matches; the app’s exit code is ours', () => {
    const p = project({ electronInstalled: true, sqlite: 'electron', stamped: true, previewExit: 3 });
    const r = p.run();
    expect(r.status).toBe(3);
    expect(p.json('builder-args.json')).toBeNull();
    expect(p.json('preview-args.json')).toEqual(['preview']);
  });

  it('refuses a "rebuild for Electron" that produced a Node binary', () => {
    const p = project({ electronInstalled: true, sqlite: 'node' });
    const r = p.run();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rebuilt for Node, not for Electron/);
    expect(fs.existsSync(p.stampFile)).toBe(false);
    expect(p.json('preview-args.json')).toBeNull();
  });
});

describe('pretest guard (scripts/ensure-node-sqlite.mjs)', () => {
  it('passes quietly on this checkout, where better-sqlite3 loads in Node', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-node-sqlite.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
