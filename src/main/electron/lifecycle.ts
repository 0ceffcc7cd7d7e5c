import type * as ElectronModule from 'electron';
import type { BrowserWindow } from 'electron';
import { IPC_INVOKE } from '../../shared/contract';
import { createCore, type Core } from '../core';
import { peekLanguage } from '../db/peek';
import { dailyBackupIfDue } from '../db/backup';
import { restoreDatabase } from '../core/backups/restore';
import { broadcaster, registerInvoke } from './ipc';
import { APP_SCHEME, preloadFile, rendererDir, resolveDbPath } from './paths';
import { createAppHandler, registerAppScheme } from './protocol';
import { createProjector, type Projector } from './projector';
import { hardenSession, hardenWebContents } from './security';
import { startupErrorText } from './startup';
import { applicationMenu, createMainWindow } from './window';

/** The parts of the electron module the shell uses (tests pass a fake). */
export type ElectronApi = Pick<
  typeof ElectronModule,
  'app' | 'BrowserWindow' | 'protocol' | 'session' | 'ipcMain' | 'dialog' | 'shell' | 'Menu' | 'screen'
>;

export interface StartOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Folder of the built main bundle (out/main): renderer and preload are found from it. */
  mainDir: string;
  platform: NodeJS.Platform;
  backupEveryMs?: number;
}

export interface RunningApp {
  core: Core;
  mainWindow(): BrowserWindow | null;
  /** The projector view's window (opened by the `live.projector` channel). */
  projector: Projector;
  /** Stops the backup timer and the IPC door, lets a running backup finish, closes the database. Idempotent. */
  stop(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/**
 * The app's life: single instance, hardening, the database (or a translated dialog and exit when it
 * cannot be opened), the app:// protocol, the IPC door, the window, daily backups.
 * Resolves to null when this process must not run (second instance, database refused).
 */
export async function startApp(electron: ElectronApi, opts: StartOptions): Promise<RunningApp | null> {
  const { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, Menu } = electron;
  registerAppScheme(protocol); // before ready

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));

  const file = resolveDbPath(opts.argv, opts.env, app.getPath('userData'), opts.cwd);
  // Chromium's locale (native date and time inputs) follows the language chosen in Palabra; it can
  // only be set before ready, so a change in Settings shows there from the next start.
  const language = peekLanguage(file);
  if (language) app.commandLine.appendSwitch('lang', language);

  await app.whenReady();

  // `screen` is read when the projector opens: the module may only be used once the app is ready.
  const projector = createProjector({ BrowserWindow, screen: () => electron.screen, preload: preloadFile(opts.mainDir), devTools: !app.isPackaged });
  let core: Core;
  let restoring = false;
  try {
    core = createCore(file, {
      version: app.getVersion(),
      emit: broadcaster(() => BrowserWindow.getAllWindows()),
      shell: {
        openProjector: (meetingId) => projector.open(meetingId),
        // Called inside the `backups.restore` transaction: the swap waits for the call to return.
        restoreAndRestart: (backupFile) => {
          if (restoring) return false;
          restoring = true;
          setImmediate(() => void restartOnto(backupFile));
          return true;
        },
      },
    });
  } catch (error) {
    console.error('[startup] cannot open the database', error);
    const { title, body } = startupErrorText(error, app.getLocale(), file);
    dialog.showErrorBox(title, body);
    app.exit(1);
    return null;
  }

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir(opts.mainDir)));
  registerInvoke(ipcMain, core.dispatch);
  Menu.setApplicationMenu(applicationMenu(Menu, opts.platform));

  const openWindow = () => {
    const win = createMainWindow(BrowserWindow, { preload: preloadFile(opts.mainDir), devTools: !app.isPackaged });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // The projector follows the chair's window: it does not outlive it.
      projector.close();
    });
    mainWindow = win;
  };
  openWindow();

  let backup: Promise<unknown> | null = null;
  const runBackup = () => {
    if (backup) return;
    backup = dailyBackupIfDue(core.ctx.db, core.backupDir)
      .catch((e: unknown) => console.error('[backup] daily backup failed', e))
      .finally(() => (backup = null));
  };
  runBackup();
  const timer = setInterval(runBackup, opts.backupEveryMs ?? HOUR);

  let closed = false;
  let quiet: Promise<void> | null = null;
  /** No more calls or backups: the database is ours alone. */
  const quiesce = () =>
    (quiet ??= (async () => {
      clearInterval(timer);
      ipcMain.removeHandler(IPC_INVOKE);
      await backup; // a running backup finishes before the connection closes
    })());
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await quiesce();
      if (core.ctx.db.open) core.close();
      closed = true;
    })());

  /**
   * Restore: once nothing else uses the database, back up the current data, swap in the backup,
   * reopen it (migrations, journal entry), close, and start a fresh instance on it. A failure leaves
   * the current data in place (restoreDatabase puts it back) and the app restarts on it.
   */
  async function restartOnto(backupFile: string) {
    await quiesce();
    try {
      restoreDatabase(core, backupFile, (f) => createCore(f, { version: app.getVersion() })).core.close();
    } catch (e) {
      console.error('[restore] restoring the backup failed; the current data is kept', e);
    }
    await stop();
    app.relaunch();
    app.exit(0);
  }

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (opts.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void stop().then(() => app.quit());
  });

  return { core, mainWindow: () => mainWindow, projector, stop };
}
