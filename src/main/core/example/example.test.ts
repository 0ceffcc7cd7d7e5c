import { describe, expect, it } from 'vitest';
import { email, isValidTimeZone } from '../../../shared/domain/common';
import { ISO_COUNTRIES } from '../../../shared/domain/countries';
import type { ExampleSummary } from '../../../shared/domain/app/contract';
import { insert } from '../../db/repo';
import { snapshot, testCore } from '../../test/tmp';
import type { Core } from '../index';
import { wallStart } from './example';

type Row = Record<string, unknown>;
const all = (core: Core, sql: string, ...args: unknown[]) => core.ctx.db.prepare(sql).all(...args) as Row[];
const count = (core: Core, table: string) => (core.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const TABLES = ['bodies', 'als', 'members', 'roles', 'meetings', 'agenda_items'];

/** Loaded on 22 November 2026 at noon UTC: the follow-up meetings are dated from that day. */
const LOADED_AT = new Date('2026-11-22T12:00:00.000Z');

function loaded(): { core: Core; summary: ExampleSummary } {
  const core = testCore({ now: () => LOADED_AT });
  const res = core.dispatch('example.load', {});
  if (!res.ok) throw new Error(`example.load failed: ${JSON.stringify(res.error)}`);
  return { core, summary: res.value as ExampleSummary };
}

/** Time zones ICU places in a country (canonical names), or null when this runtime cannot say. */
function zonesOf(country: string): string[] | null {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
  const zones = locale.getTimeZones?.() ?? locale.timeZones;
  return zones ? zones.map(canonicalZone) : null;
}
const canonicalZone = (tz: string) => new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;

describe('example.load', () => {
  it('fills an empty database and returns counts matching the tables', () => {
    const { core, summary } = loaded();
    expect(summary).toEqual({ bodies: count(core, 'bodies'), als: count(core, 'als'), members: count(core, 'members'), meetings: count(core, 'meetings') });
    expect(summary.bodies).toBe(10);
    expect(summary.als).toBeGreaterThanOrEqual(16);
    expect(summary.als).toBeLessThanOrEqual(20);
    expect(summary.members).toBeGreaterThanOrEqual(25);
    expect(summary.members).toBeLessThanOrEqual(35);
    expect(summary.meetings).toBeGreaterThanOrEqual(2);
    expect(count(core, 'roles')).toBeGreaterThan(summary.members);
    expect(count(core, 'agenda_items')).toBeGreaterThan(summary.meetings * 4);
    const isEmpty = core.dispatch('app.info', {});
    expect(isEmpty.ok && (isEmpty.value as { isEmpty: boolean }).isEmpty).toBe(false);
  });

  it('has ALAC, the five RALOs and the LACRALO / At-Large groups, parents before children', () => {
    const { core } = loaded();
    const bodies = all(core, 'SELECT b.short_name, b.kind, p.short_name AS parent FROM bodies b LEFT JOIN bodies p ON p.id = b.parent_id ORDER BY b.rowid');
    expect(bodies.filter((b) => b.kind === 'ralo').map((b) => b.short_name)).toEqual(['AFRALO', 'APRALO', 'EURALO', 'LACRALO', 'NARALO']);
    expect(bodies.filter((b) => b.kind === 'alac').map((b) => b.short_name)).toEqual(['ALAC']);
    expect(bodies.filter((b) => b.parent === 'LACRALO').map((b) => b.kind).sort()).toEqual(['committee', 'working_group']);
    expect(bodies.filter((b) => b.parent === 'ALAC').map((b) => b.kind)).toEqual(['working_group', 'working_group']);
    const names = all(core, 'SELECT name FROM bodies').map((b) => b.name as string);
    for (const n of ['Latin American and Caribbean Islands Regional At-Large Organization', 'At-Large Social Media Working Group', 'At-Large Technology Task Force'])
      expect(names).toContain(n);
  });

  it('gives every member a unique, valid e-mail on a reserved example domain', () => {
    const { core } = loaded();
    const emails = all(core, 'SELECT email FROM members').map((m) => m.email as string);
    expect(new Set(emails.map((e) => e.toLowerCase())).size).toBe(emails.length);
    for (const e of emails) {
      expect(email.safeParse(e)).toEqual({ success: true, data: e }); // valid and already normalized
      expect(e).toMatch(/@example\.(org|net|com)$/);
    }
  });

  it('uses ISO 3166-1 countries and valid IANA time zones that belong to the member’s country', () => {
    const { core } = loaded();
    const members = all(core, 'SELECT name, country, time_zone FROM members');
    for (const m of members) {
      expect(ISO_COUNTRIES.has(m.country as string), `${m.name}: ${m.country}`).toBe(true);
      expect(isValidTimeZone(m.time_zone as string), `${m.name}: ${m.time_zone}`).toBe(true);
      const zones = zonesOf(m.country as string);
      if (zones) expect(zones, `${m.name}: ${m.time_zone} in ${m.country}`).toContain(canonicalZone(m.time_zone as string));
    }
    for (const a of all(core, 'SELECT country FROM als')) expect(ISO_COUNTRIES.has(a.country as string)).toBe(true);
    for (const m of all(core, 'SELECT time_zone FROM meetings')) expect(isValidTimeZone(m.time_zone as string)).toBe(true);
  });

  it('has a realistic mix of members: sub-regions, ALS and individual, languages, genders, notice channels', () => {
    const { core } = loaded();
    const members = all(core, 'SELECT * FROM members');
    const lac = members.filter((m) => m.sub_region !== null);
    expect(new Set(lac.map((m) => m.sub_region))).toEqual(new Set(['caribbean', 'central_america', 'south_america', 'mexico']));
    expect(members.length - lac.length).toBeGreaterThanOrEqual(3); // ALAC members from other regions
    expect(new Set(lac.map((m) => m.country)).size).toBeGreaterThanOrEqual(15);
    expect(members.filter((m) => m.als_id === null).length).toBeGreaterThanOrEqual(3);
    expect(members.filter((m) => m.als_id !== null).length).toBeGreaterThanOrEqual(15);
    const languages = members.map((m) => JSON.parse(m.languages as string) as string[]);
    for (const l of languages) {
      expect(l.length).toBeGreaterThan(0);
      for (const code of l) expect(['en', 'es', 'fr', 'pt']).toContain(code);
    }
    expect(new Set(languages.flat())).toEqual(new Set(['en', 'es', 'fr', 'pt']));
    const genders = members.map((m) => m.gender);
    for (const g of ['female', 'male', null]) expect(genders).toContain(g);
    expect(members.filter((m) => m.phone).length).toBeGreaterThan(members.length / 2);
    expect(members.filter((m) => m.fax).length).toBeGreaterThanOrEqual(3);
  });

  it('invents its people: nobody named in the seeds appears', () => {
    const { core } = loaded();
    const names = all(core, 'SELECT name FROM members').map((m) => m.name as string).join('\n');
    for (const real of ['Greenberg', 'Bachollet', 'Bacholet', 'Laprise', 'Bartlett', 'Susannah', 'Erdogdu', 'Ullrich', 'Zuck', 'Ojedeji', 'Ojedi', 'Sotto', 'Alberto Soto', 'Holmquist', 'Hellerstein', 'Humberto', 'Merrick'])
      expect(names).not.toContain(real);
  });

  it('has LAC ALSes, mostly accredited with dates, a few pending or suspended, one country holding noticeably more', () => {
    const { core } = loaded();
    const als = all(core, "SELECT a.*, b.short_name AS ralo FROM als a JOIN bodies b ON b.id = a.ralo_id");
    expect(new Set(als.map((a) => a.ralo))).toEqual(new Set(['LACRALO']));
    const accredited = als.filter((a) => a.accreditation_status === 'accredited');
    expect(accredited.length).toBeGreaterThan(als.length * 0.75);
    for (const a of accredited) expect(a.accredited_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(als.filter((a) => a.accreditation_status === 'applied').every((a) => a.accredited_on === null)).toBe(true);
    expect(als.some((a) => a.accreditation_status === 'applied')).toBe(true);
    expect(als.some((a) => a.accreditation_status === 'suspended')).toBe(true);
    const byCountry = Object.entries(
      als.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.country as string]: (acc[a.country as string] ?? 0) + 1 }), {}),
    ).sort((x, y) => y[1] - x[1]);
    expect(byCountry[0][1]).toBeGreaterThanOrEqual(byCountry[1][1] + 2);
  });

  it('has the leadership roles, some ended, with consistent dates', () => {
    const { core } = loaded();
    const roles = all(
      core,
      `SELECT r.*, b.short_name AS body, m.name AS member, a.accredited_on, a.accreditation_status
         FROM roles r JOIN bodies b ON b.id = r.body_id JOIN members m ON m.id = r.member_id LEFT JOIN als a ON a.id = m.als_id`,
    );
    const current = (body: string, role: string) => roles.filter((r) => r.body === body && r.role === role && r.ends_on === null);
    expect(current('LACRALO', 'chair')).toHaveLength(1);
    expect(current('LACRALO', 'secretary')).toHaveLength(1);
    expect(current('LACRALO', 'nomcom_delegate')).toHaveLength(1);
    expect(current('ALAC', 'chair')).toHaveLength(1);
    expect(current('ALAC', 'vice_chair')).toHaveLength(1);
    expect(current('LACRALO GWG', 'chair')).toHaveLength(1);
    expect(current('LACRALO GWG', 'vice_chair')).toHaveLength(1);
    expect(current('LACRALO Ethics', 'ethics_committee_member').length).toBeGreaterThanOrEqual(3);
    expect(current('LACRALO', 'als_representative').length).toBeGreaterThanOrEqual(10);
    expect(roles.some((r) => r.role === 'liaison')).toBe(true);
    // Two ALAC members selected by LACRALO and one NomCom appointee from the region.
    const lacAlac = all(
      core,
      "SELECT m.sub_region FROM roles r JOIN bodies b ON b.id = r.body_id JOIN members m ON m.id = r.member_id WHERE b.short_name = 'ALAC' AND r.role = 'alac_member' AND r.ends_on IS NULL AND m.sub_region IS NOT NULL",
    );
    expect(lacAlac).toHaveLength(3);
    expect(roles.filter((r) => r.ends_on !== null).length).toBeGreaterThanOrEqual(3);
    for (const r of roles) {
      expect(r.starts_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.ends_on !== null) expect((r.ends_on as string) > (r.starts_on as string), `${r.member} ${r.role}`).toBe(true);
      if (r.role === 'als_representative') {
        expect(r.accredited_on, `${r.member} represents an accredited ALS`).not.toBeNull();
        expect((r.starts_on as string) >= (r.accredited_on as string), `${r.member} after accreditation`).toBe(true);
      }
    }
    // No one holds the same role in the same body twice at once.
    const keys = roles.filter((r) => r.ends_on === null).map((r) => `${r.member_id}/${r.body_id}/${r.role}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores the San Juan working session of seed 003 in UTC with its agenda in order', () => {
    const { core } = loaded();
    const [sj] = all(core, "SELECT m.*, b.short_name AS body FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE title = 'Regional leaders and ALAC: working session, part 4'");
    expect(sj).toMatchObject({
      body: 'ALAC',
      kind: 'face_to_face',
      starts_at: '2018-03-10T19:15:00.000Z',
      ends_at: '2018-03-10T20:45:00.000Z',
      time_zone: 'America/Puerto_Rico',
      location: 'San Juan, Puerto Rico',
      status: 'planned',
    });
    expect(JSON.parse(sj.interpretation_languages as string)).toEqual(['en', 'es', 'fr']);
    // Shown in its own zone, it is 15:15–16:45 AST as in the transcript.
    const local = (iso: unknown) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Puerto_Rico', hour: '2-digit', minute: '2-digit' }).format(new Date(iso as string));
    expect([local(sj.starts_at), local(sj.ends_at)]).toEqual(['15:15', '16:45']);

    const items = all(core, 'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position', sj.id);
    const top = items.filter((i) => i.parent_id === null);
    expect(top.map((i) => i.title)).toEqual([
      'Welcome and agenda',
      'Working group updates',
      'Budget and financing',
      'New gTLDs: subsequent procedures',
      'Social media: what do we want to achieve?',
      'Technical working group and CPWG',
      'Any other business and close',
    ]);
    const subs = (title: string) => items.filter((i) => i.parent_id === top.find((t) => t.title === title)!.id).map((i) => i.title);
    expect(subs('Working group updates')).toEqual([
      'Social Media Working Group: membership reconfirmation',
      'Technology Task Force: alternatives to Adobe Connect, wiki design',
      'Working groups being relaunched: call for members',
    ]);
    expect(subs('Budget and financing')).toEqual([
      'Additional budget requests and the FY19 financial plan',
      'Reserve fund replenishment strategy (public comment closes 21 April)',
    ]);
    const leaves = items.filter((i) => !items.some((c) => c.parent_id === i.id));
    expect(leaves.filter((i) => !i.presenter).map((i) => i.title)).toEqual([]);
    expect(items.reduce((s, i) => s + (i.planned_minutes as number), 0)).toBe(90);
  });

  it('has follow-up calls in the days after loading (LACRALO in Montevideo time), and past and future governance meetings', () => {
    const { core } = loaded();
    const meetings = all(core, 'SELECT m.*, b.short_name AS body FROM meetings m JOIN bodies b ON b.id = m.body_id ORDER BY starts_at');
    const [call] = meetings.filter((m) => m.body === 'LACRALO');
    expect(call).toMatchObject({ kind: 'call', time_zone: 'America/Montevideo', status: 'planned', starts_at: '2026-12-01T23:00:00.000Z', ends_at: '2026-12-02T00:00:00.000Z' });
    expect(meetings.filter((m) => (m.starts_at as string) > LOADED_AT.toISOString()).map((m) => m.title)).toEqual([
      'LACRALO monthly call',
      'ALAC monthly call',
      'Governance Working Group: Rules of Procedure priorities',
    ]);
    expect(meetings.filter((m) => m.body === 'ALAC').length).toBe(2); // San Juan and its follow-up
    const gwg = meetings.filter((m) => m.body === 'LACRALO GWG');
    expect(gwg.map((m) => m.status)).toEqual(['closed', 'planned']);
    const next = all(core, 'SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, position', gwg[1].id).map((i) => i.title as string).join('\n');
    for (const topic of ['Gantt', 'Voting system', 'Participation indicators', 'Dispute resolution']) expect(next).toContain(topic);
  });

  it('keeps every agenda one level deep, in contiguous order, and fitting its meeting’s slot', () => {
    const { core } = loaded();
    for (const m of all(core, 'SELECT * FROM meetings')) {
      const items = all(core, 'SELECT * FROM agenda_items WHERE meeting_id = ?', m.id);
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const i of items) if (i.parent_id !== null) expect(byId.get(i.parent_id)!.parent_id, `${i.title} is a sub-item of a sub-item`).toBeNull();
      for (const parent of [null, ...items.map((i) => i.id)]) {
        const siblings = items.filter((i) => i.parent_id === parent).map((i) => i.position).sort((a, b) => (a as number) - (b as number));
        expect(siblings).toEqual(siblings.map((_, n) => n));
      }
      const minutes = (Date.parse(m.ends_at as string) - Date.parse(m.starts_at as string)) / 60_000;
      expect(items.reduce((s, i) => s + (i.planned_minutes as number), 0), m.title as string).toBe(minutes);
      for (const i of items) expect(['information', 'discussion', 'decision']).toContain(i.kind);
    }
  });

  it('journals exactly one create per inserted row', () => {
    const { core } = loaded();
    const entries = all(core, 'SELECT entity, entity_id, op, actor FROM journal');
    const rows = TABLES.flatMap((t) => all(core, `SELECT id FROM ${t}`).map((r) => `${t}/${r.id}`));
    expect(entries.every((e) => e.op === 'create')).toBe(true);
    expect(entries.map((e) => `${e.entity}/${e.entity_id}`).sort()).toEqual(rows.sort());
  });

  it('refuses a second load with not_empty and changes nothing', () => {
    const { core } = loaded();
    const before = snapshot(core);
    const res = core.dispatch('example.load', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'not_empty' } });
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses a database that has any body, even archived, and changes nothing', () => {
    const core = testCore();
    core.ctx.db.transaction(() => insert(core.ctx, 'bodies', { name: 'At-Large Advisory Committee', short_name: 'ALAC', kind: 'alac', deleted_at: '2018-01-01T00:00:00.000Z' }))();
    const before = snapshot(core);
    expect(core.dispatch('example.load', {})).toMatchObject({ ok: false, error: { code: 'not_empty' } });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('wallStart', () => {
  it('keeps a fixed wall time and dates a relative one from today in the meeting zone', () => {
    expect(wallStart('2018-03-10T15:15', 'America/Puerto_Rico', LOADED_AT)).toBe('2018-03-10T15:15');
    expect(wallStart('+9 20:00', 'America/Montevideo', LOADED_AT)).toBe('2026-12-01T20:00');
    // 23:30 UTC on 22 November is already the 23rd in Auckland.
    expect(wallStart('+1 09:00', 'Pacific/Auckland', new Date('2026-11-22T23:30:00.000Z'))).toBe('2026-11-24T09:00');
  });
});
