import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { listBackups } from './backup';
import { migrate, openDatabase } from './connection';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { tempDir } from '../test/tmp';

const tables = (db: BetterSqlite3.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (r) => r.name,
  );

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('openDatabase', () => {
  it('creates a fresh database with the pragmas and every migration', () => {
    const file = path.join(tempDir(), 'nested', 'palabra.db');
    const { db, applied } = openDatabase(file);
    try {
      expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'journal', 'bodies', 'als', 'members', 'roles', 'meetings', 'agenda_items']));
    } finally {
      db.close();
    }
  });

  it('reopens a current database without migrating or backing up', () => {
    const dir = tempDir();
    const file = path.join(dir, 'palabra.db');
    openDatabase(file).db.close();
    const again = openDatabase(file);
    again.db.close();
    expect(again.applied).toEqual([]);
    expect(listBackups(path.join(dir, 'backups'))).toEqual([]);
  });

  it('migrates an older database in one step, after a pre-migration backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'palabra.db');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', '2026-01-01T00:00:00.000Z')").run();
    old.close();

    const { db, applied } = openDatabase(file);
    try {
      expect(applied).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"dark"' });
    } finally {
      db.close();
    }
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0].reason).toBe('pre-migration');
    const copy = new BetterSqlite3(backups[0].file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS[0].version);
    copy.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new BetterSqlite3(':memory:');
    const broken = [...MIGRATIONS.slice(0, 1), { version: 999, name: 'broken', sql: 'CREATE TABLE x (a); SELECT nope FROM nowhere;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('refuses a database from a newer Palabra and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.db');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    const err = refusal(() => openDatabase(file));
    expect(err.code).toBe('db_newer');
    expect(err.params).toMatchObject({ version: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a file that is not a database and keeps it', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'Minutes of the LACRALO call, not a database at all.\n'.repeat(50));
    const before = fs.readFileSync(file);
    expect(refusal(() => openDatabase(file)).code).toBe('db_unreadable');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a damaged database clearly and keeps the original', () => {
    const dir = tempDir();
    const file = path.join(dir, 'palabra.db');
    const { db } = openDatabase(file);
    db.exec('CREATE TABLE filler (x TEXT)');
    const ins = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) ins.run('x'.repeat(200) + i);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over pages in the middle of the file, leaving the header intact.
    const bytes = fs.readFileSync(file);
    for (let i = 8192; i < bytes.length - 4096; i += 4096) bytes.fill(0xa5, i, i + 512);
    fs.writeFileSync(file, bytes);
    const damaged = fs.readFileSync(file);
    expect(refusal(() => openDatabase(file)).code).toBe('db_corrupt');
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  });
});

describe('migrations', () => {
  it('are numbered without gaps and apply one by one on a fresh database', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = new BetterSqlite3(':memory:');
    for (const m of MIGRATIONS) {
      migrate(db, [m]);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
    db.close();
  });

  it('0001 creates settings and the journal', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(tables(db).sort()).toEqual(['journal', 'settings']);
    expect(() =>
      db.prepare("INSERT INTO journal (id, at, actor, entity, entity_id, op) VALUES ('1', 'now', 'me', 'x', 'y', 'explode')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('0002 keeps one live member per e-mail', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    const t = '2026-01-01T00:00:00.000Z';
    const add = db.prepare(
      "INSERT INTO members (id, name, email, country, created_at, updated_at, deleted_at) VALUES (?, 'A', 'a@example.org', 'AR', ?, ?, ?)",
    );
    add.run('m1', t, t, null);
    expect(() => add.run('m2', t, t, null)).toThrow(/UNIQUE/);
    db.prepare("UPDATE members SET deleted_at = ? WHERE id = 'm1'").run(t);
    expect(() => add.run('m3', t, t, null)).not.toThrow();
    db.close();
  });

  it('0003 refuses a meeting that ends before it starts', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    const t = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO bodies (id, name, short_name, kind, created_at, updated_at) VALUES ('b', 'LACRALO', 'LACRALO', 'ralo', ?, ?)").run(t, t);
    const add = db.prepare(
      "INSERT INTO meetings (id, body_id, title, kind, starts_at, ends_at, time_zone, created_at, updated_at) VALUES (?, 'b', 'Call', 'call', ?, ?, 'UTC', ?, ?)",
    );
    expect(() => add.run('x', '2026-01-02T10:00:00.000Z', '2026-01-02T09:00:00.000Z', t, t)).toThrow(/CHECK/);
    expect(() => add.run('y', '2026-01-02T10:00:00.000Z', '2026-01-02T11:00:00.000Z', t, t)).not.toThrow();
    db.close();
  });
});
