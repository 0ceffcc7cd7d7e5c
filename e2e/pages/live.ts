import type { Locator, Page } from 'playwright-core';

// Page model of the live session (#/live/<id>) and its projector view (#/projector/<id>). Test ids
// to find things; the tests assert the translated text users read.

export type AttendanceStatus = 'present' | 'remote' | 'apologies' | 'absent';
export type SpeakerKind = 'normal' | 'point_of_order' | 'direct_reply';

export class LivePage {
  constructor(readonly page: Page) {}

  async goto(meetingId: string): Promise<void> {
    await this.page.evaluate((id) => (window.location.hash = `#/live/${id}`), meetingId);
    await this.page.getByTestId('live-page').waitFor();
  }

  banner(): Locator {
    return this.page.getByTestId('error-banner');
  }

  /** Presses a session shortcut with the focus out of any field. */
  async shortcut(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  async openSession(): Promise<void> {
    await this.page.getByTestId('live-open').click();
    await this.page.getByTestId('item-timer').waitFor();
  }

  async currentTitle(): Promise<string> {
    return (await this.page.getByTestId('current-title').textContent()) ?? '';
  }

  /** Milliseconds on the current item's clock, as shown. */
  async itemElapsedMs(): Promise<number> {
    return Number(await this.page.getByTestId('item-timer').getAttribute('data-ms'));
  }

  /** Makes the agenda item with this title current (click in the agenda column). */
  async makeCurrent(title: string): Promise<void> {
    await this.item(title).getByTestId('live-item-title').click();
    await this.page.getByTestId('current-title').filter({ hasText: title }).waitFor();
  }

  item(title: string): Locator {
    return this.page.getByTestId('live-item').filter({ has: this.page.getByTestId('live-item-title').getByText(title, { exact: true }) });
  }

  // Attendance

  row(name: string): Locator {
    return this.page.getByTestId('attendance-row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async setAttendance(name: string, status: AttendanceStatus): Promise<void> {
    const row = this.row(name);
    await row.getByTestId('attendance-status').selectOption(status);
    await row.and(this.page.locator(`[data-status="${status}"]`)).waitFor();
  }

  /** A late arrival at a wall time (HH:MM) in the meeting's zone. */
  async setArrival(name: string, time: string): Promise<void> {
    const input = this.row(name).getByTestId('attendance-arrived');
    await input.fill(time);
    await input.press('Enter');
    await this.page.waitForFunction(
      ([n, t]) => [...document.querySelectorAll('[data-testid="attendance-row"]')].some((r) => r.textContent?.includes(n) && (r.querySelector('[data-testid="attendance-arrived"]') as HTMLInputElement).value === t),
      [name, time] as const,
    );
  }

  quorum(): Locator {
    return this.page.getByTestId('quorum-pill');
  }

  // Speakers

  /** Types a few letters of a name, moves to it with the arrow keys and presses Enter. */
  async addSpeaker(letters: string, name: string, kind: SpeakerKind = 'normal'): Promise<void> {
    await this.page.getByTestId('speaker-kind').selectOption(kind);
    const input = this.page.getByTestId('speaker-search-input');
    await input.fill(letters);
    const options = this.page.getByTestId('speaker-search-option');
    await options.filter({ hasText: name }).waitFor();
    const names = await options.locator('.hit-name').allTextContents();
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`${name} not among ${names.join(', ')}`);
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    await input.press('Enter');
  }

  confirmAbsentDialog(): Locator {
    return this.page.getByTestId('confirm-absent');
  }

  async queue(): Promise<string[]> {
    if (!(await this.page.getByTestId('speaker-queue').count())) return [];
    return this.page.getByTestId('queued-speaker').locator('.queue-name').allTextContents();
  }

  async waitForQueue(names: string[]): Promise<void> {
    await this.page.waitForFunction(
      (expected) => JSON.stringify([...document.querySelectorAll('[data-testid="queued-speaker"] .queue-name')].map((e) => e.textContent)) === JSON.stringify(expected),
      names,
    );
  }

  async speaking(): Promise<string | null> {
    const el = this.page.getByTestId('current-speaker-name');
    return (await el.count()) ? el.textContent() : null;
  }

  async waitForSpeaker(name: string): Promise<void> {
    await this.page.getByTestId('current-speaker-name').filter({ hasText: name }).waitFor();
  }

  async settings(opts: { minutes?: number; seconds?: number; audible?: boolean }): Promise<void> {
    await this.page.getByTestId('live-settings').click();
    const dialog = this.page.getByTestId('settings-dialog');
    if (opts.minutes !== undefined) {
      await dialog.getByTestId('settings-limited').check();
      await dialog.getByTestId('settings-minutes').fill(String(opts.minutes));
      await dialog.getByTestId('settings-seconds').fill(String(opts.seconds ?? 0));
    }
    if (opts.audible !== undefined) await dialog.getByTestId('settings-audible').setChecked(opts.audible);
    await dialog.getByTestId('settings-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }

  // Note and capture

  async writeNote(text: string): Promise<void> {
    await this.shortcut('o');
    await this.page.keyboard.type(text);
    await this.page.locator('[data-testid="note-status"][data-status="saved"]').waitFor();
  }

  async capture(kind: 'decision' | 'action' | 'deadline', text: string, opts: { owner?: [string, string]; dueOn?: string } = {}): Promise<void> {
    await this.shortcut({ decision: 'd', action: 'c', deadline: 'l' }[kind]);
    await this.page.locator(`[data-testid="capture-form"][data-mode="${kind}"]`).waitFor();
    await this.page.keyboard.type(text);
    if (opts.owner) {
      const [letters, name] = opts.owner;
      const input = this.page.getByTestId('capture-owner-search-input');
      await input.fill(letters);
      await this.page.getByTestId('capture-owner-search-option').filter({ hasText: name }).first().waitFor();
      await input.press('Enter');
      await this.page.getByTestId('capture-owner').waitFor();
    }
    if (opts.dueOn) await this.page.getByTestId('capture-due').fill(opts.dueOn);
    const before = await this.page.getByTestId('captured').locator('li').count();
    await this.page.getByTestId('capture-submit').click();
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="captured"] li').length > n, before);
  }

  // Deferral and close

  async defer(title: string, reason: string): Promise<void> {
    await this.item(title).getByTestId('live-item-defer').click();
    const dialog = this.page.getByTestId('defer-dialog');
    await dialog.getByTestId('defer-reason').fill(reason);
    await dialog.getByTestId('defer-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.locator('[data-testid="live-item"][data-state="deferred"]').filter({ hasText: title }).waitFor();
  }

  /** Closes the session, deferring (to the next meeting) exactly the unreached items named. */
  async close(deferTitles: string[], reason = '', beforeSubmit?: () => Promise<void>): Promise<void> {
    await this.page.getByTestId('live-close').click();
    const dialog = this.page.getByTestId('close-dialog');
    for (const box of await dialog.getByTestId('close-defer-item').all()) {
      const label = (await box.locator('xpath=..').textContent()) ?? '';
      await box.setChecked(deferTitles.some((t) => label.includes(t)));
    }
    if (reason) await dialog.getByTestId('close-reason').fill(reason);
    await beforeSubmit?.();
    await dialog.getByTestId('close-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByTestId('live-closed').waitFor();
  }
}

/** The projector view, on its own page. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.getByTestId('projector').waitFor();
    await this.page.getByTestId('projector-item').or(this.page.getByTestId('projector-message')).first().waitFor();
  }

  text(testId: string): Promise<string | null> {
    return this.page.getByTestId(testId).textContent();
  }

  async queue(): Promise<string[]> {
    return this.page.getByTestId('projector-queued').locator('span:first-child').allTextContents();
  }
}
