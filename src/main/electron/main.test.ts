import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fr from '../../../locales/fr/errors.json';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract';
import { LATEST_VERSION } from '../db/migrations';
import { tempDir } from '../test/tmp';
import { createFakeElectron, currentFake, fakeEvent, installFake, type FakeElectron } from './test/fake-electron';

// The whole shell as Electron would run it: main.ts is imported with a fake `electron` module and
// the real core on a temp SQLite file.

// The mocked module is created once per file; its members read whichever fake the test installed.
vi.mock('electron', async () => {
  const { currentFake: current } = await import('./test/fake-electron');
  return {
    get app() {
      return current().app;
    },
    get BrowserWindow() {
      return current().BrowserWindow;
    },
    get protocol() {
      return current().protocol;
    },
    get session() {
      return current().session;
    },
    get ipcMain() {
      return current().ipcMain;
    },
    get dialog() {
      return current().dialog;
    },
    get shell() {
      return current().shell;
    },
    get Menu() {
      return current().Menu;
    },
    get screen() {
      return current().screen;
    },
  };
});

let userData: string;
beforeEach(() => {
  userData = tempDir();
});
afterEach(async () => {
  delete process.env.PALABRA_DB;
  // quit like Electron would; when the shell had started, wait until it closed the database
  const fake = currentFake();
  const quits = fake.app.quit.mock.calls.length;
  const quitting = fakeEvent();
  fake.app.emit('will-quit', quitting);
  if (quitting.defaultPrevented) await vi.waitFor(() => expect(fake.app.quit.mock.calls.length).toBeGreaterThan(quits));
});

/** The daily backups in <userData>/backups that are complete databases. */
function completeBackups(): string[] {
  const dir = path.join(userData, 'backups');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => {
    if (!f.endsWith('-daily.db')) return false;
    try {
      const db = new BetterSqlite3(path.join(dir, f), { readonly: true, fileMustExist: true });
      const v = db.pragma('user_version', { simple: true });
      db.close();
      return v === LATEST_VERSION;
    } catch {
      return false;
    }
  });
}

/** Installs a fake, runs main.ts afresh, and waits for startApp to finish its work. */
async function boot(opts: Partial<Parameters<typeof createFakeElectron>[0]> = {}): Promise<FakeElectron> {
  const fake = installFake(createFakeElectron({ userData, ...opts }));
  vi.resetModules();
  await import('./main');
  await vi.waitFor(() => {
    const done = fake.windows.length > 0 || fake.app.quit.mock.calls.length > 0 || fake.app.exit.mock.calls.length > 0;
    if (!done) throw new Error('startApp still running');
  });
  return fake;
}

const APP_FRAME = { senderFrame: { url: 'app://palabra/index.html#/settings' } };
const invoke = (fake: FakeElectron, event: unknown, channel: string, input: unknown = {}) =>
  fake.ipcHandlers.get(IPC_INVOKE)!(event, channel, input) as { ok: boolean; value?: unknown; error?: { code: string } };

