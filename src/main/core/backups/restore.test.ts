import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/domain/app/contract';
import type { Result } from '../../../shared/errors';
import { backupNow, listBackups } from '../../db/backup';
import { migrate } from '../../db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations';
import { snapshot, tempDir } from '../../test/tmp';
import { createCore, type Core } from '../index';
import { restoreDatabase } from './restore';

// Restore on real temp SQLite files: the core checks the request, a test shell does what the
// Electron shell and the E2E harness do (restoreDatabase at a safe point, then a new core).

const open: Core[] = [];
function start(file = path.join(tempDir(), 'palabra.db')) {
  const asked: string[] = [];
  const core = createCore(file, { actor: 'chair', shell: { openProjector: () => false, restoreAndRestart: (f) => (asked.push(f), true) } });
  open.push(core);
  return { core, asked };
}
const reopen = (file: string) => {
  const c = createCore(file, { actor: 'chair' });
  open.push(c);
  return c;
};
const value = <T>(r: Result<unknown>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};
const bodyNames = (core: Core) => (core.ctx.db.prepare('SELECT short_name FROM bodies ORDER BY short_name').all() as { short_name: string }[]).map((r) => r.short_name);
const afterAll = () => {
  while (open.length) {
    const c = open.pop()!;
    if (c.ctx.db.open) c.close();
  }
};

