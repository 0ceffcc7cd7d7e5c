import {
  ROLES,
  type CurrentRole,
  type Member,
  type MemberDetail,
  type MemberPage,
  type MemberRow,
  type ParsedMemberInput,
  type RoleView,
  type directoryChannels,
} from '../../../shared/domain/directory/contract';
import { DomainError } from '../../../shared/errors';
import { archive, insert, restore, toCamel, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { anyRow, ensureFold, fold, likeContains, liveRow, toMember, today } from './rows';

type H = HandlersFor<typeof directoryChannels>;

/** Stored columns of a member; undefined keys are left as they are (update) or defaulted (create). */
export function memberValues(input: Partial<ParsedMemberInput>) {
  return {
    name: input.name,
    email: input.email,
    phone: input.phone,
    fax: input.fax,
    country: input.country,
    sub_region: input.subRegion,
    als_id: input.alsId,
    gender: input.gender,
    languages: input.languages,
    time_zone: input.timeZone,
  };
}

/** Refuses an e-mail a live member (other than `exceptId`) already uses, naming that member. */
export function assertEmailFree(ctx: Ctx, email: string, exceptId = ''): void {
  const other = ctx.db
    .prepare('SELECT id, name FROM members WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?')
    .get(email, exceptId) as { id: string; name: string } | undefined;
  if (other) throw new DomainError('duplicate_email', `Member ${other.id} already uses ${email}`, 'email', { name: other.name });
}

/** The member's ALS must be a live one (unless the member already had it). */
function checkAls(ctx: Ctx, alsId: string | null | undefined, current?: unknown): void {
  if (alsId && alsId !== current) liveRow(ctx, 'als', alsId, 'alsId');
}

/** Creates a member after every check; shared by `members.create` and the CSV import. */
export function createMember(ctx: Ctx, input: ParsedMemberInput): Member {
  checkAls(ctx, input.alsId);
  assertEmailFree(ctx, input.email);
  const v = memberValues(input);
  const row = insert(ctx, 'members', {
    name: v.name,
    email: v.email,
    phone: v.phone ?? null,
    fax: v.fax ?? null,
    country: v.country,
    sub_region: v.sub_region ?? null,
    als_id: v.als_id ?? null,
    gender: v.gender ?? null,
    languages: v.languages ?? [],
    time_zone: v.time_zone ?? null,
  });
  return toMember(row);
}

const CURRENT = `r.deleted_at IS NULL AND r.starts_on <= @today AND (r.ends_on IS NULL OR r.ends_on >= @today)`;

/** The SQL of one page of members and of their count, with its named arguments. */
export function memberQuerySql(ctx: Ctx, input: Parameters<H['members.list']>[0]) {
  const where: string[] = [];
  const args: Record<string, unknown> = { limit: input.limit ?? 50, offset: input.offset ?? 0 };
  const needToday = () => (args.today = today(ctx));
  if (!input.includeArchived) where.push('m.deleted_at IS NULL');
  if (input.country) {
    where.push('m.country = @country');
    args.country = input.country;
  }
  if (input.alsId) {
    where.push('m.als_id = @alsId');
    args.alsId = input.alsId;
  }
  if (input.role) {
    // Holding this role now (in this body, when one is chosen).
    needToday();
    args.role = input.role;
    if (input.bodyId) args.bodyId = input.bodyId;
    where.push(`m.id IN (SELECT r.member_id FROM roles r WHERE r.role = @role ${input.bodyId ? 'AND r.body_id = @bodyId' : ''} AND ${CURRENT})`);
  } else if (input.bodyId) {
    // In a body: holding any role in it now, or (for a RALO) belonging to one of its ALSes.
    needToday();
    args.bodyId = input.bodyId;
    where.push(
      `(m.id IN (SELECT r.member_id FROM roles r WHERE r.body_id = @bodyId AND ${CURRENT}) OR m.als_id IN (SELECT a.id FROM als a WHERE a.ralo_id = @bodyId AND a.deleted_at IS NULL))`,
    );
  }
  // Every word must appear in the name (without case or accents) or in the e-mail (stored lower case).
  const words = (input.search ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((w, i) => {
    where.push(`(palabra_fold(m.name) LIKE @w${i} ESCAPE '\\' OR m.email LIKE @w${i} ESCAPE '\\')`);
    args[`w${i}`] = likeContains(fold(w));
  });
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { limit: _l, offset: _o, ...countArgs } = args;
  return {
    countSql: `SELECT count(*) AS n FROM members m ${whereSql}`,
    countArgs,
    // Accents sort with their letter (Élodie before José), as people expect in a directory.
    pageSql: `SELECT m.*, a.name AS als_name FROM members m LEFT JOIN als a ON a.id = m.als_id ${whereSql}
               ORDER BY palabra_fold(m.name), m.name, m.id LIMIT @limit OFFSET @offset`,
    args,
  };
}

export function listMembers(ctx: Ctx, input: Parameters<H['members.list']>[0]): MemberPage {
  ensureFold(ctx.db);
  const q = memberQuerySql(ctx, input);
  const total = (ctx.db.prepare(q.countSql).get(q.countArgs) as { n: number }).n;
  const rows = ctx.db.prepare(q.pageSql).all(q.args) as Row[];
  const roles = new Map<string, CurrentRole[]>();
  if (rows.length) {
    const found = ctx.db
      .prepare(
        `SELECT r.member_id, r.role, r.body_id, b.short_name FROM roles r JOIN bodies b ON b.id = r.body_id
          WHERE r.member_id IN (SELECT value FROM json_each(@ids)) AND b.deleted_at IS NULL AND ${CURRENT}`,
      )
      .all({ ids: JSON.stringify(rows.map((r) => r.id)), today: today(ctx) }) as { member_id: string; role: CurrentRole['role']; body_id: string; short_name: string }[];
    for (const r of found) {
      const list = roles.get(r.member_id) ?? [];
      list.push({ role: r.role, bodyId: r.body_id, bodyShortName: r.short_name });
      roles.set(r.member_id, list);
    }
  }
  return {
    rows: rows.map((r): MemberRow => {
      const { als_name, ...rest } = r;
      return { ...toMember(rest), alsName: (als_name as string | null) ?? null, currentRoles: sortRoles(roles.get(r.id as string) ?? []) };
    }),
    total,
    offset: q.args.offset as number,
    limit: q.args.limit as number,
  };
}

const roleOrder = (r: { role: string }) => (ROLES as readonly string[]).indexOf(r.role);
const sortRoles = (rs: CurrentRole[]) => rs.sort((a, b) => roleOrder(a) - roleOrder(b) || a.bodyShortName.localeCompare(b.bodyShortName));

/** Roles with their member and body names; `current` as of today. */
export function roleViews(ctx: Ctx, where: string, args: Record<string, unknown>): RoleView[] {
  const day = today(ctx);
  const rows = ctx.db
    .prepare(
      `SELECT r.*, m.name AS member_name, b.name AS body_name, b.short_name AS body_short_name
         FROM roles r JOIN members m ON m.id = r.member_id JOIN bodies b ON b.id = r.body_id
        WHERE r.deleted_at IS NULL AND ${where}`,
    )
    .all(args) as Row[];
  return rows.map((r) => {
    const v = toCamel<Omit<RoleView, 'current'>>(r);
    return { ...v, current: v.startsOn <= day && (v.endsOn === null || v.endsOn >= day) };
  });
}

export function getMember(ctx: Ctx, id: string): MemberDetail {
  const member = toMember(anyRow(ctx, 'members', id));
  const als = member.alsId ? (ctx.db.prepare('SELECT id, name, deleted_at FROM als WHERE id = ?').get(member.alsId) as Row | undefined) : undefined;
  const roles = roleViews(ctx, 'r.member_id = @id', { id }).sort(
    (a, b) => Number(b.current) - Number(a.current) || b.startsOn.localeCompare(a.startsOn) || roleOrder(a) - roleOrder(b),
  );
  return {
    member,
    als: als ? { id: als.id as string, name: als.name as string, archived: als.deleted_at !== null } : null,
    roles,
  };
}

export const memberHandlers: Pick<H, 'members.list' | 'members.get' | 'members.create' | 'members.update' | 'members.archive' | 'members.restore'> = {
  'members.list': (input, ctx) => listMembers(ctx, input),
  'members.get': (input, ctx) => getMember(ctx, input.id),
  'members.create': (input, ctx) => createMember(ctx, input),
  'members.update': ({ id, ...input }, ctx) => {
    const before = liveRow(ctx, 'members', id);
    if (input.email !== undefined) assertEmailFree(ctx, input.email, id);
    checkAls(ctx, input.alsId, before.als_id);
    return toMember(update(ctx, 'members', id, memberValues(input)));
  },
  'members.archive': ({ id }, ctx) => {
    liveRow(ctx, 'members', id);
    return toMember(archive(ctx, 'members', id));
  },
  'members.restore': ({ id }, ctx) => {
    const row = anyRow(ctx, 'members', id);
    if (row.deleted_at) assertEmailFree(ctx, row.email as string, id);
    return toMember(restore(ctx, 'members', id));
  },
};
