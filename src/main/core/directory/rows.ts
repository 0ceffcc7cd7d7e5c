import type { Database } from 'better-sqlite3';
import type { Als, Body, Member, Role } from '../../../shared/domain/directory/contract';
import { DomainError } from '../../../shared/errors';
import { getRow, toCamel, type Ctx, type Row } from '../../db/repo';

// Row mapping and lookups shared by the directory services.

export const toBody = (r: Row) => toCamel<Body>(r);
export const toAls = (r: Row) => toCamel<Als>(r);
export const toMember = (r: Row) => toCamel<Member>(r, ['languages']);
export const toRole = (r: Row) => toCamel<Role>(r);

/** Today's date (UTC) as YYYY-MM-DD: a role ending today is still current. */
export const today = (ctx: Ctx) => ctx.now().toISOString().slice(0, 10);

/** A live row, or `not_found` on `field`; an archived one is `archived` on `field`. */
export function liveRow(ctx: Ctx, table: string, id: string, field = 'id'): Row {
  const row = getRow(ctx, table, id);
  if (!row) throw new DomainError('not_found', `${table} ${id} not found`, field);
  if (row.deleted_at) throw new DomainError('archived', `${table} ${id} is archived`, field);
  return row;
}

/** Any row, archived or not, or `not_found`. */
export function anyRow(ctx: Ctx, table: string, id: string, field = 'id'): Row {
  const row = getRow(ctx, table, id);
  if (!row) throw new DomainError('not_found', `${table} ${id} not found`, field);
  return row;
}

/** Lower case, no accents: the key compared by search (registered as SQL `palabra_fold`). */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const withFold = new WeakSet<Database>();
/** Registers `palabra_fold(text)` on this connection once. */
export function ensureFold(db: Database): void {
  if (withFold.has(db)) return;
  db.function('palabra_fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? fold(s) : null));
  withFold.add(db);
}

/** `%word%` for LIKE, with LIKE's own characters escaped (ESCAPE '\'). */
export const likeContains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
