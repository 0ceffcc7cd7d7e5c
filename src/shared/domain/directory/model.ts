import { z } from 'zod';
import { countryCode, email, id, isoDate, optionalText, text, timeZone, type RowMeta } from '../common';
import type { ErrorCode } from '../../errors';

// The directory's vocabulary, schemas and types: bodies, At-Large Structures (ALS), members and the
// roles members hold in bodies. Pure TypeScript, shared by the core (validation) and the renderer
// (choices in forms, the CSV hint).

export const BODY_KINDS = ['alac', 'ralo', 'working_group', 'committee', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const ACCREDITATION_STATUSES = ['applied', 'accredited', 'suspended', 'withdrawn', 'decertified'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

/** LAC sub-regions (LACRALO's diversity rules count them); members of other regions have none. */
export const SUB_REGIONS = ['caribbean', 'central_america', 'south_america', 'mexico'] as const;
export type SubRegion = (typeof SUB_REGIONS)[number];

/** Optional; `null` when the member did not say. */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Languages a member speaks: ICANN's six UN languages, Portuguese, and others heard in the regions.
 *  Names are shown with Intl.DisplayNames in the user's language. */
export const MEMBER_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh', 'ht', 'pap', 'qu', 'gn', 'nl', 'de', 'it', 'sw', 'hi', 'ja'] as const;
export type MemberLanguage = (typeof MEMBER_LANGUAGES)[number];

/** Roles held in a body, in the order lists show them. */
export const ROLES = [
  'chair',
  'vice_chair',
  'secretary',
  'alac_member',
  'nomcom_delegate',
  'liaison',
  'als_representative',
  'ethics_committee_member',
] as const;
export type RoleName = (typeof ROLES)[number];

// ---------------------------------------------------------------------------------------------
// Rows the core returns

export interface Body extends RowMeta {
  name: string;
  shortName: string;
  kind: BodyKind;
  parentId: string | null;
  description: string | null;
}

export interface Als extends RowMeta {
  name: string;
  country: string;
  raloId: string;
  accreditationStatus: AccreditationStatus;
  accreditedOn: string | null;
}

/** An ALS in a list: its RALO's short name and how many live members it has. */
export interface AlsRow extends Als {
  raloShortName: string;
  memberCount: number;
}

export interface Member extends RowMeta {
  name: string;
  email: string;
  phone: string | null;
  fax: string | null;
  country: string;
  subRegion: SubRegion | null;
  /** null: an individual member. */
  alsId: string | null;
  gender: Gender | null;
  languages: MemberLanguage[];
  timeZone: string | null;
}

export interface CurrentRole {
  role: RoleName;
  bodyId: string;
  bodyShortName: string;
}

export interface MemberRow extends Member {
  alsName: string | null;
  /** Roles not ended (as of today), in live bodies. */
  currentRoles: CurrentRole[];
}

export interface MemberPage {
  rows: MemberRow[];
  /** How many members match the filters (all pages). */
  total: number;
  offset: number;
  limit: number;
}

export interface Role extends RowMeta {
  memberId: string;
  bodyId: string;
  role: RoleName;
  startsOn: string;
  endsOn: string | null;
}

export interface RoleView extends Role {
  memberName: string;
  bodyName: string;
  bodyShortName: string;
  /** Not ended as of today. */
  current: boolean;
}

export interface MemberDetail {
  member: Member;
  als: { id: string; name: string; archived: boolean } | null;
  /** Every role (current first, then ended, newest first); archived roles left out. */
  roles: RoleView[];
}

export interface BodyDetail {
  body: Body;
  parent: Body | null;
  children: Body[];
  /** Current role holders, by role order then name. */
  holders: RoleView[];
}

export interface DirectoryCounts {
  members: number;
  als: number;
  bodies: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const nullableEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable().optional();

/** Canonical spelling of a valid IANA zone (e.g. `america/new_york` -> `America/New_York`). */
const canonicalZone = (tz: string) => new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;

/** Phone and fax: digits with the usual separators, an optional leading + and extension. */
const phoneNumber = optionalText(40).refine((s) => s == null || /^\+?[\d\s().\-/]{4,}(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(s), {
  params: { code: 'invalid_phone' },
  message: 'Not a phone number',
});

/** A blank required value is `required`, not `invalid_email` / `invalid_country`. */
const filled = <T extends z.ZodType<unknown, string>>(schema: T) => z.string().trim().min(1).pipe(schema);

/** The fields of a member, shared by `members.create`, `members.update` and every CSV row. */
export const memberFields = {
  name: text(200),
  email: filled(email),
  phone: phoneNumber,
  fax: phoneNumber,
  country: filled(countryCode),
  subRegion: nullableEnum(SUB_REGIONS),
  alsId: id.nullable().optional(),
  gender: nullableEnum(GENDERS),
  languages: z
    .array(z.enum(MEMBER_LANGUAGES))
    .max(MEMBER_LANGUAGES.length)
    .transform((ls) => [...new Set(ls)])
    .optional(),
  timeZone: timeZone.transform(canonicalZone).nullable().optional(),
};
export const memberInput = z.strictObject(memberFields);
export type MemberInput = z.input<typeof memberInput>;
export type ParsedMemberInput = z.output<typeof memberInput>;

export const bodyFields = {
  name: text(200),
  shortName: text(40),
  kind: z.enum(BODY_KINDS),
  parentId: id.nullable().optional(),
  description: optionalText(2000),
};

export const alsFields = {
  name: text(200),
  country: filled(countryCode),
  raloId: id,
  accreditationStatus: z.enum(ACCREDITATION_STATUSES),
  accreditedOn: isoDate.nullable().optional(),
};

export const roleInput = z
  .strictObject({
    memberId: id,
    bodyId: id,
    role: z.enum(ROLES),
    startsOn: isoDate,
    endsOn: isoDate.nullable().optional(),
  })
  .refine((r) => !r.endsOn || r.endsOn >= r.startsOn, {
    params: { code: 'end_before_start' },
    path: ['endsOn'],
    message: 'The end comes before the start',
  });

export const MEMBER_PAGE_MAX = 200;

export const memberQuery = z.strictObject({
  /** Name or e-mail, case- and accent-insensitive; several words must all match. */
  search: z.string().trim().max(200).optional(),
  bodyId: id.optional(),
  country: countryCode.optional(),
  role: z.enum(ROLES).optional(),
  alsId: id.optional(),
  includeArchived: z.boolean().optional(),
  limit: z.number().int().min(1).max(MEMBER_PAGE_MAX).optional(),
  offset: z.number().int().min(0).optional(),
});
export type MemberQuery = z.input<typeof memberQuery>;

// ---------------------------------------------------------------------------------------------
// CSV import

/** Largest file accepted (bytes) and most data rows in one import. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;
export const CSV_MAX_ROWS = 10_000;

/** CSV columns, by the member field they fill. The English header is the one the template uses;
 *  French and Spanish headers are accepted too (compared without case, accents or separators). */
export const CSV_COLUMNS = [
  { key: 'name', header: 'name', required: true, aliases: ['full name', 'nom', 'nom complet', 'nombre', 'nombre completo'] },
  { key: 'email', header: 'email', required: true, aliases: ['e-mail', 'e-mail address', 'email address', 'courriel', 'adresse e-mail', 'adresse electronique', 'correo', 'correo electronico'] },
  { key: 'phone', header: 'phone', required: false, aliases: ['telephone', 'tel', 'telefono'] },
  { key: 'fax', header: 'fax', required: false, aliases: ['telecopie'] },
  { key: 'country', header: 'country', required: true, aliases: ['pays', 'pais'] },
  { key: 'subRegion', header: 'sub_region', required: false, aliases: ['subregion', 'sous-region', 'sous region'] },
  { key: 'als', header: 'als', required: false, aliases: ['at-large structure', 'structure', 'structure at-large', 'estructura', 'estructura at-large'] },
  { key: 'gender', header: 'gender', required: false, aliases: ['genre', 'genero', 'sexe', 'sexo'] },
  { key: 'languages', header: 'languages', required: false, aliases: ['langues', 'idiomas', 'lenguas'] },
  { key: 'timeZone', header: 'time_zone', required: false, aliases: ['timezone', 'fuseau horaire', 'fuseau', 'zona horaria', 'huso horario'] },
] as const;
export type CsvColumnKey = (typeof CSV_COLUMNS)[number]['key'];

/** A header cell compared loosely: lower case, no accents, `_`/`-`/spaces as one space. */
export const normalizeHeader = (h: string): string =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();

const HEADER_INDEX = new Map<string, CsvColumnKey>(
  CSV_COLUMNS.flatMap((c) => [c.header, c.key, ...c.aliases].map((h) => [normalizeHeader(h), c.key] as [string, CsvColumnKey])),
);
export const columnForHeader = (h: string): CsvColumnKey | undefined => HEADER_INDEX.get(normalizeHeader(h));

/** A ready-to-fill template: the header and two example rows. */
export const CSV_TEMPLATE = [
  CSV_COLUMNS.map((c) => c.header).join(','),
  'Ana Pereira,ana.pereira@example.org,+598 2 555 0101,,UY,south_america,,female,es;pt;en,America/Montevideo',
  'Jean-Marc Louis,jm.louis@example.net,+509 2 555 0123,+509 2 555 0124,HT,caribbean,,male,fr;ht;en,America/Port-au-Prince',
].join('\r\n');

export interface ImportedRow {
  line: number;
  name: string;
  email: string;
  country: string;
  alsName: string | null;
  languages: MemberLanguage[];
  timeZone: string | null;
}

export interface RejectedRow {
  line: number;
  code: ErrorCode;
  /** The member field at fault (a `fields.<key>` label). */
  field?: string;
  params?: Record<string, string | number>;
  message: string;
  /** What the row said, to help find it in the file. */
  name: string | null;
  email: string | null;
}

export interface ImportPreview {
  accepted: ImportedRow[];
  rejected: RejectedRow[];
  /** Header cells that fill no field (left aside). */
  ignoredColumns: string[];
}

export const importData = z.base64().max(Math.ceil(CSV_MAX_BYTES / 3) * 4);
