import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Screen } from 'electron';
import { APP_ENTRY } from './paths';
import { webPreferences, zoomKeys } from './window';

// The projector view: a second window, read-only, on the room's second screen when there is one. It
// shows the renderer at #/projector/<meetingId> and follows the chair's window through `live.changed`
// (every window receives the core's events). Same security settings as the main window.

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;
export type ScreenApi = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;

export const projectorUrl = (meetingId: string): string => `${APP_ENTRY}#/projector/${encodeURIComponent(meetingId)}`;

/** A display other than the primary one (the projector), or the primary one when it is alone. */
export function projectorDisplay(screen: ScreenApi): { display: Display; external: boolean } {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  // Prefer an external screen over a second built-in one.
  const other = others.find((d) => !d.internal) ?? others[0];
  return other ? { display: other, external: true } : { display: primary, external: false };
}

/** Full screen on the second display; a window on the primary one otherwise. */
export function projectorOptions(preload: string, devTools: boolean, placed: { display: Display; external: boolean }): BrowserWindowConstructorOptions {
  const area = placed.display.workArea;
  const size = placed.external ? { width: area.width, height: area.height } : { width: Math.min(1280, area.width), height: Math.min(800, area.height) };
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
    fullscreen: placed.external,
    autoHideMenuBar: true,
    show: false,
    title: 'Palabra',
    webPreferences: webPreferences(preload, devTools),
  };
}

export interface Projector {
  /** Shows the meeting's projector view, opening the window or reusing it; true when shown. */
  open(meetingId: string): boolean;
  close(): void;
  window(): BrowserWindow | null;
}

export function createProjector(deps: { BrowserWindow: WindowClass; screen: () => ScreenApi; preload: string; devTools: boolean }): Projector {
  let win: BrowserWindow | null = null;
  let shown: string | null = null;
  const load = (w: BrowserWindow, meetingId: string) => {
    shown = meetingId;
    w.loadURL(projectorUrl(meetingId)).catch((e: unknown) => console.error('[projector] could not load the view', e));
  };
  return {
    open(meetingId) {
      try {
        if (win && !win.isDestroyed()) {
          if (shown !== meetingId) load(win, meetingId);
          win.show();
          win.focus();
          return true;
        }
        const w = new deps.BrowserWindow(projectorOptions(deps.preload, deps.devTools, projectorDisplay(deps.screen())));
        win = w;
        w.once('ready-to-show', () => w.show());
        w.on('closed', () => {
          if (win === w) win = null;
        });
        zoomKeys(w.webContents);
        load(w, meetingId);
        return true;
      } catch (e) {
        console.error('[projector] could not open the window', e);
        return false;
      }
    },
    close() {
      if (win && !win.isDestroyed()) win.close();
      win = null;
    },
    window: () => (win && !win.isDestroyed() ? win : null),
  };
}
