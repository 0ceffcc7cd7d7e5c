import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DomainError } from '../../shared/errors';
import { vacuumBackup } from './backup';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

export interface OpenOptions {
  /** Where backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  now?: () => Date;
}

export interface OpenedDb {
  db: Database;
  file: string;
  backupDir: string;
  /** Migrations applied at this open (empty when already current). */
  applied: number[];
}

const HEADER = 'SQLite format 3\0';

/**
 * Opens (or creates) the Palabra database. A file that is not a database, is damaged, or comes from
 * a newer Palabra is refused with a DomainError and left exactly as it was.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): OpenedDb {
  const backupDir = opts.backupDir ?? path.join(path.dirname(file), 'backups');
  const now = opts.now ?? (() => new Date());
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;

  let version = 0;
  if (exists) version = inspectExisting(file);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const pending = MIGRATIONS.filter((m) => m.version > version);
    if (pending.length > 0 && exists && version > 0) vacuumBackup(db, backupDir, 'pre-migration', now());
    migrate(db, pending);
    return { db, file, backupDir, applied: pending.map((m) => m.version) };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Read-only look at an existing file: header, integrity, schema version (returned). Never writes.
 * Refuses with `db_unreadable` / `db_corrupt` / `db_newer` (naming `field` when given).
 */
export function inspectDatabase(file: string, field?: string): number {
  try {
    return inspectExisting(file);
  } catch (e) {
    if (e instanceof DomainError && field) throw new DomainError(e.code, e.message, field, e.params);
    throw e;
  }
}

function inspectExisting(file: string): number {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(16);
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== HEADER) {
    throw new DomainError('db_unreadable', `${file} is not a SQLite database`, undefined, { file });
  }
  let ro: Database | undefined;
  try {
    ro = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = ro.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new DomainError('db_newer', `Database schema ${version} is newer than this app (${LATEST_VERSION})`, undefined, {
        file,
        version,
        supported: LATEST_VERSION,
      });
    }
    return version;
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError('db_corrupt', `${file} is damaged: ${(e as Error).message}`, undefined, { file });
  } finally {
    ro?.close();
  }
}

/** Applies all pending migrations in one transaction and records the version in user_version. */
export function migrate(db: Database, pending = MIGRATIONS.filter((m) => m.version > (db.pragma('user_version', { simple: true }) as number))): void {
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  })();
}
