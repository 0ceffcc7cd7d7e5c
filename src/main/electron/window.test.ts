import { describe, expect, it } from 'vitest';
import type { BrowserWindow, Menu, WebContents } from 'electron';
import { createFakeElectron, fakeEvent, FakeWebContents } from './test/fake-electron';
import { applicationMenu, createMainWindow, webPreferences, zoomKeys } from './window';

describe('webPreferences', () => {
  it('holds every security option of the checklist', () => {
    const prefs = webPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    });
    expect(webPreferences('/p', true).devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads app://palabra/index.html hidden, and shows it when ready', () => {
    const fake = createFakeElectron({ userData: '/nowhere' });
    const win = createMainWindow(fake.BrowserWindow as unknown as new () => BrowserWindow, { preload: '/p/index.cjs', devTools: false });
    const w = fake.windows[0];
    expect(win).toBe(w);
    expect(w.options).toMatchObject({ show: false, webPreferences: webPreferences('/p/index.cjs', false) });
    expect(w.loadURL).toHaveBeenCalledWith('app://palabra/index.html');
    expect(w.show).not.toHaveBeenCalled();
    w.emit('ready-to-show');
    expect(w.show).toHaveBeenCalledTimes(1);
  });
});

describe('zoomKeys', () => {
  const press = (contents: FakeWebContents, input: Record<string, unknown>) => {
    const event = fakeEvent();
    contents.emit('before-input-event', event, { type: 'keyDown', control: false, meta: false, alt: false, ...input });
    return event.defaultPrevented;
  };

  it('Ctrl/Cmd +, - and 0 change the zoom within bounds; other keys pass through', () => {
    const contents = new FakeWebContents();
    zoomKeys(contents as unknown as WebContents);
    expect(press(contents, { key: '=', control: true })).toBe(true);
    expect(contents.zoom).toBe(0.5);
    expect(press(contents, { key: '+', meta: true })).toBe(true);
    expect(contents.zoom).toBe(1);
    expect(press(contents, { key: '0', control: true })).toBe(true);
    expect(contents.zoom).toBe(0);
    for (let i = 0; i < 20; i++) press(contents, { key: '-', control: true });
    expect(contents.zoom).toBe(-3);
    expect(press(contents, { key: 'c', control: true })).toBe(false);
    expect(press(contents, { key: '+' })).toBe(false);
    expect(press(contents, { key: '+', control: true, type: 'keyUp' })).toBe(false);
    expect(contents.zoom).toBe(-3);
  });
});

describe('applicationMenu', () => {
  const MenuClass = { buildFromTemplate: (template: unknown[]) => ({ template }) as unknown as Menu };
  it('is null on Windows and Linux', () => {
    expect(applicationMenu(MenuClass, 'linux')).toBeNull();
    expect(applicationMenu(MenuClass, 'win32')).toBeNull();
  });
  it('on macOS has only the standard app, edit and window roles (no dev tools, no reload)', () => {
    const menu = applicationMenu(MenuClass, 'darwin') as unknown as { template: { role: string }[] };
    expect(menu.template.map((i) => i.role)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(JSON.stringify(menu)).not.toMatch(/toggleDevTools|reload/i);
  });
});
