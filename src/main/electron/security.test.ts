import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { createFakeElectron, FakeWebContents } from './test/fake-electron';
import { CSP, hardenSession, hardenWebContents, isSafeExternalUrl, withCsp } from './security';

const ALLOWED = ['https://atlarge.icann.org/', 'http://example.org/page?x=1#y', 'mailto:staff@atlarge.icann.org', 'mailto:ana%40example.org?subject=Agenda'];
const REFUSED = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://palabra/index.html',
  'palabra://open',
  'smb://server/share',
  'ms-msdt:/id',
  'vbscript:msgbox',
  'chrome://settings',
  'https://user:pass@evil.example/',
  'https://',
  'mailto:',
  'mailto:nobody',
  'not a url',
  `https://example.org/${'a'.repeat(3000)}`,
];

describe('isSafeExternalUrl', () => {
  it('allows well-formed http(s) and mailto links', () => {
    for (const url of ALLOWED) expect(isSafeExternalUrl(url), url).toBe(true);
  });
  it('refuses file:, javascript:, custom schemes, credentials and junk', () => {
    for (const url of REFUSED) expect(isSafeExternalUrl(url), url).toBe(false);
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(42)).toBe(false);
  });
});

function hardened() {
  const contents = new FakeWebContents();
  const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };
  hardenWebContents(contents as unknown as WebContents, shell);
  return { contents, shell };
}

describe('hardenWebContents', () => {
  it('lets the app navigate inside app://palabra', () => {
    const { contents, shell } = hardened();
    expect(contents.fire('will-navigate', 'app://palabra/index.html#/meetings')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation to foreign URLs; only safe links go to the OS browser', () => {
    const { contents, shell } = hardened();
    const foreign = [...ALLOWED, ...REFUSED.filter((u) => !u.startsWith('app://palabra/')), 'app://other/index.html'];
    for (const url of foreign) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
    }
    expect(shell.openExternal.mock.calls.map((c) => c[0])).toEqual(ALLOWED.map((u) => new URL(u).href));
  });

  it('blocks redirects away from the app without opening anything', () => {
    const { contents, shell } = hardened();
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://palabra/index.html')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never attaches a <webview>', () => {
    const { contents } = hardened();
    expect(contents.fire('will-attach-webview', undefined, {}, { src: 'https://evil.example/' })).toBe(true);
  });

  it('denies every new window; openExternal only for allowed https/mailto URLs', () => {
    const { contents, shell } = hardened();
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    for (const url of [...ALLOWED, ...REFUSED, 'app://palabra/index.html']) {
      expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    const opened = shell.openExternal.mock.calls.map((c) => c[0]);
    expect(opened).toEqual(ALLOWED.map((u) => new URL(u).href));
    for (const url of opened) expect(url).toMatch(/^(https?|mailto):/);
  });
});

describe('hardenSession', () => {
  const setup = () => {
    const session = createFakeElectron({ userData: '/nowhere' }).session.defaultSession;
    hardenSession(session as unknown as Session);
    return session;
  };

  it('denies every permission request and check', () => {
    const session = setup();
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as (wc: unknown, p: string, origin: string) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0][0] as (d: unknown) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://palabra'), permission).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://palabra' })).toBe(false);
  });

  it('cancels remote and file requests from pages, lets app:// through', () => {
    const session = setup();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0][0] as (d: { url: string }, cb: (r: unknown) => void) => void;
    const verdict = (url: string) => {
      const cb = vi.fn();
      listener({ url }, cb);
      return cb.mock.calls[0][0];
    };
    for (const url of ['https://evil.example/x.js', 'http://127.0.0.1:8080/', 'wss://evil.example/', 'file:///etc/passwd', 'FTP://x/']) {
      expect(verdict(url), url).toEqual({ cancel: true });
    }
    expect(verdict('app://palabra/assets/index.js')).toEqual({ cancel: false });
  });

  it('puts our CSP on app:// responses and leaves other responses alone', () => {
    const session = setup();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0][0] as (
      d: { url: string; responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const cb = vi.fn();
    listener({ url: 'app://palabra/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, cb);
    expect(cb.mock.calls[0][0]).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] } });
    const other = vi.fn();
    listener({ url: 'devtools://devtools/bundled/inspector.html', responseHeaders: {} }, other);
    expect(other.mock.calls[0][0]).toEqual({});
  });
});

describe('CSP', () => {
  it('is the same policy as the <meta> of the renderer', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
  });

  it('allows only our own scripts, no plugins, no framing, no remote connections', () => {
    const directives = new Map(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('withCsp replaces any policy whatever its header case', () => {
    expect(withCsp({ 'Content-Security-Policy': 'x', 'CONTENT-SECURITY-POLICY': ['y'], Server: 'z' })).toEqual({
      Server: ['z'],
      'Content-Security-Policy': [CSP],
    });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CSP] });
  });
});
