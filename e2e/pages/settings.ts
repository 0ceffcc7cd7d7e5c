import type { Locator, Page } from 'playwright-core';

// Page model of the Settings screen (#/settings): its Backups section and the restore confirmation.

export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/settings'));
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.getByTestId('backups-table');
  }

  rows(reason?: string): Locator {
    return this.page.locator(reason ? `[data-testid="backup-row"][data-reason="${reason}"]` : '[data-testid="backup-row"]');
  }

  /** Opens the confirmation for the first backup of `reason` and returns the dialog. */
  async askRestore(reason: string): Promise<Locator> {
    await this.rows(reason).first().getByTestId('backup-restore').click();
    const dialog = this.page.getByTestId('restore-dialog');
    await dialog.waitFor();
    return dialog;
  }
}
