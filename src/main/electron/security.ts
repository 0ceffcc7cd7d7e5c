import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './paths';

// Electron's security checklist, applied to every webContents and to the session.

/** The same policy as the <meta> in src/renderer/index.html (a test holds them equal). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * May this URL be handed to the OS (browser, mail client)? Only well-formed http(s) URLs with a host
 * and no credentials, and mailto: with an address. Never file:, javascript:, app: or other schemes.
 */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return /^[^@\s/]+@[^@\s/]+$/.test(decodeSafe(url.pathname));
  return url.hostname !== '' && url.username === '' && url.password === '';
}

const decodeSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

/** Opens the URL in the OS handler after the check; returns whether it was opened. */
export function openExternalIfSafe(shell: Pick<Shell, 'openExternal'>, raw: unknown): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  shell.openExternal(new URL(raw).href).catch((e: unknown) => console.error('[shell] openExternal failed', e));
  return true;
}

type Preventable = { preventDefault(): void; url?: string };

/**
 * For any webContents: navigation away from the app is refused (an allowed external link goes to
 * the OS browser instead), new windows are denied, <webview> is never attached.
 */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event: Preventable) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalIfSafe(shell, event.url);
  });
  contents.on('will-redirect', (event: Preventable) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Preventable) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(shell, url);
    return { action: 'deny' };
  });
}

/** Response headers with our CSP replacing any policy already there. */
export function withCsp(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = Array.isArray(v) ? v : [v];
  }
  out['Content-Security-Policy'] = [CSP];
  return out;
}

/** Network schemes the renderer never reaches directly (the core does any I/O). */
const BLOCKED_REQUEST = /^(https?|wss?|ftp|file):/i;

/** Session: every permission denied, remote requests cancelled, our CSP on app:// responses. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: BLOCKED_REQUEST.test(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback(isAppUrl(details.url) ? { responseHeaders: withCsp(details.responseHeaders) } : {}),
  );
}
