import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT } from '../../shared/contract';
import { tempDir } from '../test/tmp';
import { startApp, type RunningApp } from './lifecycle';
import { createProjector, projectorDisplay, projectorUrl } from './projector';
import { asElectron, createFakeElectron, fakeDisplay, type FakeDisplay } from './test/fake-electron';
import { webPreferences } from './window';

// The projector window: placement on a second screen, the same security settings as the main
// window, reuse, and the `live.projector` channel through the real core.

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

const laptop = fakeDisplay(1, 0, 1920, 1080, true);
const projectorScreen = fakeDisplay(2, 1920, 1280, 800);

function setup(displays: FakeDisplay[] = [laptop]) {
  const fake = createFakeElectron({ userData: '/nowhere', displays });
  const projector = createProjector({
    BrowserWindow: fake.BrowserWindow as unknown as WindowClass,
    screen: () => fake.screen as never,
    preload: '/p/index.cjs',
    devTools: false,
  });
  return { fake, projector };
}

describe('projectorDisplay', () => {
  it('prefers an external screen, else any other one, else the primary one', () => {
    const second = fakeDisplay(3, -1920, 1920, 1080, true);
    const screen = (ds: FakeDisplay[]) => ({ getAllDisplays: () => ds, getPrimaryDisplay: () => ds[0] }) as never;
    expect(projectorDisplay(screen([laptop]))).toEqual({ display: laptop, external: false });
    expect(projectorDisplay(screen([laptop, second, projectorScreen]))).toEqual({ display: projectorScreen, external: true });
    expect(projectorDisplay(screen([laptop, second]))).toEqual({ display: second, external: true });
  });
});

describe('createProjector', () => {
  it('opens full screen on the second display, with the main window’s security settings, at #/projector/<id>', () => {
    const { fake, projector } = setup([laptop, projectorScreen]);
    expect(projector.open('0190a0a0-0000-7000-8000-000000000001')).toBe(true);
    const [w] = fake.windows;
    expect(w.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 760, fullscreen: true, show: false, webPreferences: webPreferences('/p/index.cjs', false) });
    expect(w.loadURL).toHaveBeenCalledWith('app://palabra/index.html#/projector/0190a0a0-0000-7000-8000-000000000001');
    expect(w.show).not.toHaveBeenCalled();
    w.emit('ready-to-show');
    expect(w.show).toHaveBeenCalledTimes(1);
    expect(projectorUrl('a/b')).toBe('app://palabra/index.html#/projector/a%2Fb');
  });

  it('with one screen: a centred window on it, not full screen', () => {
    const { fake, projector } = setup();
    projector.open('m1');
    expect(fake.windows[0].options).toMatchObject({ fullscreen: false, width: 1280, height: 800, x: 320, y: 120 });
  });

  it('is reused: the same meeting is only brought forward, another one is loaded in the same window', () => {
    const { fake, projector } = setup();
    projector.open('m1');
    projector.open('m1');
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0].loadURL).toHaveBeenCalledTimes(1);
    expect(fake.windows[0].focus).toHaveBeenCalledTimes(1);
    projector.open('m2');
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0].loadURL).toHaveBeenLastCalledWith(projectorUrl('m2'));
    expect(projector.window()).toBe(fake.windows[0]);
    // closed by the user: the next open makes a new one
    fake.windows[0].close();
    expect(projector.window()).toBeNull();
    projector.open('m2');
    expect(fake.windows).toHaveLength(2);
  });

  it('answers false when the window cannot be made', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const projector = createProjector({
      BrowserWindow: class {
        constructor() {
          throw new Error('no display server');
        }
      } as unknown as WindowClass,
      screen: () => ({ getAllDisplays: () => [laptop], getPrimaryDisplay: () => laptop }) as never,
      preload: '/p',
      devTools: false,
    });
    expect(projector.open('m1')).toBe(false);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('live.projector in the running shell', () => {
  const running: RunningApp[] = [];
  afterEach(async () => {
    while (running.length) await running.pop()!.stop();
  });

  it('opens the projector window from the core, sends it live events, and closes it with the main window', async () => {
    const userData = tempDir();
    const fake = createFakeElectron({ userData, displays: [laptop, projectorScreen] });
    const app = (await startApp(asElectron(fake), { argv: ['electron', '.'], env: {}, cwd: userData, mainDir: path.join(userData, 'out', 'main'), platform: 'linux' }))!;
    running.push(app);
    expect(app.core.dispatch('example.load', {})).toMatchObject({ ok: true });
    const meetings = app.core.dispatch('meetings.list', {});
    const meetingId = (meetings as { value: { id: string; status: string }[] }).value.find((m) => m.status === 'planned')!.id;

    expect(app.core.dispatch('live.projector', { meetingId })).toEqual({ ok: true, value: { opened: true } });
    expect(fake.windows).toHaveLength(2);
    const projectorWindow = fake.windows[1];
    expect(app.projector.window()).toBe(projectorWindow);
    expect(projectorWindow.loadURL).toHaveBeenCalledWith(projectorUrl(meetingId));
    expect(projectorWindow.options.webPreferences).toEqual(fake.windows[0].options.webPreferences);
    // hardened like every webContents: window.open is denied
    expect(projectorWindow.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(projectorWindow.webContents.fire('will-navigate', 'https://example.org')).toBe(true);

    // a change in the chair's window reaches the projector
    expect(app.core.dispatch('live.open', { meetingId })).toMatchObject({ ok: true });
    expect(projectorWindow.webContents.sent).toContainEqual([IPC_EVENT, 'live.changed', { meetingId }]);

    // a second call reuses the window
    app.core.dispatch('live.projector', { meetingId });
    expect(fake.windows).toHaveLength(2);

    fake.windows[0].close();
    expect(projectorWindow.destroyed).toBe(true);
    expect(fake.app.quit).toHaveBeenCalled();
  });
});
