import { describe, expect, it } from 'vitest';
import { formatSlot, formatUserSlot, intlLocale, languageName, zoneLabel } from './format';

// Seed 003: "Samedi 10 mars 2018 – 15h15 à 16h45 AST", San Juan.
const START = '2018-03-10T19:15:00.000Z';
const END = '2018-03-10T20:45:00.000Z';
const norm = (s: string | null) => s?.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s*[–-]\s*/g, '–') ?? null;

describe('meeting times through Intl', () => {
  it('shows the slot in the meeting’s own zone, in the UI language', () => {
    expect(norm(formatSlot(START, END, 'America/Puerto_Rico', 'en'))).toMatch(/^Sat,? 10 Mar 2018, 15:15–16:45 (AST|GMT–4)$/);
    expect(norm(formatSlot(START, END, 'America/Puerto_Rico', 'fr'))).toMatch(/^sam\. 10 mars 2018,? 15:15–16:45 UTC−4$/);
    expect(norm(formatSlot(START, END, 'America/Puerto_Rico', 'es'))).toMatch(/^sáb,? 10 mar 2018,? 15:15–16:45 (AST|GMT–4)$/);
  });

  it('shows the user’s time only when it differs; with the date when the day differs', () => {
    expect(norm(formatUserSlot(START, END, 'America/Puerto_Rico', 'Europe/Paris', 'en'))).toBe('20:15–21:45 CET');
    expect(formatUserSlot(START, END, 'America/Puerto_Rico', 'America/Santo_Domingo', 'en')).toBeNull(); // also UTC−4
    expect(norm(formatUserSlot(START, END, 'America/Puerto_Rico', 'Asia/Tokyo', 'en'))).toMatch(/^Sun,? 11 Mar 2018, 04:15–05:45 (JST|GMT\+9)$/);
  });

  it('names zones and languages in the UI language', () => {
    expect(zoneLabel('America/Puerto_Rico', 'en')).toMatch(/\(America\/Puerto Rico\)$/);
    expect(zoneLabel('UTC', 'fr')).toContain('UTC');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('pt', 'es', true)).toBe('Portugués');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('fr')).toBe('fr');
  });
});
