import type { HandlersFor } from '../../dispatch';
import { appChannels, type JournalEntry, type Settings } from '../../../shared/domain/app/contract';
import type { Ctx } from '../../db/repo';
import { DomainError } from '../../../shared/errors';
import { loadExampleData } from '../example/example';
import { backupInfos, checkBackup } from '../backups/restore';

const DEFAULTS: Settings = { language: null, theme: 'system', onboarded: false };

export function readSettings(ctx: Ctx): Settings {
  const rows = ctx.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  return { ...DEFAULTS, ...stored };
}

/** Settings are preferences of this laptop, not shared records: kept out of the journal on purpose. */
function writeSetting(ctx: Ctx, key: keyof Settings, value: unknown): void {
  ctx.db
    .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(key, JSON.stringify(value), ctx.now().toISOString());
}

export function isDatabaseEmpty(ctx: Ctx): boolean {
  const row = ctx.db
    .prepare('SELECT (SELECT count(*) FROM bodies) + (SELECT count(*) FROM members) + (SELECT count(*) FROM meetings) AS n')
    .get() as { n: number };
  return row.n === 0;
}

export const appHandlers: HandlersFor<typeof appChannels> = {
  'app.info': (_input, ctx) => ({
    version: ctx.env.version,
    dbPath: ctx.env.dbPath,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    isEmpty: isDatabaseEmpty(ctx),
  }),
  'settings.get': (_input, ctx) => readSettings(ctx),
  'settings.update': (input, ctx) => {
    for (const [k, v] of Object.entries(input)) if (v !== undefined) writeSetting(ctx, k as keyof Settings, v);
    ctx.emit('data.changed', { entity: 'settings' });
    return readSettings(ctx);
  },
  'example.load': (_input, ctx) => loadExampleData(ctx),
  'backups.list': (_input, ctx) => backupInfos(ctx.env.backupDir),
  'backups.restore': (input, ctx) => {
    const file = checkBackup(ctx.env.backupDir, input.file);
    if (!ctx.shell?.restoreAndRestart?.(file)) {
      throw new DomainError('restore_unavailable', 'This shell cannot restart onto a backup');
    }
    return { restarting: true as const };
  },
  'journal.list': (input, ctx) => {
    const where: string[] = [];
    const args: unknown[] = [];
    if (input.entity) {
      where.push('entity = ?');
      args.push(input.entity);
    }
    if (input.entityId) {
      where.push('entity_id = ?');
      args.push(input.entityId);
    }
    const sql = `SELECT * FROM journal ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY at DESC, id DESC LIMIT ?`;
    const rows = ctx.db.prepare(sql).all(...args, input.limit ?? 200) as Record<string, string | null>[];
    return rows.map(
      (r): JournalEntry => ({
        id: r.id!,
        at: r.at!,
        actor: r.actor!,
        entity: r.entity!,
        entityId: r.entity_id!,
        op: r.op as JournalEntry['op'],
        before: r.before ? JSON.parse(r.before) : null,
        after: r.after ? JSON.parse(r.after) : null,
      }),
    );
  },
};
