import { z } from 'zod';
import { ISO_COUNTRIES } from './countries';

// Building blocks for every capability's schemas. Inputs are strict objects: unknown keys are refused.

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text UUIDs (v7 in practice). */
export const id = z.string().uuid();
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** UTC instant, ISO 8601 with offset (e.g. 2018-03-10T19:15:00.000Z). */
export const isoInstant = z.string().datetime({ offset: true });
/** Calendar date YYYY-MM-DD. */
export const isoDate = z.string().date();

export const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
};

/** IANA time-zone name, checked against the runtime's ICU data. */
export const timeZone = z
  .string()
  .min(1)
  .refine(isValidTimeZone, { params: { code: 'invalid_time_zone' }, message: 'Unknown IANA time zone' });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((c) => ISO_COUNTRIES.has(c), { params: { code: 'invalid_country' }, message: 'Unknown ISO 3166-1 country code' });

export const email = z.string().trim().toLowerCase().email().max(254);

/** Every row the core returns carries these (merge-ready rows). */
export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });
