import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../core';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabra-test-'));
  dirs.push(dir);
  return dir;
}

/** A core on a real SQLite file in a temp folder, closed after the test. */
export function testCore(opts: Parameters<typeof createCore>[1] = {}): Core {
  const core = createCore(path.join(tempDir(), 'palabra.db'), opts);
  afterEach(() => core.close());
  return core;
}

/** Row counts of every table, to assert that a refused call changed nothing. */
export function snapshot(core: Core): Record<string, unknown> {
  const tables = core.ctx.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  // Rows sorted in JS: some tables (FTS5 shadow tables) have no rowid to order by.
  const rows = (name: string) =>
    core.ctx.db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
  return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
}
