import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { ElectronApi } from '../lifecycle';

// A fake `electron` module: just enough of app, BrowserWindow, webContents, session, protocol,
// ipcMain, dialog, shell, Menu, screen, contextBridge and ipcRenderer to drive the shell and record
// what it asked for. Handlers the shell registers are kept so tests can call them like Electron would.

export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url?: string): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: OpenHandler | null = null;
  readonly sent: unknown[][] = [];
  zoom = 0;
  setWindowOpenHandler(handler: OpenHandler) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  getZoomLevel() {
    return this.zoom;
  }
  setZoomLevel(level: number) {
    this.zoom = level;
  }
  /** Emits like Electron does and tells whether a listener called preventDefault(). */
  fire(name: string, url?: string, ...rest: unknown[]): boolean {
    const event = fakeEvent(url);
    this.emit(name, event, ...rest);
    return event.defaultPrevented;
  }
}

export interface FakeOptions {
  userData: string;
  locale?: string;
  version?: string;
  /** What requestSingleInstanceLock() answers (false: another instance holds it). */
  lock?: boolean;
  isPackaged?: boolean;
  /** The screens (the first is the primary one); one 1920×1080 laptop screen by default. */
  displays?: FakeDisplay[];
}

export interface FakeDisplay {
  id: number;
  internal: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** A display at `x` of the given size (work area: the bounds less a 40 px task bar). */
export function fakeDisplay(id: number, x: number, width: number, height: number, internal = false): FakeDisplay {
  return { id, internal, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

export function createFakeElectron(opts: FakeOptions) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: opts.isPackaged ?? false,
    requestSingleInstanceLock: vi.fn(() => opts.lock ?? true),
    /** Like Electron: quitting emits will-quit (which a listener may postpone with preventDefault). */
    quit: vi.fn(() => void app.emit('will-quit', fakeEvent())),
    exit: vi.fn(),
    /** Like Electron: only schedules a new instance for when this one exits. */
    relaunch: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => {
      if (name !== 'userData') throw new Error(`fake app.getPath(${name}) not supported`);
      return opts.userData;
    }),
    getVersion: vi.fn(() => opts.version ?? '9.9.9'),
    getLocale: vi.fn(() => opts.locale ?? 'en-US'),
    commandLine: { appendSwitch: vi.fn() },
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    readonly webContents = new FakeWebContents();
    destroyed = false;
    minimized = false;
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => {
      this.minimized = false;
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
    close() {
      this.destroyed = true;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
  };

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      protocolHandlers.set(scheme, handler);
    }),
  };

  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };

  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from-main' })),
  });

  const displays = opts.displays ?? [fakeDisplay(1, 0, 1920, 1080, true)];
  const screen = {
    getAllDisplays: vi.fn(() => [...displays]),
    getPrimaryDisplay: vi.fn(() => displays[0]),
  };

  const fake = {
    app,
    screen,
    displays,
    BrowserWindow: FakeBrowserWindow,
    windows,
    ipcMain,
    ipcHandlers,
    protocol,
    protocolHandlers,
    session: { defaultSession },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer,
  };
  return fake;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The fake seen through the shell's own type (what `startApp` accepts). */
export const asElectron = (fake: FakeElectron) => fake as unknown as ElectronApi;

/** The fake module `vi.mock('electron', ...)` serves: whatever fake the test installed last. */
const holder = globalThis as { __palabraFakeElectron?: FakeElectron };
export function installFake(fake: FakeElectron): FakeElectron {
  holder.__palabraFakeElectron = fake;
  return fake;
}
export function currentFake(): FakeElectron {
  if (!holder.__palabraFakeElectron) throw new Error('installFake() first');
  return holder.__palabraFakeElectron;
}
