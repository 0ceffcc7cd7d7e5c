import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Als, Body, BodyDetail, Member, MemberDetail, MemberPage, Role } from '../../../shared/domain/directory/contract';
import type { Result } from '../../../shared/errors';
import { migrate } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { snapshot, testCore } from '../../test/tmp';
import type { Core } from '../index';

// The directory through the one door (dispatch): bodies, ALSes, members and roles, their journal
// entries, and every refusal naming its field with nothing changed.

const T0 = Date.parse('2026-03-10T12:00:00.000Z');
function core(): Core {
  let tick = 0;
  return testCore({ now: () => new Date(T0 + 1000 * tick++) });
}
function ok<T>(res: Result<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}
const journal = (c: Core, id: string) =>
  (c.ctx.db.prepare('SELECT entity, op, before, after FROM journal WHERE entity_id = ? ORDER BY at, rowid').all(id) as Record<string, string | null>[]).map((j) => ({
    entity: j.entity,
    op: j.op,
    before: j.before && JSON.parse(j.before),
    after: j.after && JSON.parse(j.after),
  }));

/** A refused call: the error code and field, and the database exactly as it was. */
function refused(c: Core, channel: string, input: unknown, code: string, field?: string) {
  const before = snapshot(c);
  const res = c.dispatch(channel, input);
  expect(res.ok, `${channel} should be refused`).toBe(false);
  if (!res.ok) {
    expect(res.error.code).toBe(code);
    expect(res.error.field).toBe(field);
  }
  expect(snapshot(c)).toEqual(before);
  return res.ok ? undefined : res.error;
}

