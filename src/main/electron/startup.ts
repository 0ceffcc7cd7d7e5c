import en from '../../../locales/en/errors.json';
import es from '../../../locales/es/errors.json';
import fr from '../../../locales/fr/errors.json';
import { DomainError } from '../../shared/errors';

// When the database cannot be opened there is no window yet: the reason is shown in a native dialog,
// in the OS language, from the same translations the renderer uses (bundled into main).

const MESSAGES = { en, fr, es } as const;
type Lang = keyof typeof MESSAGES;

/** 'fr-CA' -> 'fr'; anything we do not translate -> 'en'. */
export function pickLanguage(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base in MESSAGES ? (base as Lang) : 'en';
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Title and body of the dialog for an error thrown while opening the database at `file`. */
export function startupErrorText(error: unknown, locale: string | undefined, file: string): { title: string; body: string } {
  const m = MESSAGES[pickLanguage(locale)];
  const texts = m as unknown as Record<string, unknown>;
  const code = error instanceof DomainError && typeof texts[error.code] === 'string' ? error.code : 'internal';
  const params = {
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof DomainError ? error.params : {}),
  };
  const body = `${fill(texts[code] as string, params)}\n\n${fill(m.startup.file, { file })}`;
  return { title: m.startup.title, body };
}
