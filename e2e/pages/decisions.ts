import type { Locator, Page } from 'playwright-core';

// Page model of the Decisions screens: the list (#/decisions) with its propose form, one decision
// (#/decisions/<id>) with its consensus, no-objection and vote panels, and the participation report.
// Test ids for finding things; the tests assert the translated text users read.

export class DecisionsPage {
  constructor(readonly page: Page) {}

  async gotoList(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/decisions'));
    await this.page.getByTestId('decisions-list-page').waitFor();
  }

  async gotoDecision(id: string): Promise<void> {
    await this.page.evaluate((d) => (window.location.hash = `#/decisions/${d}`), id);
    await this.page.getByTestId('decision-page').waitFor();
  }

  /** The voting-rules screen, from the list's link (as a secretary reaches it). */
  async gotoRules(): Promise<void> {
    await this.gotoList();
    await this.page.getByTestId('rules-link').click();
    await this.page.getByTestId('rules-page').getByTestId('vote-config').waitFor();
  }

  /** Saves `body`'s default vote rules (weighting, ballot) and the misses of its participation rule. */
  async saveRules(body: string, patch: { weighting?: 'none' | 'country_cap'; ballot?: 'secret' | 'roll_call'; misses?: number }): Promise<void> {
    const pageEl = this.page.getByTestId('rules-page');
    await pageEl.getByTestId('rules-body').selectOption({ label: body });
    const form = pageEl.getByTestId('vote-config');
    await form.getByRole('heading', { name: new RegExp(body) }).waitFor();
    if (patch.weighting) await form.getByTestId('vote-weighting').selectOption(patch.weighting);
    if (patch.ballot) await form.getByTestId('vote-ballot').selectOption(patch.ballot);
    if (patch.misses !== undefined) await form.getByTestId('rules-misses').fill(String(patch.misses));
    await form.getByTestId('vote-setup').click();
    await pageEl.getByTestId('rules-saved').filter({ hasText: body }).waitFor();
  }

  async gotoParticipation(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/decisions/participation'));
    await this.page.getByTestId('participation-page').waitFor();
  }

