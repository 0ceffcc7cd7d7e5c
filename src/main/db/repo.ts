import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../shared/errors';
import type { EventMap, EventName } from '../../shared/contract';

/**
 * Everything a core service needs: the one writer connection, who acts, the clock, id source and
 * an event sink. Services write only through `insert` / `update` / `archive` / `restore` below, so
 * every mutation is journaled in the caller's transaction.
 */
export interface Ctx {
  db: Database;
  actor: string;
  now: () => Date;
  newId: () => string;
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => void;
  /** Facts about the running app, for `app.info`. */
  env: { version: string; dbPath: string; backupDir: string };
  /** What the app shell can do for the core (windows); absent in tests and E2E. */
  shell?: Shell;
}

/** The shell's services the core may ask for (the Electron shell implements them). */
export interface Shell {
  /** Shows the projector view of a meeting in its own window; false when it cannot. */
  openProjector(meetingId: string): boolean;
  /**
   * Restarts the app onto the backup at `backupFile` (already checked): at a safe point after the
   * current call, backs up the current data, swaps the file, reopens it (`restoreDatabase`) and
   * restarts. False when it cannot.
   */
  restoreAndRestart?(backupFile: string): boolean;
}

export function makeCtx(db: Database, over: Partial<Omit<Ctx, 'db'>> = {}): Ctx {
  return {
    db,
    actor: over.actor ?? 'local',
    now: over.now ?? (() => new Date()),
    newId: over.newId ?? (() => uuidv7()),
    emit: over.emit ?? (() => {}),
    env: over.env ?? { version: '0.0.0', dbPath: db.name, backupDir: path.join(path.dirname(db.name), 'backups') },
    ...(over.shell ? { shell: over.shell } : {}),
  };
}

export type Row = Record<string, unknown>;
type Values = Record<string, string | number | null | boolean | readonly unknown[] | Record<string, unknown> | undefined>;

/** Arrays and objects are stored as JSON text; booleans as 0/1; undefined keys are skipped. */
function encode(values: Values): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (v === null || typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (typeof v === 'boolean') out[k] = v ? 1 : 0;
    else out[k] = JSON.stringify(v);
  }
  return out;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
const ident = (s: string) => {
  if (!IDENT.test(s)) throw new Error(`Bad SQL identifier: ${s}`);
  return s;
};

function journal(ctx: Ctx, entity: string, entityId: string, op: string, before: Row | null, after: Row | null, at: string) {
  ctx.db
    .prepare('INSERT INTO journal (id, at, actor, entity, entity_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(ctx.newId(), at, ctx.actor, entity, entityId, op, before && JSON.stringify(before), after && JSON.stringify(after));
}

export function getRow(ctx: Ctx, table: string, id: string): Row | undefined {
  return ctx.db.prepare(`SELECT * FROM ${ident(table)} WHERE id = ?`).get(id) as Row | undefined;
}

/** A live (not archived) row, or a `not_found` error naming `field`. */
export function requireRow(ctx: Ctx, table: string, id: string, field = 'id'): Row {
  const row = getRow(ctx, table, id);
  if (!row || row.deleted_at) throw new DomainError('not_found', `${table} ${id} not found`, field);
  return row;
}

/** Inserts a row with a new UUIDv7 and timestamps; journals `create` with the stored values. */
export function insert(ctx: Ctx, table: string, values: Values): Row {
  const at = ctx.now().toISOString();
  const row = { id: ctx.newId(), ...encode(values), created_at: at, updated_at: at };
  const cols = Object.keys(row).map(ident);
  ctx.db.prepare(`INSERT INTO ${ident(table)} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
  journal(ctx, table, row.id, 'create', null, omitMeta(row), at);
  ctx.emit('data.changed', { entity: table, id: row.id });
  return getRow(ctx, table, row.id)!;
}

/** Updates the changed columns only; journals `update` with before/after of those columns. No-op when nothing changes. */
export function update(ctx: Ctx, table: string, id: string, values: Values): Row {
  const before = requireRow(ctx, table, id);
  const next = encode(values);
  const changed = Object.keys(next).filter((k) => before[k] !== next[k]);
  if (changed.length === 0) return before;
  const at = ctx.now().toISOString();
  const sets = changed.map((c) => `${ident(c)} = @${c}`).join(', ');
  ctx.db.prepare(`UPDATE ${ident(table)} SET ${sets}, updated_at = @updated_at WHERE id = @id`).run({ ...pick(next, changed), updated_at: at, id });
  journal(ctx, table, id, 'update', pick(before, changed), pick(next, changed), at);
  ctx.emit('data.changed', { entity: table, id });
  return getRow(ctx, table, id)!;
}

/** Soft delete: sets deleted_at; journals `archive`. */
export function archive(ctx: Ctx, table: string, id: string): Row {
  requireRow(ctx, table, id);
  const at = ctx.now().toISOString();
  ctx.db.prepare(`UPDATE ${ident(table)} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(at, at, id);
  journal(ctx, table, id, 'archive', { deleted_at: null }, { deleted_at: at }, at);
  ctx.emit('data.changed', { entity: table, id });
  return getRow(ctx, table, id)!;
}

/** Undoes an archive; journals `restore`. */
export function restore(ctx: Ctx, table: string, id: string): Row {
  const row = getRow(ctx, table, id);
  if (!row) throw new DomainError('not_found', `${table} ${id} not found`, 'id');
  if (!row.deleted_at) return row;
  const at = ctx.now().toISOString();
  ctx.db.prepare(`UPDATE ${ident(table)} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(at, id);
  journal(ctx, table, id, 'restore', { deleted_at: row.deleted_at }, { deleted_at: null }, at);
  ctx.emit('data.changed', { entity: table, id });
  return getRow(ctx, table, id)!;
}

const pick = (r: Row, keys: string[]): Row => Object.fromEntries(keys.map((k) => [k, r[k]]));
const omitMeta = (r: Row): Row => {
  const { id: _i, created_at: _c, updated_at: _u, ...rest } = r;
  return rest;
};

/** snake_case row -> camelCase object, JSON columns decoded. */
export function toCamel<T>(row: Row, jsonColumns: readonly string[] = []): T {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    const key = k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    out[key] = jsonColumns.includes(k) && typeof v === 'string' ? JSON.parse(v) : v;
  }
  return out as T;
}
