import { openDatabase, type OpenOptions } from '../db/connection';
import { makeCtx, type Ctx, type Shell } from '../db/repo';
import { createDispatcher, type Dispatch } from '../dispatch';

export interface Core {
  dispatch: Dispatch;
  ctx: Ctx;
  file: string;
  backupDir: string;
  close(): void;
}

/**
 * The whole Node-side application without Electron: a database file and the dispatcher over it.
 * Used by the Electron shell, the E2E bridge and the tests alike.
 */
export function createCore(
  file: string,
  opts: OpenOptions & { version?: string; actor?: string; emit?: Ctx['emit']; shell?: Shell } = {},
): Core {
  const opened = openDatabase(file, opts);
  const ctx = makeCtx(opened.db, {
    actor: opts.actor,
    now: opts.now,
    emit: opts.emit,
    shell: opts.shell,
    env: { version: opts.version ?? '0.0.0', dbPath: opened.file, backupDir: opened.backupDir },
  });
  return {
    dispatch: createDispatcher(ctx),
    ctx,
    file: opened.file,
    backupDir: opened.backupDir,
    close: () => opened.db.close(),
  };
}
