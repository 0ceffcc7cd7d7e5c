import { afterAll, expect, test } from 'vitest';
import { closeBrowser, launchApp, type Lang } from './harness';
import { MeetingsPage } from './pages/meetings';

afterAll(closeBrowser);

const SAN_JUAN = 'Regional leaders and ALAC: working session, part 4';
const AGENDA_HEADING: Record<Lang, RegExp> = { en: /Agenda/, fr: /Ordre du jour/, es: /Orden del día/ };

test.each<Lang>(['en', 'fr', 'es'])('in %s: the example data loads from the first-run choice and the meetings and San Juan agenda render', async (lang) => {
  const app = await launchApp({ lang });
  try {
    const { page } = app;
    await page.getByTestId('load-example').click();
    const meetings = new MeetingsPage(page);
    await page.getByTestId('meetings-upcoming').waitFor();

    // The database holds the example, and the first-run choice is remembered.
    const [{ n }] = app.sql<{ n: number }>('SELECT count(*) AS n FROM meetings');
    expect(n).toBeGreaterThanOrEqual(3);
    expect(app.sql("SELECT value FROM settings WHERE key = 'onboarded'")).toEqual([{ value: 'true' }]);

    const row = page.getByTestId('meeting-row').filter({ hasText: SAN_JUAN });
    await row.waitFor();
    await app.screenshot(`example-meetings-${lang}`);
    expect(await app.axe()).toEqual([]);

    await row.getByRole('link').first().click();
    await page.getByTestId('agenda').waitFor();
    await page.getByRole('heading', { name: AGENDA_HEADING[lang] }).first().waitFor();
    const titles = await meetings.agendaTitles();
    const stored = app.sql<{ title: string }>(
      `SELECT a.title FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE m.title = ? AND a.deleted_at IS NULL AND a.parent_id IS NULL ORDER BY a.position`,
      SAN_JUAN,
    );
    expect(stored.length).toBeGreaterThanOrEqual(4);
    expect(titles.filter((t) => stored.some((s) => s.title === t))).toEqual(stored.map((s) => s.title));
    // The session was held 15:15–16:45 in Puerto Rico (AST).
    expect(await page.getByTestId('meeting-facts').textContent()).toMatch(/15:15/);
    await app.screenshot(`example-agenda-${lang}`);
    expect(await app.axe()).toEqual([]);
  } finally {
    await app.close();
  }
});
