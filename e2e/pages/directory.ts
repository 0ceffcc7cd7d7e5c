import type { Locator, Page } from 'playwright-core';

// Page model of the directory screens: members list and form, ALS list, bodies list, CSV import.
// Controls are found by their test ids or by their form-field ids, so the same model drives the
// app in every language.

export interface MemberFields {
  name?: string;
  email?: string;
  phone?: string;
  fax?: string;
  /** ISO code; the option shown is the country's name in the UI language. */
  country?: string;
  subRegion?: string;
  gender?: string;
  timeZone?: string;
  /** Checkbox labels (language names in the UI language). */
  languages?: string[];
}

export class DirectoryPage {
  constructor(readonly page: Page) {}

  async gotoMembers(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/directory/members'));
    await this.page.getByTestId('member-count').waitFor();
  }
  async gotoAls(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/directory/als'));
    await this.page.getByTestId('als-new').waitFor();
  }
  async gotoBodies(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/directory/bodies'));
    await this.page.getByTestId('body-new').waitFor();
  }

  /** The members table's names, in order. */
  async memberNames(): Promise<string[]> {
    const table = this.page.getByTestId('members-table');
    await table.waitFor();
    return table.locator('tbody .dir-name').allTextContents();
  }
  async search(text: string): Promise<void> {
    await this.page.getByTestId('member-search').fill(text);
  }

  async openNewMember(): Promise<void> {
    await this.page.getByTestId('member-new').click();
    await this.page.getByTestId('member-form').waitFor();
  }
  async fillMember(f: MemberFields): Promise<void> {
    const p = this.page;
    for (const key of ['name', 'email', 'phone', 'fax', 'timeZone'] as const) if (f[key] !== undefined) await p.locator(`#member-${key}`).fill(f[key]!);
    if (f.country) await p.locator('#member-country').selectOption(f.country);
    if (f.subRegion) await p.locator('#member-subRegion').selectOption(f.subRegion);
    if (f.gender) await p.locator('#member-gender').selectOption(f.gender);
    for (const l of f.languages ?? []) await p.locator('#member-languages').getByLabel(l, { exact: true }).check();
  }
  async saveMember(): Promise<void> {
    await this.page.getByTestId('member-save').click();
  }
  /** Creates a member through the form and waits for its page. */
  async createMember(f: MemberFields): Promise<void> {
    await this.openNewMember();
    await this.fillMember(f);
    await this.saveMember();
    await this.page.getByTestId('member-title').filter({ hasText: f.name }).waitFor();
  }
  fieldError(name: string): Locator {
    return this.page.getByTestId(`error-${name}`);
  }
  banner(): Locator {
    return this.page.getByTestId('error-banner');
  }

  async openImport(): Promise<Locator> {
    await this.page.getByTestId('import-open').click();
    const dialog = this.page.getByTestId('import-dialog');
    await dialog.waitFor();
    return dialog;
  }
  /** Chooses a file in the import dialog and waits for the preview (or the file's error). */
  async chooseCsv(name: string, content: string | Buffer): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
    await this.page.locator('[data-testid="import-summary"], [data-testid="import-error"]').first().waitFor();
  }
  async importLines(kind: 'accepted' | 'rejected'): Promise<string[][]> {
    const rows = this.page.getByTestId(`import-${kind}`).locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).map((s) => s.trim()));
    return out;
  }
  async confirmImport(): Promise<void> {
    await this.page.getByTestId('import-confirm').click();
    await this.page.getByTestId('import-done').waitFor();
  }
}
