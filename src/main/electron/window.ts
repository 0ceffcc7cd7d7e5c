import type { BrowserWindow, BrowserWindowConstructorOptions, Input, Menu, WebContents, WebPreferences } from 'electron';
import { APP_ENTRY } from './paths';

/** Every window's web preferences (Electron security checklist). */
export function webPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

export function windowOptions(preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Palabra',
    webPreferences: webPreferences(preload, devTools),
  };
}

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The main window on app://palabra/index.html, shown once its first paint is ready. */
export function createMainWindow(BrowserWindowClass: WindowClass, opts: { preload: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindowClass(windowOptions(opts.preload, opts.devTools));
  win.once('ready-to-show', () => win.show());
  zoomKeys(win.webContents);
  win.loadURL(APP_ENTRY).catch((e: unknown) => console.error('[window] could not load the app', e));
  return win;
}

/** Ctrl/Cmd + plus, minus and 0 zoom the page (there is no View menu to carry these shortcuts). */
export function zoomKeys(contents: WebContents): void {
  contents.on('before-input-event', (event: { preventDefault(): void }, input: Input) => {
    if (input.type !== 'keyDown' || !(input.control || input.meta) || input.alt) return;
    const level = contents.getZoomLevel();
    const next = input.key === '+' || input.key === '=' ? level + 0.5 : input.key === '-' ? level - 0.5 : input.key === '0' ? 0 : null;
    if (next === null) return;
    event.preventDefault();
    contents.setZoomLevel(Math.min(4, Math.max(-3, next)));
  });
}

/**
 * macOS needs an application menu for Cmd+C/V/Q and window handling; elsewhere the app has its own
 * navigation and no menu bar. Only standard roles, so Electron supplies the labels.
 */
export function applicationMenu(MenuClass: Pick<typeof Menu, 'buildFromTemplate'>, platform: NodeJS.Platform): Menu | null {
  if (platform !== 'darwin') return null;
  return MenuClass.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]);
}
