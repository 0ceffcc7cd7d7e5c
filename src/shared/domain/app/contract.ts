import { z } from 'zod';
import { channel } from '../../channel';
import { empty, LANGUAGES } from '../common';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** null until the user picks one: the renderer then follows the OS language. */
  language: (typeof LANGUAGES)[number] | null;
  theme: Theme;
  /** The first-run choice (example data or empty) was made. */
  onboarded: boolean;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  /** True when no body, member or meeting exists yet: the first-run choice is offered. */
  isEmpty: boolean;
}

export interface JournalEntry {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  op: 'create' | 'update' | 'archive' | 'restore';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ExampleSummary {
  bodies: number;
  als: number;
  members: number;
  meetings: number;
}

export const BACKUP_REASONS = ['daily', 'pre-migration', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A backup in the backups folder, as `backups.list` shows it (newest first). */
export interface BackupInfo {
  /** The bare file name (no folder): what `backups.restore` takes. */
  file: string;
  reason: BackupReason;
  /** When it was made (UTC ISO 8601). */
  at: string;
  size: number;
  /** Schema version in the file's header (`user_version`); null when unreadable. */
  schemaVersion: number | null;
}

export const appChannels = {
  'app.info': channel<AppInfo>()(empty),
  'settings.get': channel<Settings>()(empty),
  'settings.update': channel<Settings>()(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      theme: z.enum(THEMES).optional(),
      onboarded: z.boolean().optional(),
    }),
  ),
  'example.load': channel<ExampleSummary>()(empty),
  'backups.list': channel<BackupInfo[]>()(empty),
  /**
   * Asks the shell to restart onto a backup: it first backs up the current data (`before-restore`),
   * then swaps the file and reopens it (pending migrations run). Refused before anything changes when
   * the name is not one of `backups.list`, or the file is not a readable Palabra database of this
   * app's schema or older.
   */
  'backups.restore': channel<{ restarting: true }>()(z.strictObject({ file: z.string().min(1).max(255) })),
  'journal.list': channel<JournalEntry[]>()(
    z.strictObject({
      entity: z.string().max(64).optional(),
      entityId: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  ),
};