describe('main.ts with a fake electron', () => {
  it('registers the app:// scheme as privileged before the app is ready', async () => {
    const fake = await boot();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0];
    expect(registered).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0]);
    expect(fake.protocol.handle.mock.calls.map((c) => c[0])).toEqual(['app']);
  });

  it('opens one hardened window on app://palabra/index.html with the CommonJS preload', async () => {
    const fake = await boot();
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: true, // not packaged
    });
    expect(String(prefs.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(win.options.show).toBe(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://palabra/index.html');
    // the window's webContents was hardened through web-contents-created
    expect(win.webContents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('has no dev tools when packaged', async () => {
    const fake = await boot({ isPackaged: true });
    expect((fake.windows[0].options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });

  it('hardens the session before any window exists', async () => {
    const fake = await boot();
    const s = fake.session.defaultSession;
    for (const fn of [s.setPermissionRequestHandler, s.setPermissionCheckHandler, s.webRequest.onHeadersReceived]) {
      expect(fn).toHaveBeenCalledTimes(1);
      expect(fn.mock.invocationCallOrder[0]).toBeLessThan(fake.windows[0].loadURL.mock.invocationCallOrder[0]);
    }
    const cb = vi.fn();
    (s.setPermissionRequestHandler.mock.calls[0][0] as (...a: unknown[]) => void)({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('one invoke handler: foreign frames are refused and nothing is written; app frames reach the core', async () => {
    const fake = await boot({ version: '1.4.2' });
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(1);
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html']) {
      const refused = invoke(fake, { senderFrame: { url } }, 'settings.update', { language: 'fr' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(invoke(fake, { senderFrame: null }, 'settings.update', { language: 'fr' }).ok).toBe(false);
    // nothing reached the core: the setting is unchanged and no event went out
    expect(invoke(fake, APP_FRAME, 'settings.get')).toMatchObject({ ok: true, value: { language: null } });
    expect(fake.windows[0].webContents.sent).toEqual([]);

    const info = invoke(fake, APP_FRAME, 'app.info');
    expect(info).toMatchObject({ ok: true, value: { version: '1.4.2', dbPath: path.join(userData, 'palabra.db'), schemaVersion: LATEST_VERSION } });
    expect(invoke(fake, APP_FRAME, 'settings.update', { language: 'fr' })).toMatchObject({ ok: true, value: { language: 'fr' } });
    expect(fake.windows[0].webContents.sent).toEqual([[IPC_EVENT, 'data.changed', { entity: 'settings' }]]);
    expect(invoke(fake, APP_FRAME, 'no.such.channel')).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('uses PALABRA_DB when set', async () => {
    const file = path.join(tempDir(), 'elsewhere.db');
    process.env.PALABRA_DB = file;
    const fake = await boot();
    expect(invoke(fake, APP_FRAME, 'app.info')).toMatchObject({ ok: true, value: { dbPath: file } });
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(path.join(userData, 'palabra.db'))).toBe(false);
  });

  it('makes the daily backup at start', async () => {
    await boot();
    await vi.waitFor(() => expect(completeBackups()).toHaveLength(1));
  });

  it('closes the database and the IPC door on quit', async () => {
    const fake = await boot();
    const quitting = fakeEvent();
    fake.app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(true); // postponed until the database is closed
    expect(fake.ipcHandlers.has(IPC_INVOKE)).toBe(false);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled()); // then quits for real
    expect(completeBackups()).toHaveLength(1); // a running backup was finished first
    // the file is closed: it can be removed and reopened cleanly
    const db = new BetterSqlite3(path.join(userData, 'palabra.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('a second instance quits at once without touching the database; the first focuses its window', async () => {
    const second = await boot({ lock: false });
    expect(second.app.quit).toHaveBeenCalled();
    expect(second.windows).toHaveLength(0);
    expect(second.ipcMain.handle).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(userData, 'palabra.db'))).toBe(false);

    const first = await boot();
    const [win] = first.windows;
    win.minimized = true;
    first.app.emit('second-instance', fakeEvent(), ['palabra']);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('a database from a newer Palabra: translated dialog in the OS language, exit, file byte-identical', async () => {
    const file = path.join(userData, 'palabra.db');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE future (x TEXT)');
    db.pragma(`user_version = ${LATEST_VERSION + 40}`);
    db.close();
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const listing = fs.readdirSync(userData).sort();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    const fake = await boot({ locale: 'fr-FR' });
    expect(logged).toHaveBeenCalled();

    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe(fr.startup.title);
    expect(body).toContain(fr.db_newer.replace('{{version}}', String(LATEST_VERSION + 40)).replace('{{supported}}', String(LATEST_VERSION)));
    expect(body).toContain(file);
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
    expect(fs.readdirSync(userData).sort()).toEqual(listing); // no -wal, no backups folder
  });
});
