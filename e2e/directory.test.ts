import { afterAll, expect, test } from 'vitest';
import { closeBrowser, launchApp, type App, type Lang } from './harness';
import { DirectoryPage } from './pages/directory';

afterAll(closeBrowser);

const members = (app: App) => app.sql<{ name: string; email: string; country: string }>('SELECT name, email, country FROM members ORDER BY name');
const journalCount = (app: App) => app.sql<{ n: number }>('SELECT count(*) AS n FROM journal')[0].n;

test('in French: create two members, refuse an invalid e-mail with nothing written, reload, import a CSV', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true, hash: '#/directory/members' });
  try {
    const { page } = app;
    const d = new DirectoryPage(page);
    await d.gotoMembers();
    expect(await page.getByTestId('member-count').textContent()).toBe('0 membre');

    await d.createMember({ name: 'Ana Pereira', email: 'Ana.Pereira@example.org', country: 'UY', subRegion: 'south_america', languages: ['Espagnol', 'Portugais'], timeZone: 'America/Montevideo' });
    await d.gotoMembers();
    await d.createMember({ name: 'Jean-Marc Louis', email: 'jm.louis@example.net', phone: '+509 2 555 0123', country: 'HT', languages: ['Français', 'Créole haïtien'] });
    expect(members(app)).toEqual([
      { name: 'Ana Pereira', email: 'ana.pereira@example.org', country: 'UY' },
      { name: 'Jean-Marc Louis', email: 'jm.louis@example.net', country: 'HT' },
    ]);

    // An invalid e-mail: refused in French, naming the field, next to the field and in the banner; nothing written.
    await d.gotoMembers();
    await d.openNewMember();
    await d.fillMember({ name: 'María Ejemplo', email: 'maria@', country: 'MX' });
    const before = { rows: app.sql('SELECT * FROM members ORDER BY id'), journal: journalCount(app) };
    await d.saveMember();
    await d.banner().waitFor();
    expect(await d.banner().textContent()).toContain('Adresse e-mail : ce n’est pas une adresse e-mail valide.');
    expect(await d.fieldError('email').textContent()).toBe('Ce n’est pas une adresse e-mail valide.');
    expect(await page.locator('#member-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('member-email');
    expect({ rows: app.sql('SELECT * FROM members ORDER BY id'), journal: journalCount(app) }).toEqual(before);
    expect(await app.axe()).toEqual([]);

    // A duplicate e-mail (other case) is refused too, naming the member who has it.
    await d.fillMember({ email: 'ANA.PEREIRA@example.org' });
    await d.saveMember();
    await d.fieldError('email').filter({ hasText: 'Ana Pereira' }).waitFor();
    expect(await d.fieldError('email').textContent()).toBe('Un autre membre utilise déjà cette adresse e-mail (Ana Pereira).');
    expect(app.sql('SELECT * FROM members ORDER BY id')).toEqual(before.rows);

    // Reload: both members are still there.
    await page.reload();
    await d.gotoMembers();
    expect(await d.memberNames()).toEqual(['Ana Pereira', 'Jean-Marc Louis']);
    expect(await page.getByTestId('member-count').textContent()).toBe('2 membres');

    // CSV import with a preview: Cancel writes nothing; Confirm inserts the accepted rows.
    const csv = [
      'Nom;Adresse e-mail;Pays;Langues;Fuseau horaire',
      'Rosa Quispe;rosa.quispe@example.org;PE;es;qu;America/Lima',
      'Élise Joseph;elise.joseph@example.org;HT;fr;America/Port-au-Prince',
      'Sin Correo;correo@;AR;es;',
      'Ana Dupliquée;ana.pereira@example.org;UY;es;',
    ].join('\n');
    const fixed = csv.replace('es;qu;America/Lima', '"es,qu";America/Lima');
    await d.openImport();
    await d.chooseCsv('membres.csv', fixed);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(members(app)).toHaveLength(2);

    await d.openImport();
    await d.chooseCsv('membres.csv', fixed);
    expect(await page.getByTestId('import-summary').textContent()).toBe('membres.csv : 2 lignes prêtes à importer, 2 refusées.');
    expect((await d.importLines('accepted')).map((r) => r.slice(0, 3))).toEqual([
      ['2', 'Rosa Quispe\nrosa.quispe@example.org', 'Pérou'],
      ['3', 'Élise Joseph\nelise.joseph@example.org', 'Haïti'],
    ]);
    expect(await d.importLines('rejected')).toEqual([
      ['4', 'Sin Correo\ncorreo@', 'Adresse e-mail : ce n’est pas une adresse e-mail valide.'],
      ['5', 'Ana Dupliquée\nana.pereira@example.org', 'Adresse e-mail : un autre membre utilise déjà cette adresse e-mail (Ana Pereira).'],
    ]);
    await app.screenshot('directory-import-preview-fr-flow');
    expect(await app.axe()).toEqual([]);
    await d.confirmImport();
    expect(await page.getByTestId('import-done').textContent()).toBe('2 membres importés.');
    await page.getByTestId('import-close').click();
    expect(members(app).map((m) => m.name).sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(['Ana Pereira', 'Élise Joseph', 'Jean-Marc Louis', 'Rosa Quispe']);
    await page.getByTestId('member-count').filter({ hasText: '4 membres' }).waitFor();
    expect(await d.memberNames()).toEqual(['Ana Pereira', 'Élise Joseph', 'Jean-Marc Louis', 'Rosa Quispe']);

    // Search without accents finds the accented name.
    await d.search('elise');
    await page.getByTestId('member-count').filter({ hasText: '1 membre' }).waitFor();
    expect(await d.memberNames()).toEqual(['Élise Joseph']);

    // A file that is not UTF-8 is refused, in French, and nothing is written.
    await d.openImport();
    await d.chooseCsv('latin1.csv', Buffer.from('name,email,country\nJos\xe9,jose@example.org,MX\n', 'latin1'));
    expect(await page.getByTestId('import-error').textContent()).toBe('Fichier CSV : le fichier n’est pas en UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.');
    expect(members(app)).toHaveLength(4);
  } finally {
    await app.close();
  }
});

test('roles: add one on a member’s page, see it on the body, end it; an end before the start is refused', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true, hash: '#/directory/members' });
  try {
    const { page } = app;
    const d = new DirectoryPage(page);
    app.core.dispatch('bodies.create', { name: 'Latin American and Caribbean Islands Regional At-Large Organization', shortName: 'LACRALO', kind: 'ralo' });
    await page.reload();
    await d.gotoMembers();
    await d.createMember({ name: 'Valeria Irigoyen', email: 'valeria@example.org', country: 'AR' });
    await page.locator('#role-bodyId').selectOption({ label: 'LACRALO' });
    await page.locator('#role-role').selectOption('chair');
    await page.locator('#role-startsOn').fill('2016-11-07');
    await page.locator('#role-endsOn').fill('2016-11-01');
    await page.getByTestId('role-add').click();
    await d.fieldError('endsOn').waitFor();
    expect(await d.fieldError('endsOn').textContent()).toBe('The end must come after the start.');
    expect(app.sql('SELECT * FROM roles')).toEqual([]);
    await page.locator('#role-endsOn').fill('');
    await page.getByTestId('role-add').click();
    await page.getByTestId('roles-table').waitFor();
    expect(app.sql('SELECT role, starts_on, ends_on FROM roles')).toEqual([{ role: 'chair', starts_on: '2016-11-07', ends_on: null }]);
    await page.getByTestId('roles-table').getByRole('link', { name: 'LACRALO' }).click();
    await page.getByTestId('holders-table').getByRole('link', { name: 'Valeria Irigoyen' }).waitFor();
    await page.getByTestId('holders-table').getByRole('link', { name: 'Valeria Irigoyen' }).click();
    await page.getByRole('button', { name: 'End…' }).click();
    await page.getByTestId('roles-table').getByLabel('End').fill('2018-11-07');
    await page.getByRole('button', { name: 'End role' }).click();
    await page.getByTestId('roles-table').getByText('Ended').waitFor();
    expect(app.sql('SELECT ends_on FROM roles')).toEqual([{ ends_on: '2018-11-07' }]);

    // Archive the member, then restore them: both journaled.
    await page.getByTestId('member-archive').click();
    await page.getByTestId('member-restore').waitFor();
    expect(app.sql<{ deleted_at: string | null }>('SELECT deleted_at FROM members')[0].deleted_at).not.toBeNull();
    expect(await page.locator('#member-name').isDisabled()).toBe(true);
    await page.getByTestId('member-restore').click();
    await page.getByTestId('member-archive').waitFor();
    expect(app.sql('SELECT deleted_at FROM members')).toEqual([{ deleted_at: null }]);
    expect(app.sql("SELECT op FROM journal WHERE entity = 'members' ORDER BY rowid")).toEqual([{ op: 'create' }, { op: 'archive' }, { op: 'restore' }]);
  } finally {
    await app.close();
  }
});

