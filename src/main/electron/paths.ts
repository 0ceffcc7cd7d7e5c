import path from 'node:path';

// Where things are: the app's own origin, the built files, and the database file. Pure functions.

/** The privileged custom scheme that serves the renderer: app://palabra/index.html. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'palabra';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True for URLs of the app itself. Compares protocol and host: `new URL('app://palabra/').origin`
 * is the string 'null' in Node, so origins cannot be compared for custom schemes.
 */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (typeof raw !== 'string') return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The built renderer and preload, relative to the folder of the built main bundle (out/main). */
export const rendererDir = (mainDir: string) => path.resolve(mainDir, '..', 'renderer');
export const preloadFile = (mainDir: string) => path.resolve(mainDir, '..', 'preload', 'index.cjs');

export const DB_FILE_NAME = 'palabra.db';

/**
 * The database file: `--db=<file>` (or `--db <file>`) on the command line wins, then the PALABRA_DB
 * environment variable, then `<userData>/palabra.db`. Relative paths are taken from `cwd`.
 */
export function resolveDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userData: string,
  cwd: string,
): string {
  const fromArgs = dbFlag(argv);
  const chosen = fromArgs ?? (env.PALABRA_DB?.trim() || undefined);
  return chosen ? path.resolve(cwd, chosen) : path.join(userData, DB_FILE_NAME);
}

function dbFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--db=')) found = arg.slice('--db='.length).trim() || found;
    else if (arg === '--db' && i + 1 < argv.length && !argv[i + 1].startsWith('-')) found = argv[++i].trim() || found;
  }
  return found;
}
