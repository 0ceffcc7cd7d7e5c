import { z } from 'zod';
import { channel } from '../../channel';
import { byId, empty, id, isoDate } from '../common';
import {
  alsFields,
  bodyFields,
  importData,
  memberFields,
  memberInput,
  memberQuery,
  roleInput,
  type Als,
  type AlsRow,
  type Body,
  type BodyDetail,
  type DirectoryCounts,
  type ImportPreview,
  type Member,
  type MemberDetail,
  type MemberPage,
  type Role,
} from './model';

export * from './model';

// Directory channels: bodies, At-Large Structures, members (with CSV import) and roles.
// Every mutation goes through the repo (journaled); every refusal names the field at fault.

const includeArchived = z.strictObject({ includeArchived: z.boolean().optional() });

export const directoryChannels = {
  /** Live bodies (or all), ALAC first, then by kind and short name. Used by meetings too. */
  'bodies.list': channel<Body[]>()(includeArchived),
  'bodies.get': channel<BodyDetail>()(byId),
  'bodies.create': channel<Body>()(z.strictObject(bodyFields)),
  'bodies.update': channel<Body>()(z.strictObject(bodyFields).partial().extend({ id })),
  'bodies.archive': channel<Body>()(byId),
  'bodies.restore': channel<Body>()(byId),

  'als.list': channel<AlsRow[]>()(includeArchived),
  'als.create': channel<Als>()(z.strictObject(alsFields)),
  'als.update': channel<Als>()(z.strictObject(alsFields).partial().extend({ id })),
  'als.archive': channel<Als>()(byId),
  'als.restore': channel<Als>()(byId),

  /** One page of members matching the filters, ordered by name, with the total. */
  'members.list': channel<MemberPage>()(memberQuery),
  'members.get': channel<MemberDetail>()(byId),
  'members.create': channel<Member>()(memberInput),
  'members.update': channel<Member>()(z.strictObject(memberFields).partial().extend({ id })),
  'members.archive': channel<Member>()(byId),
  'members.restore': channel<Member>()(byId),
  /** Checks a CSV file (base64 of its bytes) row by row; writes nothing. */
  'members.importPreview': channel<ImportPreview>()(z.strictObject({ data: importData })),
  /** Inserts the accepted rows of the same file in one transaction, if they are still exactly the
   *  `lines` the preview accepted; otherwise refuses (`csv_changed`) and inserts nothing. */
  'members.importCommit': channel<{ inserted: number }>()(
    z.strictObject({ data: importData, lines: z.array(z.number().int().min(2)).min(1).max(10_000) }),
  ),

  'roles.add': channel<Role>()(roleInput),
  /** Ends a role on `endsOn` (not before it started). */
  'roles.end': channel<Role>()(z.strictObject({ id, endsOn: isoDate })),
  'roles.archive': channel<Role>()(byId),
  'roles.restore': channel<Role>()(byId),

  /** Live members, ALSes and bodies, for the tabs. */
  'directory.counts': channel<DirectoryCounts>()(empty),
};