const SAMPLE_CSV = [
  'name,email,country,languages,als',
  'Rosa Quispe,rosa.quispe@example.org,PE,es;qu,',
  'Marcos Ibáñez,marcos@example.org,AR,es,Red Pampeana de Usuarios de Internet',
  'Sin País,sinpais@example.org,,es,',
  'Valeria Again,valeria.irigoyen@example.org,AR,es,',
  'Club Desconocido,club@example.org,CL,es,Club Desconocido',
].join('\n');

test.each<Lang>(['en', 'fr', 'es'])('every directory screen renders with the example data in %s (screenshots, axe)', async (lang) => {
  const app = await launchApp({ lang, onboarded: true, hash: '#/directory/members' });
  try {
    const { page } = app;
    const d = new DirectoryPage(page);
    expect(app.core.dispatch('example.load', {}).ok).toBe(true);
    await page.setViewportSize({ width: 1280, height: 1500 }); // the whole screen in each picture
    await page.reload();
    await d.gotoMembers();
    expect((await d.memberNames()).length).toBeGreaterThan(20);
    await app.screenshot(`directory-members-${lang}`);
    expect(await app.axe()).toEqual([]);

    // a member with roles
    await page.getByRole('link', { name: 'Valeria Irigoyen' }).click();
    await page.getByTestId('roles-table').waitFor();
    await app.screenshot(`directory-member-${lang}`);
    expect(await app.axe()).toEqual([]);

    // the new-member form with field errors
    await d.gotoMembers();
    await d.openNewMember();
    await d.fillMember({ name: 'Test', email: 'not-an-address', country: 'UY', timeZone: 'Mars/Base' });
    await d.saveMember();
    await d.fieldError('email').waitFor();
    await app.screenshot(`directory-member-error-${lang}`);
    expect(await app.axe()).toEqual([]);

    await d.gotoAls();
    await page.getByTestId('als-table').waitFor();
    await app.screenshot(`directory-als-${lang}`);
    expect(await app.axe()).toEqual([]);

    await d.gotoBodies();
    await page.getByTestId('bodies-table').waitFor();
    await app.screenshot(`directory-bodies-${lang}`);
    expect(await app.axe()).toEqual([]);
    await page.getByTestId('bodies-table').getByRole('link', { name: 'LACRALO', exact: true }).click();
    await page.getByTestId('holders-table').waitFor();
    await app.screenshot(`directory-body-${lang}`);
    expect(await app.axe()).toEqual([]);

    await d.gotoMembers();
    await d.openImport();
    await d.chooseCsv('members.csv', SAMPLE_CSV);
    expect(await d.importLines('accepted')).toHaveLength(2);
    expect(await d.importLines('rejected')).toHaveLength(3);
    await app.screenshot(`directory-import-${lang}`);
    expect(await app.axe()).toEqual([]);
  } finally {
    await app.close();
  }
});
