import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_COUNTRY_CODES } from '../../../shared/domain/countries';
import { fieldLabel } from '../../i18n';

// Names and dates through Intl, in the user's language.

const cache = new Map<string, Intl.DisplayNames>();
function displayNames(lng: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${lng}/${type}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = new Intl.DisplayNames([lng], { type, fallback: 'code' })));
  return d;
}

export const countryName = (code: string, lng: string) => {
  try {
    return displayNames(lng, 'region').of(code) ?? code;
  } catch {
    return code;
  }
};
export const languageName = (code: string, lng: string) => {
  try {
    return displayNames(lng, 'language').of(code) ?? code;
  } catch {
    return code;
  }
};

/** A language's name for a list: Intl's, capitalized as a list item; our own where this runtime's
 *  ICU data has none (Chromium lacks Papiamento in some languages). */
export function useLanguageLabel(): (code: string) => string {
  const { t, i18n } = useTranslation('directory');
  const lng = i18n.language;
  return (code: string) => {
    const name = languageName(code, lng);
    const own = code === 'pap' ? t('languageNames.pap') : name;
    const label = name === code ? own : name;
    return label.charAt(0).toLocaleUpperCase(lng) + label.slice(1);
  };
}

/** YYYY-MM-DD as a date in the user's language (a calendar date: no time zone shift). */
export const formatDay = (day: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export const formatNumber = (n: number, lng: string) => new Intl.NumberFormat(lng).format(n);

/** Every ISO 3166-1 country, by name in the user's language. */
export function useCountryOptions(): { code: string; name: string }[] {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(lng);
    return ISO_COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lng) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [lng]);
}

let zones: string[] | undefined;
/** IANA time zones known to this runtime. */
export const timeZones = (): string[] => (zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/** Today (local calendar) as YYYY-MM-DD. */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The label of a field of the directory namespace. */
export const label = (key: string) => fieldLabel(key, 'directory');
