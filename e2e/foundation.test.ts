import { afterAll, expect, test } from 'vitest';
import type { Body } from '../src/shared/domain/directory/contract';
import { closeBrowser, launchApp } from './harness';
import { DirectoryPage } from './pages/directory';
import { MeetingsPage } from './pages/meetings';

afterAll(closeBrowser);

const NEXT_YEAR = new Date().getFullYear() + 1;

// The foundation issue's scenario in one sitting, in the French UI: two members, a meeting with a
// four-item agenda, a keyboard reorder, a reload; and the two refusals, with the database unchanged.
test('in French: two members and a four-item agenda survive a reload in order; bad e-mail and end-before-start change nothing', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true, hash: '#/directory/members' });
  try {
    const { page } = app;
    const created = app.core.dispatch('bodies.create', {
      name: 'Latin American and Caribbean Islands Regional At-Large Organization',
      shortName: 'LACRALO',
      kind: 'ralo',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const body = created.value as Body;
    await page.reload();

    const directory = new DirectoryPage(page);
    await directory.gotoMembers();
    await directory.createMember({ name: 'Lucía Fernández', email: 'lucia.fernandez@example.org', country: 'AR', languages: ['Espagnol'] });
    await directory.gotoMembers();
    await directory.createMember({ name: 'Pierre-Louis Étienne', email: 'pl.etienne@example.net', country: 'HT', languages: ['Français'] });

    // Refused: an invalid e-mail, in French, naming the field; nothing written.
    const everything = () => ({
      members: app.sql('SELECT * FROM members ORDER BY id'),
      meetings: app.sql('SELECT * FROM meetings ORDER BY id'),
      items: app.sql('SELECT * FROM agenda_items ORDER BY id'),
      journal: app.sql('SELECT * FROM journal ORDER BY id'),
    });
    await directory.gotoMembers();
    await directory.openNewMember();
    await directory.fillMember({ name: 'Sin Arroba', email: 'sin.arroba.example.org', country: 'PY' });
    let before = everything();
    await directory.saveMember();
    await directory.banner().waitFor();
    expect(await directory.banner().textContent()).toContain('Adresse e-mail : ce n’est pas une adresse e-mail valide.');
    expect(everything()).toEqual(before);

    // A meeting with a four-item agenda.
    const meetings = new MeetingsPage(page);
    await page.getByTestId('nav-meetings').click();
    await meetings.gotoList();
    await meetings.openCreateForm();
    const meeting = {
      body: body.id,
      title: 'Appel mensuel de LACRALO',
      kind: 'call' as const,
      date: `${NEXT_YEAR}-04-23`,
      start: '20:00',
      end: '21:30',
      zone: 'America/Montevideo',
      languages: ['es', 'en', 'fr'],
    };

    // Refused first: an end before the start, in French, naming the field; nothing written.
    await meetings.fillMeeting({ ...meeting, end: '19:00' });
    before = everything();
    await meetings.submitMeeting();
    await meetings.banner.waitFor();
    expect(await meetings.banner.textContent()).toContain('Fin : la fin doit être postérieure au début.');
    expect(everything()).toEqual(before);

    await meetings.fillMeeting(meeting);
    await meetings.submitMeeting();
    const meetingId = await meetings.currentMeetingId();
    const items = [
      { title: 'Appel nominal', presenter: 'Lucía Fernández', minutes: 5, kind: 'information' as const },
      { title: 'Indicateurs de participation des ALS', presenter: 'Pierre-Louis Étienne', minutes: 25, kind: 'discussion' as const },
      { title: 'Système de vote de secours', presenter: 'Lucía Fernández', minutes: 30, kind: 'decision' as const },
      { title: 'Questions diverses', minutes: 10, kind: 'information' as const },
    ];
    for (const item of items) await meetings.addItem(item);
    await meetings.moveByKeyboard('Système de vote de secours', 'ArrowUp');
    const expected = [items[0], items[2], items[1], items[3]].map((i) => i.title);
    await expect.poll(() => meetings.agendaTitles()).toEqual(expected);

    // Reload: everything is still there, in the same order, on screen and in SQLite.
    await page.reload();
    await page.getByTestId('agenda').waitFor();
    expect(await meetings.agendaTitles()).toEqual(expected);
    expect(app.sql('SELECT title FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position', meetingId).map((r) => r.title)).toEqual(expected);
    await page.getByTestId('nav-directory').click();
    await directory.gotoMembers();
    expect(await directory.memberNames()).toEqual(['Lucía Fernández', 'Pierre-Louis Étienne']);
    expect(app.sql('SELECT name FROM members ORDER BY name').map((r) => r.name)).toEqual(['Lucía Fernández', 'Pierre-Louis Étienne']);
  } finally {
    await app.close();
  }
});
