import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../core';
import { tempDir } from '../test/tmp';
import { peekLanguage } from './peek';

describe('peekLanguage', () => {
  it('reads the language chosen in the settings, without changing the file', () => {
    const file = path.join(tempDir(), 'palabra.db');
    const core = createCore(file);
    expect(peekLanguage(file)).toBeNull(); // not chosen yet: the system's
    core.dispatch('settings.update', { language: 'es' });
    expect(peekLanguage(file)).toBe('es'); // while the app has it open (WAL) too
    core.close();
    const before = fs.readFileSync(file);
    expect(peekLanguage(file)).toBe('es');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('gives null for no file, a file that is not a database, and a database without settings', () => {
    const dir = tempDir();
    expect(peekLanguage(path.join(dir, 'missing.db'))).toBeNull();
    expect(fs.existsSync(path.join(dir, 'missing.db'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'text.db'), 'not a database at all');
    expect(peekLanguage(path.join(dir, 'text.db'))).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'text.db'), 'utf8')).toBe('not a database at all');
  });
});
