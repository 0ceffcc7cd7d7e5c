import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE } from '../../shared/contract';
import BetterSqlite3 from 'better-sqlite3';
import { backupNow, listBackups } from '../db/backup';
import { tempDir } from '../test/tmp';
import { startApp, type RunningApp } from './lifecycle';
import { asElectron, createFakeElectron, fakeEvent, type FakeElectron } from './test/fake-electron';

// startApp driven directly with a fake (no module mock): timers, window life, platform menus.

const running: RunningApp[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.stop();
});

async function start(platform: NodeJS.Platform, extra: { backupEveryMs?: number; argv?: string[] } = {}) {
  const userData = tempDir();
  const fake = createFakeElectron({ userData });
  const app = await startApp(asElectron(fake), {
    argv: extra.argv ?? ['electron', '.'],
    env: {},
    cwd: userData,
    mainDir: path.join(userData, 'out', 'main'),
    platform,
    backupEveryMs: extra.backupEveryMs,
  });
  if (!app) throw new Error('did not start');
  running.push(app);
  return { fake, app, userData };
}

const closeAll = (fake: FakeElectron) => [...fake.windows].forEach((w) => !w.destroyed && w.close());

describe('startApp', () => {
  it('gives Chromium the language chosen in the settings (--lang), before ready; none on a first start', async () => {
    const first = await start('linux');
    expect(first.fake.app.commandLine.appendSwitch).not.toHaveBeenCalled();
    first.app.core.dispatch('settings.update', { language: 'fr' });
    await running.pop()!.stop();

    const fake = createFakeElectron({ userData: first.userData });
    let readyAt = -1;
    fake.app.whenReady.mockImplementation(() => {
      readyAt = fake.app.commandLine.appendSwitch.mock.calls.length;
      return Promise.resolve();
    });
    const again = await startApp(asElectron(fake), { argv: ['electron', '.'], env: {}, cwd: first.userData, mainDir: path.join(first.userData, 'out', 'main'), platform: 'linux' });
    running.push(again!);
    expect(fake.app.commandLine.appendSwitch.mock.calls).toEqual([['lang', 'fr']]);
    expect(readyAt).toBe(1); // switched before ready
  });

  it('opens the database named by --db', async () => {
    const other = path.join(tempDir(), 'flag.db');
    const { app, userData } = await start('linux', { argv: ['electron', '.', `--db=${other}`] });
    expect(app.core.file).toBe(other);
    expect(fs.existsSync(path.join(userData, 'palabra.db'))).toBe(false);
  });

  it('serves the renderer next to the main bundle through app://', async () => {
    const { fake, userData } = await start('linux');
    const renderer = path.join(userData, 'out', 'renderer');
    fs.mkdirSync(renderer, { recursive: true });
    fs.writeFileSync(path.join(renderer, 'index.html'), '<p>hello</p>');
    const res = await fake.protocolHandlers.get('app')!(new Request('app://palabra/index.html'));
    expect(await res.text()).toBe('<p>hello</p>');
  });

  it('checks the daily backup again on the timer', async () => {
    const { app } = await start('linux', { backupEveryMs: 25 });
    await vi.waitFor(() => expect(listBackups(app.core.backupDir)).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 60)); // the first backup is finished and others were not due
    for (const b of listBackups(app.core.backupDir)) fs.rmSync(b.file);
    // nothing for today any more: the next tick makes one again
    await vi.waitFor(() => expect(listBackups(app.core.backupDir)).toHaveLength(1));
  });

  it('Linux/Windows: no menu bar; closing the last window quits', async () => {
    const { fake } = await start('linux');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    closeAll(fake);
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('macOS: a role menu; closing the window keeps the app, activate opens a new window', async () => {
    const { fake, app } = await start('darwin');
    expect(fake.Menu.setApplicationMenu.mock.calls[0][0]).toMatchObject({ template: [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }] });
    const first = app.mainWindow();
    closeAll(fake);
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(app.mainWindow()).toBeNull();
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    expect(app.mainWindow()).not.toBe(first);
    expect(app.mainWindow()).toBe(fake.windows[1]);
    fake.app.emit('activate'); // a window is open: nothing more
    expect(fake.windows).toHaveLength(2);
  });

  it('stop() is idempotent, closes the IPC door and the database', async () => {
    const { fake, app } = await start('linux');
    await Promise.all([app.stop(), app.stop()]);
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledTimes(1);
    expect(fake.ipcHandlers.has(IPC_INVOKE)).toBe(false);
    const quitting = fakeEvent();
    fake.app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(false); // already closed: quit proceeds
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledTimes(1);
    expect(app.core.ctx.db.open).toBe(false);
  });

  it('restores a backup: waits for the call to return, backs up the current data, swaps, journals, relaunches', async () => {
    const { fake, app } = await start('linux');
    const { core } = app;
    expect(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }).ok).toBe(true);
    const backup = await backupNow(core.ctx.db, core.backupDir, 'manual', new Date('2026-11-01T08:00:00.000Z'));
    expect(core.dispatch('bodies.create', { name: 'LACRALO', shortName: 'LACRALO', kind: 'ralo' }).ok).toBe(true);

    expect(core.dispatch('backups.restore', { file: path.basename(backup) })).toEqual({ ok: true, value: { restarting: true } });
    // nothing swapped yet: the call returned first
    expect(core.ctx.db.open).toBe(true);
    expect(core.dispatch('backups.restore', { file: path.basename(backup) }).ok).toBe(false); // one restore at a time
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(0));
    expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
    expect(fake.app.relaunch.mock.invocationCallOrder[0]).toBeLessThan(fake.app.exit.mock.invocationCallOrder[0]);
    expect(fake.ipcHandlers.has(IPC_INVOKE)).toBe(false);
    expect(core.ctx.db.open).toBe(false);

    const db = new BetterSqlite3(core.file, { readonly: true });
    expect(db.prepare('SELECT short_name FROM bodies ORDER BY short_name').pluck().all()).toEqual(['ALAC']);
    expect(db.prepare("SELECT op, entity_id FROM journal WHERE entity = 'database'").all()).toEqual([{ op: 'restore', entity_id: path.basename(backup) }]);
    db.close();
    const safety = listBackups(core.backupDir).find((b) => b.reason === 'before-restore')!;
    const old = new BetterSqlite3(safety.file, { readonly: true });
    expect(old.prepare('SELECT short_name FROM bodies ORDER BY short_name').pluck().all()).toEqual(['ALAC', 'LACRALO']);
    old.close();
  });

  it('a failed restore keeps the current data and still restarts', async () => {
    const { fake, app } = await start('linux');
    const { core } = app;
    expect(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }).ok).toBe(true);
    const backup = await backupNow(core.ctx.db, core.backupDir, 'manual');
    expect(core.dispatch('backups.restore', { file: path.basename(backup) }).ok).toBe(true);
    fs.writeFileSync(backup, 'damaged after the check'); // broken between the check and the swap
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(fake.app.relaunch).toHaveBeenCalled();
    const db = new BetterSqlite3(core.file, { readonly: true });
    expect(db.prepare('SELECT short_name FROM bodies').pluck().all()).toEqual(['ALAC']);
    db.close();
  });
});
