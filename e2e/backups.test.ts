import { afterAll, expect, test } from 'vitest';
import { backupNow } from '../src/main/db/backup';
import { closeBrowser, launchApp, type Lang } from './harness';
import { DirectoryPage } from './pages/directory';
import { SettingsPage } from './pages/settings';

afterAll(closeBrowser);

const ALAC = { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' } as const;
const LACRALO = { name: 'Latin American and Caribbean Islands Regional At-Large Organization', shortName: 'LACRALO', kind: 'ralo' } as const;

// Restore from the Settings page, in French: the data of the backup comes back after the restart,
// and the data it replaced is kept in a "before restore" backup.
test('in French: restoring a backup from Settings brings back its data after the restart and keeps the replaced data', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true, hash: '#/settings' });
  try {
    const { page } = app;
    expect(app.core.dispatch('bodies.create', ALAC).ok).toBe(true);
    await backupNow(app.core.ctx.db, app.core.backupDir, 'daily');
    expect(app.core.dispatch('bodies.create', LACRALO).ok).toBe(true);
    const before = app.core;

    const settings = new SettingsPage(page);
    await page.reload();
    await settings.goto();
    expect(await settings.rows().count()).toBe(1);
    expect(await settings.rows('daily').textContent()).toContain('Quotidienne');
    const dialog = await settings.askRestore('daily');
    expect(await dialog.textContent()).toContain('Palabra sauvegarde d’abord les données actuelles');
    await app.screenshot('backups-confirm-fr');
    await dialog.getByRole('button', { name: 'Sauvegarder et restaurer' }).click();
    await app.restarted();

    expect(app.core).not.toBe(before);
    expect(before.ctx.db.open).toBe(false);
    expect(app.sql('SELECT short_name FROM bodies ORDER BY short_name')).toEqual([{ short_name: 'ALAC' }]);
    expect(app.sql("SELECT op, actor FROM journal WHERE entity = 'database'")).toEqual([{ op: 'restore', actor: 'local' }]);

    // After the restart: the Settings page lists the safety backup, in French.
    await settings.table().waitFor();
    await settings.rows('before-restore').waitFor();
    expect(await settings.rows('before-restore').textContent()).toContain('Avant une restauration');
    await app.screenshot('backups-after-restore-fr');

    // The old data is what the app shows.
    const directory = new DirectoryPage(page);
    await directory.gotoBodies();
    await page.getByText('At-Large Advisory Committee').first().waitFor();
    expect(await page.locator('.app-main').textContent()).not.toContain('LACRALO');
  } finally {
    await app.close();
  }
});

test.each<Lang>(['en', 'fr', 'es'])('the Backups section and its confirmation render in %s', async (lang) => {
  const app = await launchApp({ lang, onboarded: true, hash: '#/settings' });
  try {
    const { page } = app;
    const { db } = app.core.ctx;
    const dir = app.core.backupDir;
    await backupNow(db, dir, 'pre-migration', new Date('2026-10-01T07:30:00.000Z'));
    await backupNow(db, dir, 'daily', new Date('2026-11-01T08:00:00.000Z'));
    await backupNow(db, dir, 'before-restore', new Date('2026-11-03T17:45:00.000Z'));
    await page.reload();
    const settings = new SettingsPage(page);
    await settings.goto();
    expect(await settings.rows().count()).toBe(3);
    await app.screenshot(`backups-settings-${lang}`);
    expect(await app.axe()).toEqual([]);
    await settings.askRestore('pre-migration');
    await app.screenshot(`backups-confirm-${lang}`);
    expect(await app.axe()).toEqual([]);
  } finally {
    await app.close();
  }
});
