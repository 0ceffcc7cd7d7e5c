import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupReason } from '../../shared/domain/app/contract';

export type { BackupReason };

// Backups are whole-database copies made with SQLite's online backup API, named
// palabra-<UTC stamp>-<reason>.db, and rotated per reason.

const KEEP: Record<BackupReason, number> = { daily: 7, 'pre-migration': 3, manual: 10, 'before-restore': 5 };

export interface BackupFile {
  file: string;
  reason: BackupReason;
  at: string;
}

const NAME = /^palabra-(\d{8}T\d{6}\d{3}Z)-(daily|pre-migration|manual|before-restore)\.db$/;
const stamp = (iso: string) => iso.replace(/[-:.]/g, '');
const unstamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

/** True for a bare backup file name as `listBackups` makes them (no folder, no `..`). */
export const isBackupName = (name: string): boolean => NAME.test(name);

export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => ({ f, m: NAME.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map(({ f, m }) => ({ file: path.join(dir, f), reason: m[2] as BackupReason, at: unstamp(m[1]) }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** The schema version (`user_version`, big-endian at byte 60 of the header) without opening the file; null if not a database. */
export function headerSchemaVersion(file: string): number | null {
  const head = Buffer.alloc(64);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, head, 0, 64, 0) < 64) return null;
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1', 0, 16) === 'SQLite format 3\0' ? head.readUInt32BE(60) : null;
}

/** Copies the live database to `dir` and keeps only the newest backups of that reason. */
export async function backupNow(db: Database, dir: string, reason: BackupReason, now = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `palabra-${stamp(now.toISOString())}-${reason}.db`);
  await db.backup(file);
  rotate(dir, reason);
  return file;
}

/**
 * Synchronous consistent copy with `VACUUM INTO`, used before migrations (the open is synchronous,
 * and nothing else writes yet). Must run outside a transaction.
 */
export function vacuumBackup(db: Database, dir: string, reason: BackupReason, now = new Date()): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `palabra-${stamp(now.toISOString())}-${reason}.db`);
  db.prepare('VACUUM INTO ?').run(file);
  rotate(dir, reason);
  return file;
}

function rotate(dir: string, reason: BackupReason): void {
  for (const old of listBackups(dir).filter((b) => b.reason === reason).slice(KEEP[reason])) fs.rmSync(old.file);
}

/** Makes the daily backup if none was made on this UTC day. Returns the file, or null. */
export async function dailyBackupIfDue(db: Database, dir: string, now = new Date()): Promise<string | null> {
  const today = now.toISOString().slice(0, 10);
  const last = listBackups(dir).find((b) => b.reason === 'daily');
  if (last && last.at.slice(0, 10) === today) return null;
  return backupNow(db, dir, 'daily', now);
}
