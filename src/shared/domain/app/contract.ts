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
  'journal.list': channel<JournalEntry[]>()(
    z.strictObject({
      entity: z.string().max(64).optional(),
      entityId: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  ),
};