function setup(c: Core) {
  const alac = ok<Body>(c.dispatch('bodies.create', { name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac' }));
  const lacralo = ok<Body>(
    c.dispatch('bodies.create', { name: 'Latin American and Caribbean Islands Regional At-Large Organization', shortName: 'LACRALO', kind: 'ralo' }),
  );
  const als = ok<Als>(
    c.dispatch('als.create', { name: 'Red Pampeana de Usuarios', country: 'ar', raloId: lacralo.id, accreditationStatus: 'accredited', accreditedOn: '2009-05-14' }),
  );
  return { alac, lacralo, als };
}

const ana = { name: 'Ana Pereira', email: 'Ana.Pereira@Example.org', country: 'uy', languages: ['es', 'pt', 'es'], timeZone: 'america/montevideo' };

describe('members', () => {
  it('creates a member, normalized, and journals the create with every stored value', () => {
    const c = core();
    const m = ok<Member>(c.dispatch('members.create', { ...ana, phone: '+598 2 555 0101', subRegion: 'south_america', gender: 'female' }));
    expect(m).toMatchObject({
      name: 'Ana Pereira',
      email: 'ana.pereira@example.org',
      country: 'UY',
      languages: ['es', 'pt'],
      timeZone: 'America/Montevideo',
      phone: '+598 2 555 0101',
      fax: null,
      alsId: null,
      subRegion: 'south_america',
      gender: 'female',
      deletedAt: null,
    });
    expect(journal(c, m.id)).toEqual([
      {
        entity: 'members',
        op: 'create',
        before: null,
        after: {
          name: 'Ana Pereira',
          email: 'ana.pereira@example.org',
          phone: '+598 2 555 0101',
          fax: null,
          country: 'UY',
          sub_region: 'south_america',
          als_id: null,
          gender: 'female',
          languages: '["es","pt"]',
          time_zone: 'America/Montevideo',
        },
      },
    ]);
  });

  it('updates only what changed, archives and restores, each journaled with before/after', () => {
    const c = core();
    const { als } = setup(c);
    const m = ok<Member>(c.dispatch('members.create', ana));
    const u = ok<Member>(c.dispatch('members.update', { id: m.id, name: 'Ana Pereira', alsId: als.id, fax: '+598 2 555 0102' }));
    expect(u).toMatchObject({ alsId: als.id, fax: '+598 2 555 0102' });
    ok(c.dispatch('members.archive', { id: m.id }));
    expect(ok<MemberPage>(c.dispatch('members.list', {})).total).toBe(0);
    ok(c.dispatch('members.restore', { id: m.id }));
    const entries = journal(c, m.id);
    expect(entries.map((e) => e.op)).toEqual(['create', 'update', 'archive', 'restore']);
    expect(entries[1]).toMatchObject({ before: { als_id: null, fax: null }, after: { als_id: als.id, fax: '+598 2 555 0102' } });
    expect(Object.keys(entries[1].before)).toEqual(['fax', 'als_id']);
    expect(entries[2]).toMatchObject({ before: { deleted_at: null }, after: { deleted_at: expect.any(String) } });
    expect(entries[3]).toMatchObject({ before: { deleted_at: entries[2].after.deleted_at }, after: { deleted_at: null } });
    expect(ok<MemberPage>(c.dispatch('members.list', {})).total).toBe(1);
  });

  it('refuses a duplicate e-mail among live members, whatever its case, naming the other member', () => {
    const c = core();
    const first = ok<Member>(c.dispatch('members.create', ana));
    const err = refused(c, 'members.create', { name: 'Another Ana', email: 'ANA.PEREIRA@example.ORG', country: 'BR' }, 'duplicate_email', 'email');
    expect(err?.params).toEqual({ name: 'Ana Pereira' });
    const other = ok<Member>(c.dispatch('members.create', { name: 'Bruno', email: 'bruno@example.org', country: 'BR' }));
    refused(c, 'members.update', { id: other.id, email: 'ana.pereira@example.org' }, 'duplicate_email', 'email');
    // Its own address is no conflict; an archived member's address is free again...
    ok(c.dispatch('members.update', { id: first.id, email: 'ana.pereira@example.org' }));
    ok(c.dispatch('members.archive', { id: first.id }));
    ok(c.dispatch('members.update', { id: other.id, email: 'ana.pereira@example.org' }));
    // ...so restoring the archived one would make two: refused.
    refused(c, 'members.restore', { id: first.id }, 'duplicate_email', 'email');
  });

  it('refuses bad input with the right code and field, changing nothing', () => {
    const c = core();
    ok(c.dispatch('members.create', ana));
    const base = { name: 'Bruno Costa', email: 'bruno@example.org', country: 'BR' };
    refused(c, 'members.create', { ...base, email: 'bruno@' }, 'invalid_email', 'email');
    refused(c, 'members.create', { ...base, email: undefined }, 'required', 'email');
    refused(c, 'members.create', { ...base, name: '   ' }, 'required', 'name');
    refused(c, 'members.create', { ...base, country: 'XX' }, 'invalid_country', 'country');
    refused(c, 'members.create', { ...base, timeZone: 'Mars/Olympus_Mons' }, 'invalid_time_zone', 'timeZone');
    refused(c, 'members.create', { ...base, phone: 'call me' }, 'invalid_phone', 'phone');
    refused(c, 'members.create', { ...base, languages: ['es', 'klingon'] }, 'invalid_choice', 'languages.1');
    refused(c, 'members.create', { ...base, subRegion: 'atlantis' }, 'invalid_choice', 'subRegion');
    refused(c, 'members.create', { ...base, gender: 'x' }, 'invalid_choice', 'gender');
    refused(c, 'members.create', { ...base, alsId: '0190a6a0-0000-7000-8000-000000000000' }, 'not_found', 'alsId');
    refused(c, 'members.create', { ...base, role: 'chair' }, 'unknown_key', 'role');
    refused(c, 'members.update', { id: '0190a6a0-0000-7000-8000-000000000000', name: 'X' }, 'not_found', 'id');
  });

  it('refuses to edit an archived member, or to link an archived ALS', () => {
    const c = core();
    const { als } = setup(c);
    const m = ok<Member>(c.dispatch('members.create', ana));
    ok(c.dispatch('als.archive', { id: als.id }));
    refused(c, 'members.update', { id: m.id, alsId: als.id }, 'archived', 'alsId');
    ok(c.dispatch('members.archive', { id: m.id }));
    refused(c, 'members.update', { id: m.id, name: 'Ana P.' }, 'archived', 'id');
    refused(c, 'members.archive', { id: m.id }, 'archived', 'id');
  });

  it('returns a member with its ALS and roles, current first', () => {
    const c = core();
    const { lacralo, alac, als } = setup(c);
    const m = ok<Member>(c.dispatch('members.create', { ...ana, alsId: als.id }));
    ok(c.dispatch('roles.add', { memberId: m.id, bodyId: lacralo.id, role: 'secretary', startsOn: '2014-10-16', endsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: m.id, bodyId: lacralo.id, role: 'chair', startsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: m.id, bodyId: alac.id, role: 'alac_member', startsOn: '2017-10-01' }));
    const d = ok<MemberDetail>(c.dispatch('members.get', { id: m.id }));
    expect(d.als).toEqual({ id: als.id, name: 'Red Pampeana de Usuarios', archived: false });
    expect(d.roles.map((r) => [r.role, r.bodyShortName, r.current])).toEqual([
      ['alac_member', 'ALAC', true],
      ['chair', 'LACRALO', true],
      ['secretary', 'LACRALO', false],
    ]);
  });
});

describe('bodies', () => {
  it('creates, edits, archives and restores, journaled; bodies.list keeps ALAC first', () => {
    const c = core();
    const { alac, lacralo } = setup(c);
    const wg = ok<Body>(c.dispatch('bodies.create', { name: 'LACRALO Governance Working Group', shortName: 'LACRALO GWG', kind: 'working_group', parentId: lacralo.id, description: '' }));
    expect(wg).toMatchObject({ parentId: lacralo.id, description: null });
    ok(c.dispatch('bodies.update', { id: wg.id, description: 'Rules of Procedure' }));
    ok(c.dispatch('bodies.archive', { id: wg.id }));
    expect(ok<Body[]>(c.dispatch('bodies.list', {})).map((b) => b.shortName)).toEqual(['ALAC', 'LACRALO']);
    expect(ok<Body[]>(c.dispatch('bodies.list', { includeArchived: true })).map((b) => b.shortName)).toEqual(['ALAC', 'LACRALO', 'LACRALO GWG']);
    ok(c.dispatch('bodies.restore', { id: wg.id }));
    expect(journal(c, wg.id).map((e) => [e.op, e.before, e.after])).toEqual([
      ['create', null, { name: 'LACRALO Governance Working Group', short_name: 'LACRALO GWG', kind: 'working_group', parent_id: lacralo.id, description: null }],
      ['update', { description: null }, { description: 'Rules of Procedure' }],
      ['archive', { deleted_at: null }, { deleted_at: expect.any(String) }],
      ['restore', { deleted_at: expect.any(String) }, { deleted_at: null }],
    ]);
    expect(alac.kind).toBe('alac');
  });

  it('refuses a parent that is the body itself, one of its sub-bodies, or unknown', () => {
    const c = core();
    const { lacralo } = setup(c);
    const wg = ok<Body>(c.dispatch('bodies.create', { name: 'Governance WG', shortName: 'GWG', kind: 'working_group', parentId: lacralo.id }));
    const sub = ok<Body>(c.dispatch('bodies.create', { name: 'Drafting team', shortName: 'DT', kind: 'other', parentId: wg.id }));
    refused(c, 'bodies.update', { id: lacralo.id, parentId: lacralo.id }, 'parent_cycle', 'parentId');
    refused(c, 'bodies.update', { id: lacralo.id, parentId: sub.id }, 'parent_cycle', 'parentId');
    refused(c, 'bodies.create', { name: 'X', shortName: 'X', kind: 'committee', parentId: '0190a6a0-0000-7000-8000-000000000000' }, 'not_found', 'parentId');
    refused(c, 'bodies.create', { name: 'X', shortName: 'X', kind: 'council' }, 'invalid_choice', 'kind');
    refused(c, 'bodies.create', { name: 'X', kind: 'committee' }, 'required', 'shortName');
  });

  it('lists a body’s current role holders, by role order, without ended roles or archived members', () => {
    const c = core();
    const { lacralo } = setup(c);
    const [a, b, d] = ['Zoe Alvarez', 'Bruno Costa', 'Carla Diaz'].map((name, i) => ok<Member>(c.dispatch('members.create', { name, email: `m${i}@example.org`, country: 'AR' })));
    ok(c.dispatch('roles.add', { memberId: a.id, bodyId: lacralo.id, role: 'chair', startsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: b.id, bodyId: lacralo.id, role: 'chair', startsOn: '2014-10-16', endsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: b.id, bodyId: lacralo.id, role: 'secretary', startsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: d.id, bodyId: lacralo.id, role: 'liaison', startsOn: '2016-11-07' }));
    ok(c.dispatch('members.archive', { id: d.id }));
    const detail = ok<BodyDetail>(c.dispatch('bodies.get', { id: lacralo.id }));
    expect(detail.holders.map((h) => [h.role, h.memberName])).toEqual([
      ['chair', 'Zoe Alvarez'],
      ['secretary', 'Bruno Costa'],
    ]);
  });
});

describe('als', () => {
  it('creates in a RALO, lists with member counts, edits and archives, journaled', () => {
    const c = core();
    const { lacralo, als } = setup(c);
    expect(als).toMatchObject({ country: 'AR', raloId: lacralo.id, accreditationStatus: 'accredited', accreditedOn: '2009-05-14' });
    ok(c.dispatch('members.create', { ...ana, alsId: als.id }));
    expect(ok<{ memberCount: number; raloShortName: string }[]>(c.dispatch('als.list', {}))).toMatchObject([{ memberCount: 1, raloShortName: 'LACRALO' }]);
    ok(c.dispatch('als.update', { id: als.id, accreditationStatus: 'suspended' }));
    ok(c.dispatch('als.archive', { id: als.id }));
    expect(ok<unknown[]>(c.dispatch('als.list', {}))).toEqual([]);
    expect(journal(c, als.id).map((e) => e.op)).toEqual(['create', 'update', 'archive']);
    expect(journal(c, als.id)[1]).toMatchObject({ before: { accreditation_status: 'accredited' }, after: { accreditation_status: 'suspended' } });
  });

  it('refuses a body that is not a RALO, a bad country, status or date', () => {
    const c = core();
    const { alac, lacralo } = setup(c);
    const base = { name: 'Fundación Quisqueya en Red', country: 'DO', raloId: lacralo.id, accreditationStatus: 'accredited' };
    refused(c, 'als.create', { ...base, raloId: alac.id }, 'invalid_choice', 'raloId');
    refused(c, 'als.create', { ...base, country: 'ZZ' }, 'invalid_country', 'country');
    refused(c, 'als.create', { ...base, accreditationStatus: 'maybe' }, 'invalid_choice', 'accreditationStatus');
    refused(c, 'als.create', { ...base, accreditedOn: '2014-02-30' }, 'invalid_format', 'accreditedOn');
  });
});

describe('roles', () => {
  it('adds, ends and archives a role, journaled; refuses an end before the start', () => {
    const c = core();
    const { lacralo } = setup(c);
    const m = ok<Member>(c.dispatch('members.create', ana));
    const input = { memberId: m.id, bodyId: lacralo.id, role: 'secretary', startsOn: '2016-11-07' };
    refused(c, 'roles.add', { ...input, endsOn: '2016-11-06' }, 'end_before_start', 'endsOn');
    refused(c, 'roles.add', { ...input, role: 'king' }, 'invalid_choice', 'role');
    refused(c, 'roles.add', { ...input, startsOn: '07/11/2016' }, 'invalid_format', 'startsOn');
    const role = ok<Role>(c.dispatch('roles.add', input));
    refused(c, 'roles.end', { id: role.id, endsOn: '2016-01-01' }, 'end_before_start', 'endsOn');
    const ended = ok<Role>(c.dispatch('roles.end', { id: role.id, endsOn: '2018-11-07' }));
    expect(ended.endsOn).toBe('2018-11-07');
    ok(c.dispatch('roles.archive', { id: role.id }));
    expect(journal(c, role.id).map((e) => [e.op, e.before, e.after])).toEqual([
      ['create', null, { member_id: m.id, body_id: lacralo.id, role: 'secretary', starts_on: '2016-11-07', ends_on: null }],
      ['update', { ends_on: null }, { ends_on: '2018-11-07' }],
      ['archive', { deleted_at: null }, { deleted_at: expect.any(String) }],
    ]);
    expect(ok<MemberDetail>(c.dispatch('members.get', { id: m.id })).roles).toEqual([]);
  });

  it('refuses the same role in the same body over overlapping periods, but allows a hand-over day', () => {
    const c = core();
    const { lacralo } = setup(c);
    const m = ok<Member>(c.dispatch('members.create', ana));
    const input = { memberId: m.id, bodyId: lacralo.id, role: 'chair' };
    ok(c.dispatch('roles.add', { ...input, startsOn: '2014-10-16', endsOn: '2016-11-07' }));
    const err = refused(c, 'roles.add', { ...input, startsOn: '2015-01-01' }, 'duplicate_role', 'role');
    expect(err?.params).toEqual({ name: 'Ana Pereira' });
    ok(c.dispatch('roles.add', { ...input, startsOn: '2016-11-07' }));
    refused(c, 'roles.add', { memberId: m.id, bodyId: '0190a6a0-0000-7000-8000-000000000000', role: 'chair', startsOn: '2020-01-01' }, 'not_found', 'bodyId');
  });
});

describe('members.list', () => {
  function directory() {
    const c = core();
    const { alac, lacralo, als } = setup(c);
    const add = (name: string, email: string, country: string, extra: object = {}) => ok<Member>(c.dispatch('members.create', { name, email, country, ...extra }));
    const jose = add('José García', 'jose.garcia@example.org', 'MX', { alsId: als.id });
    const elodie = add('Élodie Baptiste', 'elodie@example.net', 'HT');
    const bruno = add('Bruno Costa', 'bcosta@example.com', 'BR');
    add('Carla Díaz_Pérez%', 'carla@example.org', 'AR');
    ok(c.dispatch('roles.add', { memberId: elodie.id, bodyId: lacralo.id, role: 'chair', startsOn: '2016-11-07' }));
    ok(c.dispatch('roles.add', { memberId: bruno.id, bodyId: alac.id, role: 'alac_member', startsOn: '2017-10-01' }));
    ok(c.dispatch('roles.add', { memberId: bruno.id, bodyId: lacralo.id, role: 'secretary', startsOn: '2010-01-01', endsOn: '2012-01-01' }));
    return { c, alac, lacralo, als, jose, elodie, bruno };
  }
  const names = (c: Core, q: object) => ok<MemberPage>(c.dispatch('members.list', q)).rows.map((r) => r.name);

  it('searches name and e-mail without case or accents, every word matching', () => {
    const { c } = directory();
    expect(names(c, { search: 'garcia' })).toEqual(['José García']);
    expect(names(c, { search: 'JOSÉ' })).toEqual(['José García']);
    expect(names(c, { search: 'elodie' })).toEqual(['Élodie Baptiste']);
    expect(names(c, { search: 'example.org' }).sort()).toEqual(['Carla Díaz_Pérez%', 'José García']);
    expect(names(c, { search: 'costa bruno' })).toEqual(['Bruno Costa']);
    expect(names(c, { search: '_p' })).toEqual(['Carla Díaz_Pérez%']); // LIKE characters are literal
    expect(names(c, { search: '%' })).toEqual(['Carla Díaz_Pérez%']);
    expect(names(c, { search: 'nobody' })).toEqual([]);
  });

  it('filters by country, ALS, body and role, with current roles shown and the total counted', () => {
    const { c, alac, lacralo, als } = directory();
    expect(names(c, { country: 'br' })).toEqual(['Bruno Costa']);
    expect(names(c, { alsId: als.id })).toEqual(['José García']);
    // LACRALO: its chair, and the member of its ALS; not the former secretary.
    expect(names(c, { bodyId: lacralo.id })).toEqual(['Élodie Baptiste', 'José García']);
    expect(names(c, { bodyId: alac.id })).toEqual(['Bruno Costa']);
    expect(names(c, { role: 'chair' })).toEqual(['Élodie Baptiste']);
    expect(names(c, { role: 'secretary' })).toEqual([]);
    expect(names(c, { role: 'chair', bodyId: alac.id })).toEqual([]);
    const page = ok<MemberPage>(c.dispatch('members.list', { search: 'bruno' }));
    expect(page.rows[0].currentRoles).toEqual([{ role: 'alac_member', bodyId: alac.id, bodyShortName: 'ALAC' }]);
    const jose = ok<MemberPage>(c.dispatch('members.list', { search: 'jose' })).rows[0];
    expect(jose.alsName).toBe('Red Pampeana de Usuarios');
  });

  it('pages in name order (accents sort with their letter) and counts every match', () => {
    const { c } = directory();
    const p1 = ok<MemberPage>(c.dispatch('members.list', { limit: 2 }));
    const p2 = ok<MemberPage>(c.dispatch('members.list', { limit: 2, offset: 2 }));
    expect(p1.total).toBe(4);
    expect([...p1.rows, ...p2.rows].map((r) => r.name)).toEqual(['Bruno Costa', 'Carla Díaz_Pérez%', 'Élodie Baptiste', 'José García']);
    expect(c.dispatch('members.list', { limit: 1000 })).toMatchObject({ ok: false, error: { code: 'too_big', field: 'limit' } });
  });

  it('shows archived members only when asked', () => {
    const { c, jose } = directory();
    ok(c.dispatch('members.archive', { id: jose.id }));
    expect(names(c, { search: 'jose' })).toEqual([]);
    const [row] = ok<MemberPage>(c.dispatch('members.list', { search: 'jose', includeArchived: true })).rows;
    expect(row.deletedAt).not.toBeNull();
    expect(ok<{ members: number }>(c.dispatch('directory.counts', {}))).toEqual({ members: 3, als: 1, bodies: 2 });
  });
});

describe('migration 0002', () => {
  it('makes e-mail unique among live members without regard to case, and refuses a role ending before it starts', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    const t = '2026-01-01T00:00:00.000Z';
    const add = db.prepare("INSERT INTO members (id, name, email, country, created_at, updated_at) VALUES (?, 'A', ?, 'AR', ?, ?)");
    add.run('m1', 'a@example.org', t, t);
    expect(() => add.run('m2', 'A@EXAMPLE.ORG', t, t)).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO bodies (id, name, short_name, kind, created_at, updated_at) VALUES ('b', 'ALAC', 'ALAC', 'alac', ?, ?)").run(t, t);
    const role = db.prepare("INSERT INTO roles (id, member_id, body_id, role, starts_on, ends_on, created_at, updated_at) VALUES (?, 'm1', 'b', 'chair', ?, ?, ?, ?)");
    expect(() => role.run('r1', '2020-01-02', '2020-01-01', t, t)).toThrow(/CHECK/);
    expect(() => role.run('r2', '2020-01-02', '2020-01-02', t, t)).not.toThrow();
    db.close();
  });
});
