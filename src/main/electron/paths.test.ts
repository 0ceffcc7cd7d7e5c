import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, isAppUrl, preloadFile, rendererDir, resolveDbPath } from './paths';

const USER_DATA = path.resolve('/home/ana/.config/Palabra');
const CWD = path.resolve('/work/here');

describe('resolveDbPath', () => {
  it('defaults to <userData>/palabra.db', () => {
    expect(resolveDbPath(['/opt/Palabra/palabra'], {}, USER_DATA, CWD)).toBe(path.join(USER_DATA, 'palabra.db'));
  });

  it('takes --db=<file> from the command line, relative to the working folder', () => {
    expect(resolveDbPath(['electron', '.', '--db=/tmp/lac.db'], {}, USER_DATA, CWD)).toBe(path.resolve('/tmp/lac.db'));
    expect(resolveDbPath(['electron', '.', '--db=meetings/lac.db'], {}, USER_DATA, CWD)).toBe(path.join(CWD, 'meetings/lac.db'));
  });

  it('accepts the spaced form --db <file>', () => {
    expect(resolveDbPath(['palabra', '--db', '/tmp/x.db'], {}, USER_DATA, CWD)).toBe(path.resolve('/tmp/x.db'));
  });

  it('takes PALABRA_DB when no flag is given; the flag wins over the variable', () => {
    expect(resolveDbPath(['palabra'], { PALABRA_DB: '/srv/env.db' }, USER_DATA, CWD)).toBe(path.resolve('/srv/env.db'));
    expect(resolveDbPath(['palabra', '--db=/srv/flag.db'], { PALABRA_DB: '/srv/env.db' }, USER_DATA, CWD)).toBe(path.resolve('/srv/flag.db'));
  });

  it('ignores empty values and look-alike flags', () => {
    const def = path.join(USER_DATA, 'palabra.db');
    expect(resolveDbPath(['palabra', '--db='], { PALABRA_DB: '  ' }, USER_DATA, CWD)).toBe(def);
    expect(resolveDbPath(['palabra', '--dbx=/tmp/a.db', '--database=/tmp/b.db'], {}, USER_DATA, CWD)).toBe(def);
    expect(resolveDbPath(['palabra', '--db', '--inspect'], {}, USER_DATA, CWD)).toBe(def);
    expect(resolveDbPath(['palabra', '--db'], {}, USER_DATA, CWD)).toBe(def);
  });

  it('the last --db wins', () => {
    expect(resolveDbPath(['p', '--db=/a.db', '--db=/b.db'], {}, USER_DATA, CWD)).toBe(path.resolve('/b.db'));
  });
});

describe('app origin', () => {
  it('recognises app://palabra URLs by protocol and host (URL.origin is "null" for custom schemes)', () => {
    expect(new URL(APP_ENTRY).origin).toBe('null');
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://palabra/#/meetings/1')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://palabra.evil.example/',
      'https://palabra/',
      'file:///index.html',
      'http://localhost:5173/',
      'javascript:alert(1)',
      '',
      'not a url',
      undefined,
      null,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('finds the renderer and the CommonJS preload next to the main bundle', () => {
    const mainDir = path.resolve('/app/out/main');
    expect(rendererDir(mainDir)).toBe(path.resolve('/app/out/renderer'));
    expect(preloadFile(mainDir)).toBe(path.resolve('/app/out/preload/index.cjs'));
  });
});