  /** Proposes on `meeting` (its visible title) and `item`; returns the new decision's id. */
  async propose(meeting: string, item: string, text: string): Promise<string> {
    await this.page.getByTestId('propose-new').click();
    const form = this.page.getByTestId('propose-form');
    const meetingSelect = form.getByTestId('propose-meeting');
    const value = await meetingSelect.locator('option', { hasText: meeting }).first().getAttribute('value');
    await meetingSelect.selectOption(value!);
    await form.getByTestId('propose-item').locator('option', { hasText: item }).first().waitFor({ state: 'attached' });
    const itemValue = await form.getByTestId('propose-item').locator('option', { hasText: item }).first().getAttribute('value');
    await form.getByTestId('propose-item').selectOption(itemValue!);
    await form.getByTestId('propose-text').fill(text);
    await form.getByTestId('propose-submit').click();
    await this.page.getByTestId('decision-page').waitFor();
    await this.page.waitForFunction(() => /^#\/decisions\/[\w-]+$/.test(window.location.hash) && !window.location.hash.endsWith('participation'));
    return this.page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2]));
  }

  // Consensus
  async designate(designation: string, changed?: string): Promise<void> {
    await this.page.getByTestId('designation-select').selectOption(designation);
    if (changed !== undefined) await this.page.getByTestId('designation-changed').fill(changed);
    await this.page.getByTestId('designation-submit').click();
  }
  async accept(): Promise<void> {
    await this.page.getByTestId('designation-accept').click();
  }
  async addMinorityView(text: string, holders: string[]): Promise<void> {
    await this.page.getByTestId('minority-form').locator('xpath=..').locator('summary').click();
    await this.page.getByTestId('minority-text').fill(text);
    await this.page.getByTestId('minority-holders').selectOption(holders.map((label) => ({ label })));
    await this.page.getByTestId('minority-submit').click();
    await this.page.getByTestId('minority-view').filter({ hasText: text }).waitFor();
  }

  // No-objection call
  async openNoObjection(days: number): Promise<void> {
    await this.page.getByTestId('no-objection-days').fill(String(days));
    await this.page.getByTestId('no-objection-open').click();
    await this.page.getByTestId('no-objection-status').waitFor();
  }
  async object(member: string, text: string): Promise<void> {
    await this.page.getByTestId('objection-member').selectOption({ label: member });
    await this.page.getByTestId('objection-text').fill(text);
    await this.page.getByTestId('objection-submit').click();
    await this.page.getByTestId('objection').filter({ hasText: member }).waitFor();
  }
  async closeNoObjection(): Promise<void> {
    await this.page.getByTestId('no-objection-close').click();
  }

  // Vote
  async setUpVote(preset: 'lacralo' | 'alac' | 'custom', patch: { weighting?: 'none' | 'country_cap'; ballot?: 'secret' | 'roll_call' } = {}): Promise<void> {
    const form = this.page.getByTestId('vote-config');
    await form.getByTestId('vote-preset').selectOption(preset);
    if (patch.weighting) await form.getByTestId('vote-weighting').selectOption(patch.weighting);
    if (patch.ballot) await form.getByTestId('vote-ballot').selectOption(patch.ballot);
    await form.getByTestId('vote-setup').click();
    await this.page.getByTestId('electorate').waitFor();
  }
  elector(label: string): Locator {
    return this.page.getByTestId('elector').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }
  async recuse(label: string, reason: string): Promise<void> {
    const row = this.elector(label);
    await row.getByTestId('recuse').click();
    await row.getByTestId('recuse-reason').fill(reason);
    await row.getByTestId('recuse-confirm').click();
    await this.elector(label).and(this.page.locator('[data-status="recused"]')).waitFor();
  }
  async proxy(giver: string, holder: string): Promise<void> {
    await this.elector(giver).getByTestId('proxy-select').selectOption({ label: `Through ${holder}` });
    await this.elector(giver).getByText(`Votes through ${holder}`).waitFor();
  }
  async openVote(): Promise<void> {
    await this.page.getByTestId('vote-open').click();
    await this.page.getByTestId('ballot-entry').waitFor();
  }
  async mode(mode: 'voter' | 'secretary' | 'aggregate'): Promise<void> {
    await this.page.getByTestId(`ballot-mode-${mode}`).check();
  }
  /** One ballot: the voter (its option's label starts with `voter`), then the choice. */
  async cast(voter: string, choice: string, opts: { how?: string; enteredBy?: string } = {}): Promise<void> {
    if (opts.enteredBy) await this.page.getByTestId('ballot-entered-by').selectOption({ label: opts.enteredBy });
    if (opts.how) await this.page.getByTestId('ballot-how').selectOption(opts.how);
    const select = this.page.getByTestId('ballot-voter');
    // The voter's own option: its name, or its name followed by "(through …)" when it gave a proxy.
    const value = await select.evaluate(
      (el, v) => [...(el as HTMLSelectElement).options].find((o) => o.text === v || o.text.startsWith(`${v} (`))?.value,
      voter,
    );
    if (!value) throw new Error(`${voter} is not among the voters still to vote`);
    await select.selectOption(value);
    await this.page.getByTestId(`ballot-choice-${choice}`).click();
    await this.page.getByTestId('ballot-last').filter({ hasText: voter }).waitFor();
  }
  async closeVote(): Promise<void> {
    await this.page.getByTestId('vote-close').click();
    await this.page.getByTestId('vote-result').waitFor();
  }

  // Result
  outcome(): Locator {
    return this.page.getByTestId('result-outcome');
  }
  cappedWeight(side: string, country: string): Locator {
    return this.page.locator(`[data-testid="capped-weight"][data-side="${side}"][data-country="${country}"]`);
  }
  async steps(): Promise<{ code: string; text: string }[]> {
    return this.page.getByTestId('calculation-step').evaluateAll((lis) => lis.map((li) => ({ code: (li as HTMLElement).dataset.code!, text: li.textContent ?? '' })));
  }
}
