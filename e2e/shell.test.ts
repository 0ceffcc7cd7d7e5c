import { afterAll, expect, test } from 'vitest';
import { closeBrowser, launchApp, type Lang } from './harness';

afterAll(closeBrowser);

test.each<Lang>(['en', 'fr', 'es'])('the shell, first run and settings render in %s', async (lang) => {
  const app = await launchApp({ lang });
  try {
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const labels = { en: 'Load example data', fr: 'Charger l’exemple', es: 'Cargar el ejemplo' };
    await page.getByRole('button', { name: labels[lang] }).waitFor();
    await app.screenshot(`shell-first-run-${lang}`);
    expect(await app.axe()).toEqual([]);
    await page.getByTestId('start-empty').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('db-path').waitFor();
    expect(await page.getByTestId('db-path').textContent()).toBe(app.core.file);
    await app.screenshot(`shell-settings-${lang}`);
    expect(await app.axe()).toEqual([]);
    await page.getByTestId('nav-decisions').click();
    await app.screenshot(`shell-coming-${lang}`);
    expect(app.sql("SELECT value FROM settings WHERE key = 'onboarded'")).toEqual([{ value: 'true' }]);
  } finally {
    await app.close();
  }
});

test('the language switch is remembered in settings and survives a reload', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true });
  try {
    const { page } = app;
    await page.getByTestId('language-switch').selectOption('fr');
    await page.getByRole('link', { name: 'Annuaire' }).waitFor();
    expect(app.sql("SELECT value FROM settings WHERE key = 'language'")).toEqual([{ value: '"fr"' }]);
    await page.reload();
    await page.getByRole('link', { name: 'Annuaire' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  } finally {
    await app.close();
  }
});

test('an unknown channel is refused by the bridge itself', async () => {
  const app = await launchApp({ onboarded: true });
  try {
    const res = await app.page.evaluate(() => window.palabra.invoke('db.dropEverything', {}));
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  } finally {
    await app.close();
  }
});

test('the dark theme is chosen in settings, applied at once and kept', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true, hash: '#/settings' });
  try {
    const { page } = app;
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByTestId('theme-select').waitFor();
    expect(await bg()).toBe('rgb(246, 247, 249)');
    await page.getByTestId('theme-select').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await bg()).toBe('rgb(17, 21, 27)');
    await app.screenshot('shell-settings-dark-fr');
    expect(await app.axe()).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(app.sql("SELECT value FROM settings WHERE key = 'theme'")).toEqual([{ value: '"dark"' }]);
  } finally {
    await app.close();
  }
});
