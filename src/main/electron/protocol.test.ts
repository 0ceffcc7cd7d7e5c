import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test/tmp';
import { createAppHandler, registerAppScheme, resolveAppFile } from './protocol';
import { CSP } from './security';

/** A built-renderer folder with a secret file next to it (outside), to try to reach. */
function site() {
  const dir = tempDir();
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Palabra</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET');
  fs.writeFileSync(path.join(dir, 'renderer-evil.txt'), 'TOP SECRET');
  return { root, dir };
}

const TRAVERSALS = [
  'app://palabra/../secret.txt',
  'app://palabra/%2e%2e/secret.txt',
  'app://palabra/..%2fsecret.txt',
  'app://palabra/assets/..%2f..%2fsecret.txt',
  'app://palabra/..%5csecret.txt',
  'app://palabra/assets%5c..%5c..%5csecret.txt',
  'app://palabra/%2e%2e%2fsecret.txt',
  'app://palabra/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  'app://palabra/%2fetc%2fpasswd',
  'app://palabra/..%2frenderer-evil.txt',
  'app://palabra/index.html%00.js',
  'app://palabra/%E0%A4%A',
];

describe('resolveAppFile', () => {
  it('maps app://palabra/ paths onto the renderer folder; / is index.html', () => {
    const { root } = site();
    expect(resolveAppFile(root, 'app://palabra/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://palabra/index.html?x=1#/meetings')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://palabra/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://palabra/assets/a%20b.png')).toBe(path.join(root, 'assets', 'a b.png'));
  });

  it('refuses path traversal in every spelling', () => {
    const { root } = site();
    for (const url of TRAVERSALS) {
      const file = resolveAppFile(root, url);
      // the URL parser already folds plain ../ into the root; what remains must stay inside
      if (file !== null) expect(file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
      if (file !== null) expect(fs.existsSync(file), `${url} -> ${file}`).toBe(false);
    }
    expect(resolveAppFile(root, 'app://palabra/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://palabra/..%5csecret.txt')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    const { root } = site();
    for (const url of ['app://evil/index.html', 'file:///index.html', 'https://palabra/index.html', 'nonsense']) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});

describe('createAppHandler', () => {
  const get = (root: string, url: string, method = 'GET') => createAppHandler(root)(new Request(url, { method }));

  it('serves the built files with their type, our CSP and nosniff', async () => {
    const { root } = site();
    const index = await get(root, 'app://palabra/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Palabra</title>');
    const js = await get(root, 'app://palabra/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get(root, 'app://palabra/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 to traversal attempts, never the file outside', async () => {
    const { root } = site();
    for (const url of TRAVERSALS) {
      const res = await get(root, url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('TOP SECRET');
    }
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    const { root } = site();
    expect((await get(root, 'app://palabra/nope.js')).status).toBe(404);
    expect((await get(root, 'app://palabra/assets/')).status).toBe(404);
    expect((await get(root, 'app://other/index.html')).status).toBe(404);
    expect((await get(root, 'app://palabra/index.html', 'POST')).status).toBe(405);
  });
});

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetch-capable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
