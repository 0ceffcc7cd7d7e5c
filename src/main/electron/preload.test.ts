import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, EVENT_NAMES, IPC_EVENT, IPC_INVOKE, type PalabraBridge } from '../../shared/contract';
import { createFakeElectron, installFake, type FakeElectron } from './test/fake-electron';

// preload.ts with a fake `electron`: what reaches the page is window.palabra = { invoke, on } only.

vi.mock('electron', async () => {
  const { currentFake } = await import('./test/fake-electron');
  const fake = currentFake();
  return { contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer };
});

let fake: FakeElectron;
let bridge: PalabraBridge;
beforeAll(async () => {
  fake = installFake(createFakeElectron({ userData: '/nowhere' }));
  await import('./preload');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, PalabraBridge];
  expect(key).toBe('palabra');
  bridge = value;
});

describe('preload', () => {
  it('exposes only invoke and on, frozen, and no ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const value of Object.values(bridge)) expect(value).not.toBe(fake.ipcRenderer);
    expect(JSON.stringify(Object.getOwnPropertyNames(bridge))).not.toMatch(/ipc|send|require/i);
  });

  it('invoke sends contract channels on the single invoke channel', async () => {
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, 'app.info', {});
    for (const channel of Object.keys(contract)) {
      void bridge.invoke(channel, { x: 1 });
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, channel, { x: 1 });
    }
  });

  it('invoke refuses channels outside the contract without touching IPC', async () => {
    fake.ipcRenderer.invoke.mockClear();
    for (const channel of ['shell.openExternal', '__proto__', 'constructor', 'palabra:invoke']) {
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('on delivers only its event, only the payload, and unsubscribes', () => {
    expect(EVENT_NAMES).toContain('data.changed');
    const listener = vi.fn();
    const off = bridge.on('data.changed', listener);
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT)).toBe(1);
    fake.ipcRenderer.emit(IPC_EVENT, { sender: 'ipc-event-object' }, 'other.event', { entity: 'x' });
    expect(listener).not.toHaveBeenCalled();
    fake.ipcRenderer.emit(IPC_EVENT, { sender: 'ipc-event-object' }, 'data.changed', { entity: 'members' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ entity: 'members' }]); // never the IPC event object
    off();
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT)).toBe(0);
    fake.ipcRenderer.emit(IPC_EVENT, {}, 'data.changed', { entity: 'members' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('on ignores events outside the contract', () => {
    const off = bridge.on('not.an.event' as never, vi.fn());
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT)).toBe(0);
    off();
  });
});
