import type { Locator, Page } from 'playwright-core';

// Page model of the Meetings screens: the list (#/meetings) with its create form, and one meeting
// (#/meetings/<id>) with its facts, duplicate form and agenda editor. Test ids for finding things;
// the tests assert the translated text users read.

export interface MeetingFields {
  /** Visible text of the body's option (e.g. "LACRALO — Latin American…"), or its id. */
  body: string;
  title: string;
  kind?: 'call' | 'face_to_face' | 'hybrid';
  date: string;
  start: string;
  end?: string;
  duration?: number;
  zone: string;
  location?: string;
  languages?: string[];
}

export interface ItemFields {
  title: string;
  presenter?: string;
  minutes: number;
  kind?: 'information' | 'discussion' | 'decision';
  /** Title of the top-level item to place it under. */
  under?: string;
}

export class MeetingsPage {
  constructor(readonly page: Page) {}

  async gotoList(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/meetings'));
    await this.page.getByTestId('meetings-upcoming').waitFor();
  }

  async gotoMeeting(id: string): Promise<void> {
    await this.page.evaluate((mid) => (window.location.hash = `#/meetings/${mid}`), id);
    await this.page.getByTestId('agenda').waitFor();
  }

  /** The meeting id in the address bar (#/meetings/<id>). */
  async currentMeetingId(): Promise<string> {
    await this.page.waitForFunction(() => /^#\/meetings\/[\w-]+$/.test(window.location.hash));
    return this.page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2]));
  }

  get form(): Locator {
    return this.page.getByTestId('meeting-form');
  }

  async openCreateForm(): Promise<void> {
    await this.page.getByTestId('meeting-new').click();
    await this.form.waitFor();
  }

  async fillMeeting(f: MeetingFields): Promise<void> {
    const form = this.form;
    const body = form.getByTestId('meeting-body');
    await body.selectOption(f.body.match(/^[0-9a-f-]{36}$/) ? { value: f.body } : { label: f.body });
    await form.getByTestId('meeting-title').fill(f.title);
    if (f.kind) await form.getByTestId('meeting-kind').selectOption(f.kind);
    await form.getByTestId('meeting-zone').fill(f.zone);
    await form.getByTestId('meeting-date').fill(f.date);
    await form.getByTestId('meeting-start').fill(f.start);
    if (f.duration !== undefined) {
      await form.getByTestId('meeting-end-mode-duration').check();
      await form.getByTestId('meeting-duration').fill(String(f.duration));
    } else {
      await form.getByTestId('meeting-end-mode-end').check();
      await form.getByTestId('meeting-end').fill(f.end ?? '');
    }
    if (f.location !== undefined) await form.getByTestId('meeting-location').fill(f.location);
    for (const l of f.languages ?? []) await form.getByTestId(`meeting-lang-${l}`).check();
  }

  async submitMeeting(): Promise<void> {
    await this.form.getByTestId('meeting-submit').click();
  }

  get banner(): Locator {
    return this.page.getByTestId('error-banner');
  }

  get agendaItems(): Locator {
    return this.page.getByTestId('agenda-item');
  }

  async agendaTitles(): Promise<string[]> {
    return this.page.getByTestId('agenda-item-title').allTextContents();
  }

  async agendaNumbers(): Promise<string[]> {
    return this.agendaItems.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.number ?? ''));
  }

  item(title: string): Locator {
    return this.agendaItems.filter({ has: this.page.getByTestId('agenda-item-title').getByText(title, { exact: true }) });
  }

  async addItem(f: ItemFields): Promise<void> {
    const form = this.page.getByTestId('agenda-add-form');
    const before = await this.agendaItems.count();
    await form.getByTestId('agenda-title').fill(f.title);
    await form.getByTestId('agenda-presenter').fill(f.presenter ?? '');
    await form.getByTestId('agenda-minutes').fill(String(f.minutes));
    if (f.kind) await form.getByTestId('agenda-kind').selectOption(f.kind);
    const parentId = f.under ? await this.item(f.under).getAttribute('data-item-id') : '';
    await form.getByTestId('agenda-parent').selectOption(parentId ?? '');
    await form.getByTestId('agenda-add').click();
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="agenda-item"]').length === n, before + 1);
  }

  /** Focuses the item's drag handle and presses Alt+<key>, as a keyboard user does. */
  async moveByKeyboard(title: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): Promise<void> {
    await this.item(title).getByTestId('agenda-handle').focus();
    await this.page.keyboard.press(`Alt+${key}`);
  }

  get announcement(): Locator {
    return this.page.getByTestId('agenda-announcement');
  }

  get overrunWarning(): Locator {
    return this.page.getByTestId('agenda-overrun');
  }

  get total(): Locator {
    return this.page.getByTestId('agenda-total');
  }

  async openDuplicate(): Promise<void> {
    await this.page.getByTestId('meeting-duplicate').click();
    await this.page.getByTestId('duplicate-form').waitFor();
  }
}
