import { describe, expect, it } from 'vitest';
import { CSV_TEMPLATE, type Als, type Body, type ImportPreview } from '../../../shared/domain/directory/contract';
import type { Result } from '../../../shared/errors';
import { snapshot, testCore } from '../../test/tmp';
import type { Core } from '../index';

// CSV import of members: every row checked first (same schema as members.create, ALS by name,
// duplicates against the directory and within the file), rejected rows listed with their line and
// reason; the commit inserts every accepted row in one transaction, or none.

function ok<T>(res: Result<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}
const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');
const count = (c: Core) => (c.ctx.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;

function setup() {
  const c = testCore();
  const lacralo = ok<Body>(c.dispatch('bodies.create', { name: 'LACRALO', shortName: 'LACRALO', kind: 'ralo' }));
  const als = ok<Als>(c.dispatch('als.create', { name: 'Asociación Peruana de Internautas Andinos', country: 'PE', raloId: lacralo.id, accreditationStatus: 'accredited' }));
  ok(c.dispatch('members.create', { name: 'Existing Member', email: 'taken@example.org', country: 'UY' }));
  return { c, als };
}

/** Preview must write nothing. */
function preview(c: Core, text: string | Buffer): ImportPreview {
  const before = snapshot(c);
  const p = ok<ImportPreview>(c.dispatch('members.importPreview', { data: b64(text) }));
  expect(snapshot(c)).toEqual(before);
  return p;
}

/** A file-level refusal: code, field `data`, nothing changed. */
function refusedFile(c: Core, text: string | Buffer, code: string) {
  const before = snapshot(c);
  const res = c.dispatch('members.importPreview', { data: b64(text) });
  expect(res).toMatchObject({ ok: false, error: { code, field: 'data' } });
  expect(c.dispatch('members.importCommit', { data: b64(text), lines: [2] })).toMatchObject({ ok: false, error: { code, field: 'data' } });
  expect(snapshot(c)).toEqual(before);
  return res.ok ? undefined : res.error;
}

const GOOD = [
  '\uFEFFname,email,phone,country,sub_region,als,gender,languages,time_zone',
  'Rosa Quispe,Rosa.Quispe@Example.org,+51 1 555 0100,pe,South America,asociacion peruana de internautas andinos,female,es;qu;en,America/Lima',
  '"Pierre-Louis, Jean",jean@example.net,,HT,caribbean,,male,"fr, ht",america/port-au-prince',
  'Ana Souza,ana.souza@example.com,,BR,,,,pt,',
].join('\r\n');

describe('members.importPreview / importCommit', () => {
  it('accepts a good file (BOM, CRLF, quotes, loose codes) and the commit inserts every row, journaled', () => {
    const { c, als } = setup();
    const p = preview(c, GOOD);
    expect(p.rejected).toEqual([]);
    expect(p.ignoredColumns).toEqual([]);
    expect(p.accepted).toEqual([
      { line: 2, name: 'Rosa Quispe', email: 'rosa.quispe@example.org', country: 'PE', alsName: als.name, languages: ['es', 'qu', 'en'], timeZone: 'America/Lima' },
      { line: 3, name: 'Pierre-Louis, Jean', email: 'jean@example.net', country: 'HT', alsName: null, languages: ['fr', 'ht'], timeZone: 'America/Port-au-Prince' },
      { line: 4, name: 'Ana Souza', email: 'ana.souza@example.com', country: 'BR', alsName: null, languages: ['pt'], timeZone: null },
    ]);
    const journalBefore = (c.ctx.db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n;
    expect(ok(c.dispatch('members.importCommit', { data: b64(GOOD), lines: [2, 3, 4] }))).toEqual({ inserted: 3 });
    const rows = c.ctx.db.prepare("SELECT * FROM members WHERE email <> 'taken@example.org' ORDER BY rowid").all() as Record<string, unknown>[];
    expect(rows.map((r) => [r.name, r.sub_region, r.als_id, r.gender, r.phone])).toEqual([
      ['Rosa Quispe', 'south_america', als.id, 'female', '+51 1 555 0100'],
      ['Pierre-Louis, Jean', 'caribbean', null, 'male', null],
      ['Ana Souza', null, null, null, null],
    ]);
    const entries = c.ctx.db.prepare('SELECT entity, op, entity_id FROM journal ORDER BY rowid').all().slice(journalBefore);
    expect(entries).toEqual(rows.map((r) => ({ entity: 'members', op: 'create', entity_id: r.id })));
  });

  it('lists every bad row with its line, code and field, and accepts the rest (mixed file)', () => {
    const { c } = setup();
    const text = [
      'name;email;country;languages;time_zone;als;notes',
      'Good One;good1@example.org;AR;es;;;first',
      'No Email;;AR;;;;',
      'Bad Email;bad@;AR;;;;',
      'Bad Country;country@example.org;XX;;;;',
      '"Multi',
      'line name";multi@example.org;CL;;;;',
      'Bad Zone;zone@example.org;AR;;Mars/Base;;',
      'Bad Language;lang@example.org;AR;es klingon;;;',
      '',
      ';noname@example.org;AR;;;;',
      'Unknown ALS;als@example.org;AR;;;Nowhere Club;',
      'Good Two;good2@example.org;CO;;;;',
    ].join('\n');
    const p = preview(c, text);
    expect(p.ignoredColumns).toEqual(['notes']);
    expect(p.accepted.map((a) => [a.line, a.name])).toEqual([
      [2, 'Good One'],
      [6, 'Multi\nline name'],
      [13, 'Good Two'],
    ]);
    expect(p.rejected.map((r) => [r.line, r.code, r.field, r.name])).toEqual([
      [3, 'required', 'email', 'No Email'],
      [4, 'invalid_email', 'email', 'Bad Email'],
      [5, 'invalid_country', 'country', 'Bad Country'],
      [8, 'invalid_time_zone', 'timeZone', 'Bad Zone'],
      [9, 'invalid_choice', 'languages.1', 'Bad Language'],
      [11, 'required', 'name', null],
      [12, 'not_found', 'alsId', 'Unknown ALS'],
    ]);
    expect(ok(c.dispatch('members.importCommit', { data: b64(text), lines: [2, 6, 13] }))).toEqual({ inserted: 3 });
    expect(count(c)).toBe(4);
  });

  it('rejects duplicates against the directory (any case) and within the file, naming the other', () => {
    const { c } = setup();
    const text = ['email,name,country', 'TAKEN@example.org,Clash,AR', 'new@example.org,First,AR', 'New@Example.org,Second,AR', 'other@example.org,Third,AR'].join('\n');
    const p = preview(c, text);
    expect(p.accepted.map((a) => a.line)).toEqual([3, 5]);
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 2, code: 'duplicate_email', field: 'email', params: { name: 'Existing Member' } }),
      expect.objectContaining({ line: 4, code: 'duplicate_in_file', field: 'email', params: { line: 3 } }),
    ]);
  });

  it('accepts French and Spanish headers', () => {
    const { c } = setup();
    expect(preview(c, 'Nom;Adresse e-mail;Pays;Langues\nÉlise Joseph;elise@example.org;HT;fr').accepted).toHaveLength(1);
    expect(preview(c, 'Nombre,Correo electrónico,País,Zona horaria\nLuis Paz,luis@example.org,BO,America/La_Paz').accepted).toHaveLength(1);
  });

  it('accepts its own template', () => {
    const { c } = setup();
    expect(preview(c, CSV_TEMPLATE)).toMatchObject({ rejected: [], accepted: [{ line: 2 }, { line: 3 }] });
  });

  it('refuses a file that is not UTF-8 (latin-1 bytes), changing nothing', () => {
    const { c } = setup();
    const latin1 = Buffer.from('name,email,country\nJos\xe9 Garc\xeda,jose@example.org,MX\n', 'latin1');
    expect(latin1.includes(0xe9)).toBe(true);
    refusedFile(c, latin1, 'csv_encoding');
  });

  it('refuses an empty file, a blank one, a lone BOM and a header without rows', () => {
    const { c } = setup();
    refusedFile(c, '', 'csv_empty');
    refusedFile(c, ' \r\n\n', 'csv_empty');
    refusedFile(c, '\uFEFF', 'csv_empty');
    refusedFile(c, 'name,email,country\n\n', 'csv_empty');
  });

  it('refuses a header missing a required column, naming it', () => {
    const { c } = setup();
    expect(refusedFile(c, 'name,country\nAna,UY', 'csv_header')?.params).toEqual({ column: 'email' });
    // No header at all: the first data line is read as one, and has no "name".
    expect(refusedFile(c, 'Ana Souza,ana@example.com,BR', 'csv_header')?.params).toEqual({ column: 'name' });
  });

  it('refuses data that is not base64', () => {
    const { c } = setup();
    expect(c.dispatch('members.importPreview', { data: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'invalid_format', field: 'data' } });
  });

  it('commits nothing when the accepted lines are not the ones previewed', () => {
    const { c } = setup();
    const before = snapshot(c);
    expect(c.dispatch('members.importCommit', { data: b64(GOOD), lines: [2, 3] })).toMatchObject({ ok: false, error: { code: 'csv_changed', field: 'data' } });
    expect(snapshot(c)).toEqual(before);
  });

  it('commits nothing when the directory changed since the preview', () => {
    const { c } = setup();
    const lines = preview(c, GOOD).accepted.map((a) => a.line);
    ok(c.dispatch('members.create', { name: 'Meanwhile', email: 'jean@example.net', country: 'HT' }));
    const before = snapshot(c);
    expect(c.dispatch('members.importCommit', { data: b64(GOOD), lines })).toMatchObject({ ok: false, error: { code: 'csv_changed' } });
    expect(snapshot(c)).toEqual(before);
  });

  it('inserts all rows or none: a failure on the last row rolls back the ones before', () => {
    const { c } = setup();
    c.ctx.db.exec("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON members WHEN NEW.email = 'ana.souza@example.com' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const before = snapshot(c);
    expect(c.dispatch('members.importCommit', { data: b64(GOOD), lines: [2, 3, 4] })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot(c)).toEqual(before);
    expect(count(c)).toBe(1);
  });
});
