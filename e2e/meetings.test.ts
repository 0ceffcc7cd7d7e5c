import { afterAll, expect, test } from 'vitest';
import type { AgendaItem, Meeting, MeetingSummary } from '../src/shared/domain/meetings/contract';
import { insert } from '../src/main/db/repo';
import { closeBrowser, launchApp, type App, type Lang } from './harness';
import { MeetingsPage } from './pages/meetings';

afterAll(closeBrowser);

const NEXT_YEAR = new Date().getFullYear() + 1;

/** A body straight into the database (the directory's own screens are tested elsewhere). */
function seedBody(app: App, name: string, shortName: string, kind = 'ralo'): string {
  return app.core.ctx.db.transaction(() => insert(app.core.ctx, 'bodies', { name, short_name: shortName, kind }))().id as string;
}

function call<T>(app: App, channel: string, input: unknown): T {
  const res = app.core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

const LACRALO = 'Latin American and Caribbean Islands Regional At-Large Organization';

test('in French: a meeting with a four-item agenda is created, an item is moved by keyboard, and it all survives a reload', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true });
  try {
    const bodyId = seedBody(app, LACRALO, 'LACRALO');
    const { page } = app;
    const ui = new MeetingsPage(page);
    await page.reload();
    await ui.gotoList();
    await page.getByRole('heading', { name: 'Réunions', level: 1 }).waitFor();

    await ui.openCreateForm();
    await ui.fillMeeting({
      body: bodyId,
      title: 'Appel mensuel de LACRALO',
      kind: 'call',
      date: `${NEXT_YEAR}-03-26`,
      start: '20:00',
      end: '21:00',
      zone: 'America/Montevideo',
      location: 'Adobe Connect – salle LACRALO',
      languages: ['es', 'en', 'fr'],
    });
    await ui.submitMeeting();
    const meetingId = await ui.currentMeetingId();
    await page.getByTestId('meeting-heading').getByText('Appel mensuel de LACRALO').waitFor();
    await expect.poll(() => page.getByTestId('meeting-time').textContent()).toMatch(/26 mars \d{4},? 20:00\s*–\s*21:00 UTC−3/);
    expect(await page.getByTestId('meeting-languages').textContent()).toBe('anglais, espagnol, français');

    const items = [
      { title: 'Appel nominal et adoption de l’ordre du jour', presenter: 'Tomás Echeverría', minutes: 5, kind: 'information' as const },
      { title: 'Retour de l’ICANN61 à San Juan', presenter: 'Valeria Irigoyen', minutes: 15, kind: 'information' as const },
      { title: 'Reconstitution du fonds de réserve', presenter: 'Marisol Cuevas Arriaga', minutes: 10, kind: 'decision' as const },
      { title: 'Système de vote avant les élections de mai', presenter: 'Hernán Lucero', minutes: 20, kind: 'discussion' as const },
    ];
    for (const item of items) await ui.addItem(item);
    expect(await ui.agendaTitles()).toEqual(items.map((i) => i.title));
    await expect.poll(() => ui.total.textContent()).toMatch(/Prévu\s*50\s*min sur 60\s*min/);

    // Keyboard: the voting item goes up one place with Alt+ArrowUp on its handle.
    await ui.moveByKeyboard('Système de vote avant les élections de mai', 'ArrowUp');
    const expected = [items[0].title, items[1].title, items[3].title, items[2].title];
    await expect.poll(() => ui.agendaTitles()).toEqual(expected);
    await expect.poll(() => ui.announcement.textContent()).toBe('« Système de vote avant les élections de mai » est maintenant le point 3.');
    // The keyboard stays on the moved item, so it can go on moving.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Déplacer « Système de vote avant les élections de mai »');

    await page.reload();
    await page.getByTestId('agenda').waitFor();
    expect(await ui.agendaTitles()).toEqual(expected);
    expect(await ui.agendaNumbers()).toEqual(['1', '2', '3', '4']);
    expect(await page.getByTestId('meeting-heading').textContent()).toBe('Appel mensuel de LACRALO');

    // And in SQL: UTC times, the meeting's zone, the order by position, the journaled move.
    expect(app.sql('SELECT body_id, title, kind, starts_at, ends_at, time_zone, interpretation_languages, status FROM meetings')).toEqual([
      {
        body_id: bodyId,
        title: 'Appel mensuel de LACRALO',
        kind: 'call',
        starts_at: `${NEXT_YEAR}-03-26T23:00:00.000Z`,
        ends_at: `${NEXT_YEAR}-03-27T00:00:00.000Z`,
        time_zone: 'America/Montevideo',
        interpretation_languages: '["en","es","fr"]',
        status: 'planned',
      },
    ]);
    const stored = app.sql<{ title: string; position: number; parent_id: string | null; planned_minutes: number; presenter: string }>(
      'SELECT title, position, parent_id, planned_minutes, presenter FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position',
      meetingId,
    );
    expect(stored.map((r) => [r.position, r.title])).toEqual(expected.map((t, n) => [n, t]));
    expect(stored.every((r) => r.parent_id === null)).toBe(true);
    expect(stored.map((r) => r.presenter)).toEqual([items[0].presenter, items[1].presenter, items[3].presenter, items[2].presenter]);
    const moves = app.sql<{ before: string; after: string }>("SELECT before, after FROM journal WHERE entity = 'agenda_items' AND op = 'update' ORDER BY at");
    expect(moves.map((m) => [JSON.parse(m.before), JSON.parse(m.after)])).toEqual(
      expect.arrayContaining([
        [{ position: 3 }, { position: 2 }],
        [{ position: 2 }, { position: 3 }],
      ]),
    );
    expect(await app.axe()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('in French: a meeting that ends before it starts is refused, naming the field, and the database is unchanged', async () => {
  const app = await launchApp({ lang: 'fr', onboarded: true });
  try {
    const bodyId = seedBody(app, LACRALO, 'LACRALO');
    const { page } = app;
    const ui = new MeetingsPage(page);
    await page.reload();
    await ui.gotoList();
    const tables = () => ({
      meetings: app.sql('SELECT * FROM meetings'),
      agenda: app.sql('SELECT * FROM agenda_items'),
      journal: app.sql('SELECT * FROM journal ORDER BY at, id'),
    });
    const before = tables();

    await ui.openCreateForm();
    await ui.fillMeeting({
      body: bodyId,
      title: 'Appel mensuel de LACRALO',
      date: `${NEXT_YEAR}-03-26`,
      start: '20:00',
      end: '19:30',
      zone: 'America/Montevideo',
    });
    await ui.submitMeeting();
    await ui.banner.waitFor();
    expect(await ui.banner.getAttribute('data-code')).toBe('end_before_start');
    expect(await ui.banner.textContent()).toContain('Fin : la fin doit être postérieure au début.');
    const end = ui.form.getByTestId('meeting-end');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await ui.form.getByTestId('error-endTime').textContent()).toBe('la fin doit être postérieure au début.');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/meetings'); // still on the form
    expect(tables()).toEqual(before);

    // An unknown time zone is refused the same way.
    await ui.form.getByTestId('meeting-end').fill('21:00');
    await ui.form.getByTestId('meeting-zone').fill('America/Montevidéo');
    await ui.submitMeeting();
    await expect.poll(() => ui.banner.getAttribute('data-code')).toBe('invalid_time_zone');
    expect(await ui.banner.textContent()).toContain('Fuseau horaire : ce fuseau horaire est inconnu.');
    expect(tables()).toEqual(before);
    await app.screenshot('meetings-form-error-fr-zone');
  } finally {
    await app.close();
  }
});

const TEXT = {
  en: { upcoming: 'Upcoming', past: 'Past', overrun: /The agenda overruns the slot by 20\smin\./, ofSlot: /110\smin of 90\smin/ },
  fr: { upcoming: 'À venir', past: 'Passées', overrun: /L’ordre du jour dépasse le créneau de 20\smin\./, ofSlot: /110\smin sur 90\smin/ },
  es: { upcoming: 'Próximas', past: 'Pasadas', overrun: /El orden del día excede la franja en 20\smin\./, ofSlot: /110\smin de 90\smin/ },
} as const;

test.each<Lang>(['en', 'fr', 'es'])('every meetings screen renders and fits in %s (example data)', async (lang) => {
  const app = await launchApp({ lang, onboarded: true, hash: '#/meetings' });
  try {
    const { page } = app;
    const ui = new MeetingsPage(page);
    // An empty database first: every meeting needs a body, and the page says where to add one.
    await page.getByTestId('meetings-no-bodies').waitFor();
    expect(await page.getByTestId('meeting-new').count()).toBe(0);
    await app.screenshot(`meetings-empty-${lang}`);
    expect(await app.axe()).toEqual([]);

    call(app, 'example.load', {});
    const list = call<MeetingSummary[]>(app, 'meetings.list', {});
    const sanJuan = list.find((m) => m.title === 'Regional leaders and ALAC: working session, part 4')!;
    // An upcoming follow-up, so both lists have rows; and an overrun on San Juan (90-minute slot).
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    call<Meeting>(app, 'meetings.duplicate', { id: sanJuan.id, startsOn: inAMonth, title: 'Regional leaders and ALAC: working session, part 5' });
    call<AgendaItem>(app, 'agenda.add', { meetingId: sanJuan.id, title: 'At-Large review implementation: next steps', presenter: 'Graham Whitcombe (ALAC Chair)', plannedMinutes: 20, kind: 'decision' });
    await page.reload();
    await ui.gotoList();

    // The list: upcoming and past, with status badges.
    await page.getByRole('heading', { name: new RegExp(`^${TEXT[lang].upcoming}`), level: 2 }).waitFor();
    // The example's follow-up calls are dated from the day it is loaded; the San Juan session is history.
    const upcoming = list.filter((m) => m.startsAt > new Date().toISOString()).length;
    expect(upcoming).toBe(3);
    expect(await page.getByTestId('meetings-upcoming').getByTestId('meeting-row').count()).toBe(upcoming + 1);
    expect(await page.getByTestId('meetings-past').getByTestId('meeting-row').count()).toBe(list.length - upcoming);
    expect(await page.getByTestId('meeting-status-badge').count()).toBe(list.length + 1);
    await app.screenshot(`meetings-list-${lang}`);
    expect(await app.axe()).toEqual([]);

    // Per-body filter.
    const alacId = app.sql<{ id: string }>("SELECT id FROM bodies WHERE short_name = 'ALAC'")[0].id;
    await page.getByTestId('meetings-body-filter').selectOption(alacId);
    await expect.poll(() => page.getByTestId('meeting-row').count()).toBe(3);

    // The create form with an error.
    await ui.openCreateForm();
    await ui.fillMeeting({ body: alacId, title: 'ALAC monthly call', date: inAMonth, start: '19:00', end: '18:00', zone: 'UTC', languages: ['en', 'es', 'fr'] });
    await ui.submitMeeting();
    await ui.banner.waitFor();
    expect(await ui.form.getByTestId('meeting-end').getAttribute('aria-invalid')).toBe('true');
    await app.screenshot(`meetings-form-error-${lang}`);
    expect(await app.axe()).toEqual([]);

    // The San Juan meeting: facts in both zones, the agenda with its overrun warning.
    await ui.gotoMeeting(sanJuan.id);
    await expect.poll(() => page.getByTestId('meeting-time').textContent()).toMatch(/15:15\s*–\s*16:45/);
    expect(await ui.total.textContent()).toMatch(TEXT[lang].ofSlot);
    expect(await ui.overrunWarning.textContent()).toMatch(TEXT[lang].overrun);
    expect(await ui.agendaNumbers()).toEqual(['1', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '4', '5', '6', '7', '8']);
    await app.screenshot(`meetings-detail-${lang}`);
    expect(await app.axe()).toEqual([]);

    // Duplicate as a template, and an item being edited.
    await ui.openDuplicate();
    await ui.item('New gTLDs: subsequent procedures').getByRole('button', { name: /✎|Edit|Modifier|Editar/ }).click();
    await page.getByTestId('agenda-edit-form').waitFor();
    await app.screenshot(`meetings-duplicate-${lang}`);
    expect(await app.axe()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('duplicate as template through the UI: a week later, same local time, same agenda, planned', async () => {
  const app = await launchApp({ lang: 'es', onboarded: true, hash: '#/meetings' });
  try {
    const { page } = app;
    const ui = new MeetingsPage(page);
    call(app, 'example.load', {});
    const source = call<MeetingSummary[]>(app, 'meetings.list', {}).find((m) => m.title === 'LACRALO monthly call')!;
    await page.reload();
    await ui.gotoMeeting(source.id);
    await ui.openDuplicate();
    await page.getByTestId('duplicate-days').fill('28');
    await page.getByTestId('duplicate-title').fill('LACRALO monthly call, four weeks on');
    await page.getByTestId('duplicate-submit').click();
    await page.getByTestId('meeting-heading').getByText('LACRALO monthly call, four weeks on').waitFor();
    const copyId = await ui.currentMeetingId();
    expect(copyId).not.toBe(source.id);
    const [copy] = app.sql<{ starts_at: string; status: string; time_zone: string }>('SELECT starts_at, status, time_zone FROM meetings WHERE id = ?', copyId);
    // Uruguay keeps UTC−3 all year: 28 days later at the same 20:00 in Montevideo.
    const expected = new Date(Date.parse(source.startsAt) + 28 * 86_400_000).toISOString();
    expect(copy).toEqual({ starts_at: expected, status: 'planned', time_zone: 'America/Montevideo' });
    expect(expected.slice(11)).toBe('23:00:00.000Z');
    const titles = (id: string) => app.sql<{ title: string }>('SELECT a.title FROM agenda_items a LEFT JOIN agenda_items p ON p.id = a.parent_id WHERE a.meeting_id = ? ORDER BY coalesce(p.position, a.position), a.parent_id IS NOT NULL, a.position', id).map((r) => r.title);
    expect(titles(copyId)).toEqual(titles(source.id));
    expect(await ui.agendaTitles()).toEqual(titles(source.id));
  } finally {
    await app.close();
  }
});

test('drag and drop reorders the agenda too, through the same journaled channel', async () => {
  const app = await launchApp({ lang: 'en', onboarded: true, hash: '#/meetings' });
  try {
    const { page } = app;
    const ui = new MeetingsPage(page);
    call(app, 'example.load', {});
    const alac = call<MeetingSummary[]>(app, 'meetings.list', {}).find((m) => m.title === 'ALAC monthly call')!;
    await page.reload();
    await ui.gotoMeeting(alac.id);
    const before = await ui.agendaTitles();
    // Drop "Any other business" (last) on "Action items from ICANN61" (second): it takes that place.
    await ui.item('Any other business').dragTo(ui.item('Action items from ICANN61'));
    const expected = [before[0], before[5], ...before.slice(1, 5)];
    await expect.poll(() => ui.agendaTitles()).toEqual(expected);
    const stored = app.sql<{ title: string }>('SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position', alac.id).map((r) => r.title);
    expect(stored).toEqual(expected);
    expect(app.sql("SELECT count(*) AS n FROM journal WHERE entity = 'agenda_items' AND op = 'update'")).toEqual([{ n: 5 }]);
  } finally {
    await app.close();
  }
});
