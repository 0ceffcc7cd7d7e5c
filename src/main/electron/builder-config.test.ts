import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// electron-builder.yml, validated offline: against app-builder-lib's JSON schema with ajv, and by
// electron-builder's own loader and validator. Building installers needs downloads, so not here.

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, 'electron-builder.yml');
// js-yaml and minimatch come with electron-builder (app-builder-lib depends on them)
const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const { minimatch } = fromBuilder('minimatch') as { minimatch(p: string, pattern: string, o?: object): boolean };
const schema = fromBuilder('./scheme.json') as object;

type Config = Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  directories: { output: string; buildResources: string };
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
  nsis: Record<string, unknown>;
};
const load = (text = fs.readFileSync(FILE, 'utf8')) => yaml.load(text) as Config;

const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
function validate(config: unknown) {
  const valid = check(config);
  return { valid, errors: check.errors };
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema', () => {
    const { valid, errors } = validate(load());
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check does catch mistakes', () => {
    expect(validate({ ...load(), appID: 'typo' }).valid).toBe(false);
    expect(validate({ ...load(), electronFuses: { runAsNode: false, noSuchFuse: true } }).valid).toBe(false);
    expect(validate({ ...load(), linux: { target: 'AppImage', category: 42 } }).valid).toBe(false);
  });

  it('loads and validates with electron-builder’s own config code', async () => {
    const { getConfig, validateConfiguration } = fromBuilder('./out/util/config/config') as {
      getConfig(dir: string, file: string | null, extra: null): Promise<Config>;
      validateConfiguration(c: Config, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await getConfig(ROOT, FILE, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('org.palabra.app');
  });

  it('names the app and its output', () => {
    const c = load();
    expect(c.appId).toBe('org.palabra.app');
    expect(c.productName).toBe('Palabra');
    expect(c.directories.output).toBe('dist');
    expect(c.directories.buildResources).toBe('build');
  });

  it('sets the security fuses', () => {
    expect(load().electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(load().asar).toBe(true); // onlyLoadAppFromAsar needs an asar
  });

  it('packs only the built app and package.json, and unpacks better-sqlite3’s native binding', () => {
    const c = load();
    const packed = (p: string) => c.files.some((pattern) => minimatch(p, pattern, { dot: true }));
    for (const p of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-x.js', 'package.json']) {
      expect(packed(p), p).toBe(true);
    }
    for (const p of ['src/main/electron/main.ts', 'out-shell/main/index.js', 'e2e/harness.ts', 'locales/en/errors.json', 'build/icon.svg', 'scripts/start.mjs']) {
      expect(packed(p), p).toBe(false);
    }
    const unpacked = (p: string) => c.asarUnpack.some((pattern) => minimatch(p, pattern, { dot: true }));
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/lib/index.js')).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
  });

  it('targets AppImage + deb, NSIS and dmg, with the icon from build/', () => {
    const c = load();
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.linux.category).toBe('Office');
    expect(c.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/); // deb needs "Name <email>"
    expect(c.win.target).toBe('nsis');
    expect(c.nsis.deleteAppDataOnUninstall).toBe(false); // the database lives there
    expect(c.mac.target).toBe('dmg');
    for (const icon of [c.linux.icon, c.win.icon, c.mac.icon]) expect(icon).toBe('build/icon.png');
  });

  it('build/icon.png is a 512x512 RGBA PNG, rendered from build/icon.svg', () => {
    const png = fs.readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[25]).toBe(6); // colour type RGBA
    expect(fs.readFileSync(path.join(ROOT, 'build/icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 512 512"/);
  });
});
