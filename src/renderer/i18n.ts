import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../shared/domain/common';
import type { AppError } from '../shared/errors';

// locales/<lng>/<namespace>.json, all bundled: the app works offline from the first start.
const files = import.meta.glob('../../locales/*/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, json] of Object.entries(files)) {
  const m = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
  if (!m) continue;
  (resources[m[1]] ??= {})[m[2]] = json;
}
export const NAMESPACES = Object.keys(resources.en ?? {});

/** The OS language if Palabra speaks it, else English. */
export function osLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export function initI18n(lng: Language = osLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng);
  }
  document.documentElement.lang = lng;
  return i18next;
}

/** Untyped lookup for keys built at run time (error codes, field names). */
const tr = (key: string, options?: Record<string, unknown>): string =>
  (i18next.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);

/** The translated label of an input field: the capability's `fields.<key>`, else common's, else the key. */
export function fieldLabel(key: string, ns?: string): string {
  for (const n of [ns, 'common']) if (n && i18next.exists(`${n}:fields.${key}`)) return tr(`${n}:fields.${key}`);
  return key;
}

/** The user-facing text of an error: its translated message, naming the field when there is one. */
export function errorText(error: AppError, ns?: string): string {
  const key = error.field?.split('.').filter((s) => !/^\d+$/.test(s)).pop();
  const field = key ? fieldLabel(key, ns) : '';
  const message = tr(`errors:${error.code}`, { message: error.message, ...error.params, field });
  return field ? tr('errors:withField', { field, message }) : message;
}
