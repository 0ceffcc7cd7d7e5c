import Database from 'better-sqlite3';
import { LANGUAGES, type Language } from '../../shared/domain/common';

/**
 * The language chosen in the settings of the database at `file`, read before the app is ready (the
 * shell gives it to Chromium as `--lang`, so native date and time inputs follow the app's language,
 * not only the system's). Read-only and forgiving: no file, no table, a damaged file or an unknown
 * value give null, and the real opening (with its checks and messages) comes after.
 */
export function peekLanguage(file: string): Language | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db.prepare("SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined;
    const value: unknown = row ? JSON.parse(row.value) : null;
    return (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
