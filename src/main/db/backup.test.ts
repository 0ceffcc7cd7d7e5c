import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupNow, dailyBackupIfDue, listBackups } from './backup';
import { testCore, tempDir } from '../test/tmp';

describe('backups', () => {
  it('copies the live database with the online backup API', async () => {
    const core = testCore();
    core.dispatch('settings.update', { theme: 'dark' });
    const dir = tempDir();
    const file = await backupNow(core.ctx.db, dir, 'manual', new Date('2026-11-22T10:00:00.000Z'));
    expect(path.basename(file)).toBe('palabra-20261122T100000000Z-manual.db');
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
    copy.close();
    expect(listBackups(dir)).toEqual([{ file, reason: 'manual', at: '2026-11-22T10:00:00.000Z' }]);
  });

  it('makes one daily backup per day and keeps the newest seven', async () => {
    const core = testCore();
    const dir = tempDir();
    for (let day = 1; day <= 10; day++) {
      const at = new Date(Date.UTC(2026, 10, day, 8));
      expect(await dailyBackupIfDue(core.ctx.db, dir, at)).not.toBeNull();
      expect(await dailyBackupIfDue(core.ctx.db, dir, new Date(at.getTime() + 3_600_000))).toBeNull();
    }
    const daily = listBackups(dir).filter((b) => b.reason === 'daily');
    expect(daily.map((b) => b.at.slice(0, 10))).toEqual(['2026-11-10', '2026-11-09', '2026-11-08', '2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04']);
    expect(fs.readdirSync(dir)).toHaveLength(7);
  });

  it('ignores foreign files in the backup folder', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    expect(listBackups(dir)).toEqual([]);
    expect(listBackups(path.join(dir, 'missing'))).toEqual([]);
  });
});
