import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain/app/contract';
import { DomainError } from '../../../shared/errors';
import { headerSchemaVersion, isBackupName, listBackups, vacuumBackup } from '../../db/backup';
import { inspectDatabase } from '../../db/connection';
import type { Core } from '../index';

// Restoring a backup: the core checks the request (`backups.restore`), the shell does the swap at a
// safe point (no transaction open, no IPC in flight) with `restoreDatabase`, then restarts.

export function backupInfos(dir: string): BackupInfo[] {
  return listBackups(dir).map((b) => ({
    file: path.basename(b.file),
    reason: b.reason,
    at: b.at,
    size: fs.statSync(b.file).size,
    schemaVersion: headerSchemaVersion(b.file),
  }));
}

/**
 * The full path of backup `name` in `dir`, checked to be a readable Palabra database this app can
 * open. Refuses (naming `field`) anything not listed by `listBackups`: paths, `..`, unknown names.
 */
export function checkBackup(dir: string, name: string, field = 'file'): string {
  if (!isBackupName(name) || path.basename(name) !== name) {
    throw new DomainError('backup_unknown', `Not a backup name: ${name}`, field, { file: name });
  }
  const found = listBackups(dir).find((b) => path.basename(b.file) === name);
  if (!found) throw new DomainError('backup_unknown', `No backup named ${name}`, field, { file: name });
  inspectQuietly(found.file, field);
  return found.file;
}

/**
 * `inspectDatabase` on a backup. Backups keep the WAL flag of the live database, so a read-only open
 * creates empty -wal/-shm files beside them: those it made are removed again.
 */
function inspectQuietly(file: string, field: string): void {
  const made = ['-wal', '-shm'].map((s) => file + s).filter((f) => !fs.existsSync(f));
  try {
    inspectDatabase(file, field);
  } finally {
    const wal = file + '-wal';
    if (made.includes(wal) && fs.existsSync(wal) && fs.statSync(wal).size === 0) {
      for (const f of made) fs.rmSync(f, { force: true });
    }
  }
}

export interface Restored {
  core: Core;
  /** The `before-restore` backup holding the data as it was just before the swap. */
  safetyBackup: string;
}

/**
 * Swaps the database of `core` for the backup at `backupFile` and reopens it with `reopen` (pending
 * migrations run there). Must be called outside any transaction. Order, so that nothing is lost:
 * check the backup; copy it beside the database (synced); back up the current data
 * (`before-restore`); close; rename the copy over the database (atomic), with stale -wal/-shm
 * removed; reopen; journal the restore in the restored database. If the reopen fails, the
 * safety copy is put back and the error is thrown (the caller reopens or restarts).
 */
export function restoreDatabase(
  core: Core,
  backupFile: string,
  reopen: (file: string) => Core,
  opts: { actor?: string; now?: () => Date } = {},
): Restored {
  const now = opts.now ?? (() => new Date());
  const source = checkBackup(core.backupDir, path.basename(backupFile));
  const fromVersion = headerSchemaVersion(source);
  const file = core.file;
  // Staged before the safety backup: its rotation may remove the very backup being restored.
  const staged = stage(source, file);
  let safetyBackup: string;
  try {
    safetyBackup = vacuumBackup(core.ctx.db, core.backupDir, 'before-restore', now());
  } catch (e) {
    fs.rmSync(staged, { force: true });
    throw e;
  }
  core.close();
  swapIn(staged, file);
  let next: Core;
  try {
    next = reopen(file);
  } catch (e) {
    swapIn(stage(safetyBackup, file), file);
    throw e;
  }
  const at = now().toISOString();
  next.ctx.db
    .prepare('INSERT INTO journal (id, at, actor, entity, entity_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      next.ctx.newId(),
      at,
      opts.actor ?? next.ctx.actor,
      'database',
      path.basename(source),
      'restore',
      null,
      JSON.stringify({
        backup: path.basename(source),
        schemaVersion: fromVersion,
        safetyBackup: path.basename(safetyBackup),
      }),
    );
  return { core: next, safetyBackup };
}

/** Copies `source` beside `target` (`<target>.restoring`), synced to disk; returns the copy. */
function stage(source: string, target: string): string {
  const tmp = `${target}.restoring`;
  fs.copyFileSync(source, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return tmp;
}

/** Replaces `target` (closed) by the staged copy: stale -wal/-shm removed, then an atomic rename. */
function swapIn(staged: string, target: string): void {
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(target + side, { force: true });
  fs.renameSync(staged, target);
}
