import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/errors.json';
import es from '../../../locales/es/errors.json';
import fr from '../../../locales/fr/errors.json';
import { DomainError } from '../../shared/errors';
import { pickLanguage, startupErrorText } from './startup';

const newer = () => new DomainError('db_newer', 'Database schema 99 is newer than this app (1)', undefined, { file: '/x.db', version: 99, supported: 1 });

describe('pickLanguage', () => {
  it('takes the base language of the OS locale, English otherwise', () => {
    expect(pickLanguage('fr-FR')).toBe('fr');
    expect(pickLanguage('fr-CA')).toBe('fr');
    expect(pickLanguage('es-419')).toBe('es');
    expect(pickLanguage('ES')).toBe('es');
    expect(pickLanguage('en-GB')).toBe('en');
    expect(pickLanguage('pt-BR')).toBe('en');
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});

describe('startupErrorText', () => {
  it('explains a newer database in the OS language, with versions and the file', () => {
    for (const [locale, m] of [['fr-FR', fr], ['es-MX', es], ['en-US', en], ['de-DE', en]] as const) {
      const { title, body } = startupErrorText(newer(), locale, '/home/ana/palabra.db');
      expect(title).toBe(m.startup.title);
      expect(body).toContain(m.db_newer.replace('{{version}}', '99').replace('{{supported}}', '1'));
      expect(body).toContain(m.startup.file.replace('{{file}}', '/home/ana/palabra.db'));
      expect(body).not.toMatch(/\{\{/);
    }
  });

  it('has a message for damaged and foreign files', () => {
    expect(startupErrorText(new DomainError('db_corrupt', 'x'), 'es', '/f.db').body).toContain(es.db_corrupt);
    expect(startupErrorText(new DomainError('db_unreadable', 'x'), 'fr', '/f.db').body).toContain(fr.db_unreadable);
  });

  it('falls back to the "unexpected error" text with the message for anything else', () => {
    const { body } = startupErrorText(new Error('EACCES: permission denied'), 'fr-FR', '/f.db');
    expect(body).toContain(fr.internal.replace('{{message}}', 'EACCES: permission denied'));
  });
});
