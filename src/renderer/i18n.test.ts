import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorText, fieldLabel, initI18n, osLanguage } from './i18n';

beforeAll(() => {
  initI18n('en');
});

describe('osLanguage', () => {
  it('takes the first OS language Palabra speaks, else English', () => {
    expect(osLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(osLanguage(['de-DE', 'es-419'])).toBe('es');
    expect(osLanguage(['de-DE', 'ja'])).toBe('en');
    expect(osLanguage([])).toBe('en');
  });
});

describe('errorText', () => {
  it('names the field in the user language', async () => {
    await i18next.changeLanguage('fr');
    expect(errorText({ code: 'required', message: 'x', field: 'language' })).toBe('Langue : ce champ est obligatoire.');
    await i18next.changeLanguage('es');
    expect(errorText({ code: 'too_long', message: 'x', field: 'theme', params: { max: 20 } })).toBe('Tema: como máximo 20 caracteres.');
    await i18next.changeLanguage('en');
    expect(errorText({ code: 'unknown_channel', message: 'x', params: { channel: 'db.drop' } })).toBe(
      'This action is not known to Palabra (db.drop).',
    );
  });

  it('uses the last named segment of a nested field path, and the raw key when no label exists', () => {
    expect(fieldLabel('limit')).toBe('Limit');
    expect(errorText({ code: 'required', message: 'x', field: 'items.2.limit' })).toBe('Limit: this is required.');
    expect(fieldLabel('noSuchField')).toBe('noSuchField');
  });
});
