// Migrations are append-only SQL files bundled into the main build; never edit a landed one.
const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const m = /\/(\d{4})_([\w-]+)\.sql$/.exec(path);
    if (!m) throw new Error(`Bad migration file name: ${path}`);
    return { version: Number(m[1]), name: m[2], sql };
  })
  .sort((a, b) => a.version - b.version);

export const LATEST_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1].version;
