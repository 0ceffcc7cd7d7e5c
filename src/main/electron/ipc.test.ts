import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract';
import { ok } from '../../shared/errors';
import { createFakeElectron } from './test/fake-electron';
import { broadcaster, isTrustedSender, registerInvoke } from './ipc';

function door() {
  const fake = createFakeElectron({ userData: '/nowhere' });
  const dispatch = vi.fn((_channel: string, _input: unknown) => ok('dispatched'));
  registerInvoke(fake.ipcMain, dispatch);
  expect(fake.ipcMain.handle).toHaveBeenCalledTimes(1);
  expect(fake.ipcMain.handle.mock.calls[0][0]).toBe(IPC_INVOKE);
  const handler = fake.ipcHandlers.get(IPC_INVOKE)!;
  const call = (senderFrame: unknown, channel: unknown, input?: unknown) => handler({ senderFrame }, channel, input);
  return { dispatch, call, handler };
}

describe('the invoke door', () => {
  it('dispatches calls from app://palabra frames', () => {
    const { dispatch, call } = door();
    expect(call({ url: 'app://palabra/index.html#/meetings' }, 'settings.update', { language: 'fr' })).toEqual(ok('dispatched'));
    expect(dispatch).toHaveBeenCalledWith('settings.update', { language: 'fr' });
  });

  it('refuses frames from anywhere else without dispatching', () => {
    const { dispatch, call, handler } = door();
    for (const url of [
      'https://evil.example/',
      'file:///home/ana/evil.html',
      'app://evil/index.html',
      'app://palabra.evil.example/',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,hi',
      '',
    ]) {
      const result = call({ url }, 'settings.update', { language: 'fr' }) as { ok: boolean; error?: { code: string } };
      expect(result.ok, url).toBe(false);
      expect(result.error?.code, url).toBe('unknown_channel');
    }
    expect(call(null, 'app.info')).toMatchObject({ ok: false });
    expect(call(undefined, 'app.info')).toMatchObject({ ok: false });
    const disposedFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(call(disposedFrame, 'app.info')).toMatchObject({ ok: false });
    const disposedEvent = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(handler(disposedEvent, 'app.info', {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('isTrustedSender compares protocol and host', () => {
    const from = (url: string) => ({ senderFrame: { url } });
    expect(isTrustedSender(from('app://palabra/'))).toBe(true);
    expect(isTrustedSender(from('app://palabra:8080/'))).toBe(false);
    expect(isTrustedSender(from('https://palabra/'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

describe('broadcaster', () => {
  it('sends (IPC_EVENT, name, payload) to every live window', () => {
    const fake = createFakeElectron({ userData: '/nowhere' });
    const a = new fake.BrowserWindow({});
    const b = new fake.BrowserWindow({});
    const gone = new fake.BrowserWindow({});
    gone.destroyed = true;
    const emit = broadcaster(() => [a, b, gone] as unknown as BrowserWindow[]);
    emit('data.changed', { entity: 'members', id: 'm1' });
    for (const w of [a, b]) expect(w.webContents.sent).toEqual([[IPC_EVENT, 'data.changed', { entity: 'members', id: 'm1' }]]);
    expect(gone.webContents.sent).toEqual([]);
  });
});
