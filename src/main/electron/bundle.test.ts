import fs from 'node:fs';
import os from 'node:os';
import { builtinModules } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fr from '../../../locales/fr/errors.json';
import pkg from '../../../package.json';
import { IPC_INVOKE, type PalabraBridge } from '../../shared/contract';

// The real build of main and preload (the project's electron.vite.config.ts), checked the way
// Electron will load it: the preload in a sandbox where `require` knows only 'electron'.

const ROOT = path.resolve(__dirname, '../../..');
let out: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'palabra-bundle-'));
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const { resolveConfig } = await import('electron-vite');
  const resolved = await resolveConfig({ root: ROOT, logLevel: 'silent', build: { outDir: out } }, 'build', 'production');
  await build(resolved.config!.main!);
  await build(resolved.config!.preload!);
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const requires = (code: string) => [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);

describe('the built preload (out/preload/index.cjs)', () => {
  it('is CommonJS and requires nothing but electron (a sandboxed preload cannot load packages)', () => {
    const code = fs.readFileSync(path.join(out, 'preload', 'index.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(
      [...new Set(requires(code))],
      'the preload bundle must inline its dependencies: set preload.build.externalizeDeps to false in electron.vite.config.ts',
    ).toEqual(['electron']);
  });

  it('runs in a sandbox-like context and exposes window.palabra bound to the invoke channel', async () => {
    const code = fs.readFileSync(path.join(out, 'preload', 'index.cjs'), 'utf8');
    const exposeInMainWorld = vi.fn();
    const ipcInvoke = vi.fn(() => Promise.resolve({ ok: true, value: 1 }));
    const electron = { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke: ipcInvoke, on: vi.fn(), removeListener: vi.fn() } };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`module not found: ${name}`);
    };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0] as unknown as [string, PalabraBridge];
    expect(key).toBe('palabra');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(ipcInvoke).toHaveBeenCalledWith(IPC_INVOKE, 'app.info', {});
  });
});

describe('the built main (out/main/index.js)', () => {
  it('is where package.json "main" points', () => {
    expect(path.normalize(pkg.main)).toBe(path.normalize('./out/main/index.js'));
    expect(fs.existsSync(path.join(out, 'main', 'index.js'))).toBe(true);
  });

  it('requires better-sqlite3 and the other runtime packages from node_modules, electron and Node built-ins only', () => {
    const code = fs.readFileSync(path.join(out, 'main', 'index.js'), 'utf8');
    const needed = [...new Set(requires(code))];
    expect(needed).toContain('better-sqlite3');
    expect(needed).toContain('electron');
    const deps = Object.keys(pkg.dependencies);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const name of needed) {
      expect(name === 'electron' || builtins.has(name) || deps.includes(name), `${name} must be a dependency or bundled`).toBe(true);
    }
  });

  it('bundles the migrations and the startup translations', () => {
    const code = fs.readFileSync(path.join(out, 'main', 'index.js'), 'utf8');
    const migrations = fs.readdirSync(path.resolve(ROOT, 'src/main/db/migrations')).filter((f) => f.endsWith('.sql'));
    expect(migrations.length).toBeGreaterThan(0);
    expect(code).toContain(fr.startup.title);
    expect(code).toMatch(/CREATE TABLE/i);
  });
});
