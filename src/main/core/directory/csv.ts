import Papa from 'papaparse';
import {
  CSV_COLUMNS,
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  columnForHeader,
  memberInput,
  type CsvColumnKey,
  type ImportPreview,
  type ImportedRow,
  type ParsedMemberInput,
  type RejectedRow,
  type directoryChannels,
} from '../../../shared/domain/directory/contract';
import { DomainError, type AppError } from '../../../shared/errors';
import { fromZodError } from '../../../shared/validation';
import type { Ctx } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { createMember } from './members';
import { fold } from './rows';

// CSV import of members. Every row is checked with the same schema as `members.create`, then against
// the directory (ALS by name, e-mail not used by a live member) and against the earlier rows of the
// file. The preview writes nothing; the commit re-runs the whole check and inserts every accepted row
// in the dispatcher's one transaction, or nothing.

type H = HandlersFor<typeof directoryChannels>;

/** The file's text: strict UTF-8 (a BOM is fine). */
export function decodeCsv(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > CSV_MAX_BYTES) throw new DomainError('too_big', `File larger than ${CSV_MAX_BYTES} bytes`, 'data', { max: CSV_MAX_BYTES });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('csv_encoding', 'The file is not valid UTF-8', 'data');
  }
  if (text.trim() === '') throw new DomainError('csv_empty', 'The file is empty', 'data');
  return text;
}

interface RawRow {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
  error?: string;
}

/** The delimiter of the header line: comma, semicolon (spreadsheets in French or Spanish) or tab. */
function guessDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/** Records with the line each starts on; blank lines are skipped (but counted). */
export function parseCsv(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: (r) => {
      const cells = r.data.map((c) => (c ?? '').trim());
      const error = r.errors.find((e) => e.type !== 'Delimiter');
      if (cells.some((c) => c !== '') || error) rows.push({ line, cells, ...(error ? { error: error.message } : {}) });
      const end = r.meta.cursor;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return rows;
}

interface Checked {
  preview: ImportPreview;
  accepted: { line: number; input: ParsedMemberInput }[];
}

const reject = (line: number, e: AppError, name: unknown, email: unknown): RejectedRow => ({
  line,
  code: e.code,
  ...(e.field ? { field: e.field } : {}),
  ...(e.params ? { params: e.params } : {}),
  message: e.message,
  name: typeof name === 'string' && name ? name : null,
  email: typeof email === 'string' && email ? email : null,
});

const asCode = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');

/** Checks every row of the file; writes nothing. */
export function checkCsv(ctx: Ctx, base64: string): Checked {
  const rows = parseCsv(decodeCsv(base64));
  const [header, ...data] = rows;
  if (!header) throw new DomainError('csv_empty', 'The file is empty', 'data');

  const columns = new Map<CsvColumnKey, number>();
  const ignoredColumns: string[] = [];
  header.cells.forEach((cell, i) => {
    const key = columnForHeader(cell);
    if (key && !columns.has(key)) columns.set(key, i);
    else if (cell) ignoredColumns.push(cell);
  });
  const missing = CSV_COLUMNS.find((c) => c.required && !columns.has(c.key));
  if (missing) throw new DomainError('csv_header', `The header has no "${missing.header}" column`, 'data', { column: missing.header });
  if (data.length === 0) throw new DomainError('csv_empty', 'The file has a header but no rows', 'data');
  if (data.length > CSV_MAX_ROWS) throw new DomainError('too_big', `More than ${CSV_MAX_ROWS} rows`, 'data', { max: CSV_MAX_ROWS });

  const alsByName = new Map<string, { id: string; name: string }>();
  for (const a of ctx.db.prepare('SELECT id, name FROM als WHERE deleted_at IS NULL').all() as { id: string; name: string }[]) {
    alsByName.set(fold(a.name.trim()), a);
    alsByName.set(a.id, a);
  }
  const emailOwner = ctx.db.prepare('SELECT name FROM members WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL');
  const seen = new Map<string, number>();
  const preview: ImportPreview = { accepted: [], rejected: [], ignoredColumns };
  const accepted: Checked['accepted'] = [];

  for (const row of data) {
    const cell = (key: CsvColumnKey) => {
      const i = columns.get(key);
      return i === undefined ? '' : (row.cells[i] ?? '');
    };
    const raw: Record<string, unknown> = {};
    for (const key of ['name', 'email', 'phone', 'fax', 'country', 'timeZone'] as const) if (cell(key)) raw[key] = cell(key);
    if (cell('subRegion')) raw.subRegion = asCode(cell('subRegion'));
    if (cell('gender')) raw.gender = asCode(cell('gender'));
    if (cell('languages')) raw.languages = cell('languages').toLowerCase().split(/[\s;,|/]+/).filter(Boolean);
    const alsName = cell('als');
    const no = (e: AppError) => preview.rejected.push(reject(row.line, e, raw.name, raw.email));

    if (row.error) {
      no({ code: 'invalid_format', message: row.error });
      continue;
    }
    const parsed = memberInput.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      no(fromZodError(parsed.error));
      continue;
    }
    const input = parsed.data;
    if (alsName) {
      const als = alsByName.get(fold(alsName));
      if (!als) {
        no({ code: 'not_found', message: `No live ALS named "${alsName}"`, field: 'alsId' });
        continue;
      }
      input.alsId = als.id;
    }
    const owner = emailOwner.get(input.email) as { name: string } | undefined;
    if (owner) {
      no({ code: 'duplicate_email', message: `${input.email} is already used`, field: 'email', params: { name: owner.name } });
      continue;
    }
    const earlier = seen.get(input.email);
    if (earlier !== undefined) {
      no({ code: 'duplicate_in_file', message: `${input.email} is already on line ${earlier}`, field: 'email', params: { line: earlier } });
      continue;
    }
    seen.set(input.email, row.line);
    accepted.push({ line: row.line, input });
    preview.accepted.push({
      line: row.line,
      name: input.name,
      email: input.email,
      country: input.country,
      alsName: input.alsId ? alsByName.get(input.alsId)!.name : null,
      languages: input.languages ?? [],
      timeZone: input.timeZone ?? null,
    } satisfies ImportedRow);
  }
  return { preview, accepted };
}

export const importHandlers: Pick<H, 'members.importPreview' | 'members.importCommit'> = {
  'members.importPreview': ({ data }, ctx) => checkCsv(ctx, data).preview,
  'members.importCommit': ({ data, lines }, ctx) => {
    const { accepted } = checkCsv(ctx, data);
    const now = accepted.map((a) => a.line);
    const expected = [...new Set(lines)].sort((a, b) => a - b);
    if (now.length !== expected.length || now.some((l, i) => l !== expected[i])) {
      throw new DomainError('csv_changed', `Accepted lines are now ${now.join(',')}, not ${expected.join(',')}`, 'data');
    }
    for (const a of accepted) createMember(ctx, a.input);
    return { inserted: accepted.length };
  },
};