describe('backups.list / backups.restore', () => {
  it('lists backups newest first with reason, size and schema version', async () => {
    const { core } = start();
    await backupNow(core.ctx.db, core.backupDir, 'daily', new Date('2026-11-01T08:00:00.000Z'));
    await backupNow(core.ctx.db, core.backupDir, 'manual', new Date('2026-11-02T08:00:00.000Z'));
    const list = value<BackupInfo[]>(core.dispatch('backups.list', {}));
    expect(list.map((b) => [b.file, b.reason, b.at, b.schemaVersion])).toEqual([
      ['palabra-20261102T080000000Z-manual.db', 'manual', '2026-11-02T08:00:00.000Z', LATEST_VERSION],
      ['palabra-20261101T080000000Z-daily.db', 'daily', '2026-11-01T08:00:00.000Z', LATEST_VERSION],
    ]);
    expect(list[0].size).toBeGreaterThan(4096);
    afterAll();
  });

  it('brings back the old rows, keeps the newer data in a before-restore backup, journals the restore', async () => {
    const { core, asked } = start();
    value(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }));
    const backup = await backupNow(core.ctx.db, core.backupDir, 'daily', new Date('2026-11-01T08:00:00.000Z'));
    value(core.dispatch('bodies.create', { name: 'LACRALO', shortName: 'LACRALO', kind: 'ralo' }));
    expect(bodyNames(core)).toEqual(['ALAC', 'LACRALO']);

    expect(value(core.dispatch('backups.restore', { file: path.basename(backup) }))).toEqual({ restarting: true });
    expect(asked).toEqual([backup]);
    const { core: next, safetyBackup } = restoreDatabase(core, asked[0], reopen, { now: () => new Date('2026-11-03T09:00:00.000Z') });

    expect(core.ctx.db.open).toBe(false);
    expect(next.file).toBe(core.file);
    expect(bodyNames(next)).toEqual(['ALAC']);
    expect(path.basename(safetyBackup)).toBe('palabra-20261103T090000000Z-before-restore.db');
    const safety = new BetterSqlite3(safetyBackup, { readonly: true });
    expect((safety.prepare('SELECT short_name FROM bodies ORDER BY short_name').all() as { short_name: string }[]).map((r) => r.short_name)).toEqual(['ALAC', 'LACRALO']);
    safety.close();

    const journal = value<{ entity: string; entityId: string; op: string; actor: string; at: string; after: Record<string, unknown> }[]>(
      next.dispatch('journal.list', { entity: 'database' }),
    );
    expect(journal).toEqual([
      expect.objectContaining({
        entity: 'database',
        entityId: path.basename(backup),
        op: 'restore',
        actor: 'chair',
        at: '2026-11-03T09:00:00.000Z',
        after: { backup: path.basename(backup), schemaVersion: LATEST_VERSION, safetyBackup: path.basename(safetyBackup) },
      }),
    ]);
    expect(value<BackupInfo[]>(next.dispatch('backups.list', {})).map((b) => b.reason)).toEqual(['before-restore', 'daily']);
    expect(fs.existsSync(core.file + '.restoring')).toBe(false);
    expect(fs.readdirSync(core.backupDir).filter((f) => !f.endsWith('.db'))).toEqual([]); // no -wal/-shm left by the checks
    afterAll();
  });

  it('refuses paths, .., unknown names, a non-database and a newer schema, naming the field, with nothing changed', async () => {
    const { core, asked } = start();
    value(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }));
    const good = await backupNow(core.ctx.db, core.backupDir, 'daily', new Date('2026-11-01T08:00:00.000Z'));
    const junk = path.join(core.backupDir, 'palabra-20261101T090000000Z-manual.db');
    fs.writeFileSync(junk, 'not a database at all, just text that is long enough to have a header'.repeat(4));
    const newer = path.join(core.backupDir, 'palabra-20261101T100000000Z-manual.db');
    fs.copyFileSync(good, newer);
    const db = new BetterSqlite3(newer);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();

    const before = snapshot(core);
    const files = fs.readdirSync(core.backupDir).sort();
    const codeOf = (file: string) => {
      const r = core.dispatch('backups.restore', { file });
      return r.ok ? 'ok' : `${r.error.code}:${r.error.field}`;
    };
    expect(codeOf(`../${path.basename(good)}`)).toBe('backup_unknown:file');
    expect(codeOf(good)).toBe('backup_unknown:file'); // a full path, even the right one
    expect(codeOf('..')).toBe('backup_unknown:file');
    expect(codeOf('palabra.db')).toBe('backup_unknown:file');
    expect(codeOf('palabra-20250101T000000000Z-daily.db')).toBe('backup_unknown:file');
    expect(codeOf(path.basename(junk))).toBe('db_unreadable:file');
    expect(codeOf(path.basename(newer))).toBe('db_newer:file');
    expect(asked).toEqual([]);
    expect(snapshot(core)).toEqual(before);
    expect(fs.readdirSync(core.backupDir).sort()).toEqual(files);
    afterAll();
  });

  it('says so when the shell cannot restart (no shell)', async () => {
    const core = createCore(path.join(tempDir(), 'palabra.db'));
    open.push(core);
    const backup = await backupNow(core.ctx.db, core.backupDir, 'manual');
    const r = core.dispatch('backups.restore', { file: path.basename(backup) });
    expect(r.ok ? null : r.error.code).toBe('restore_unavailable');
    afterAll();
  });

  it('brings an older pre-migration backup up to date on reopen (pending migrations run)', async () => {
    const { core, asked } = start();
    const older = path.join(core.backupDir, 'palabra-20261001T080000000Z-pre-migration.db');
    fs.mkdirSync(core.backupDir, { recursive: true });
    const db = new BetterSqlite3(older);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
    db.prepare("INSERT INTO bodies (id, name, short_name, kind, created_at, updated_at) VALUES ('b1', 'Old body', 'OLD', 'alac', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z')").run();
    db.close();
    expect(value<BackupInfo[]>(core.dispatch('backups.list', {}))[0].schemaVersion).toBe(2);

    value(core.dispatch('backups.restore', { file: path.basename(older) }));
    const { core: next } = restoreDatabase(core, asked[0], reopen);
    expect(next.ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(bodyNames(next)).toEqual(['OLD']);
    expect(value<{ isEmpty: boolean }>(next.dispatch('app.info', {})).isEmpty).toBe(false);
    expect(listBackups(next.backupDir).map((b) => b.reason).sort()).toEqual(['before-restore', 'pre-migration', 'pre-migration']);
    afterAll();
  });

  it('puts the current data back when the restored file cannot be reopened', async () => {
    const { core, asked } = start();
    value(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }));
    const backup = await backupNow(core.ctx.db, core.backupDir, 'manual');
    value(core.dispatch('bodies.create', { name: 'LACRALO', shortName: 'LACRALO', kind: 'ralo' }));
    value(core.dispatch('backups.restore', { file: path.basename(backup) }));
    expect(() =>
      restoreDatabase(core, asked[0], () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    const again = reopen(core.file);
    expect(bodyNames(again)).toEqual(['ALAC', 'LACRALO']);
    afterAll();
  });

  it('restores the oldest kept before-restore backup although the new safety backup rotates it away', async () => {
    const { core, asked } = start();
    value(core.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }));
    const oldest = await backupNow(core.ctx.db, core.backupDir, 'before-restore', new Date('2026-11-01T00:00:00.000Z'));
    value(core.dispatch('bodies.create', { name: 'LACRALO', shortName: 'LACRALO', kind: 'ralo' }));
    for (let d = 2; d <= 5; d++) await backupNow(core.ctx.db, core.backupDir, 'before-restore', new Date(Date.UTC(2026, 10, d)));
    value(core.dispatch('backups.restore', { file: path.basename(oldest) }));
    const { core: next } = restoreDatabase(core, asked[0], reopen);
    expect(bodyNames(next)).toEqual(['ALAC']);
    expect(fs.existsSync(oldest)).toBe(false); // rotated: five before-restore backups are kept
    expect(listBackups(next.backupDir)).toHaveLength(5);
    afterAll();
  });
});
