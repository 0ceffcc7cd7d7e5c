import type { decisionsChannels, ParticipationLine } from '../../../shared/domain/decisions/contract';
import { participationByCountry, participationIndicators, standingsOn, type AttendanceRecord, type ParticipationIndicators } from '../../../shared/domain/decisions/participation';
import { requireRow, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { alsAttendance, bodyParticipationRule, memberAttendance } from './electorate';
import { nowIso } from './rows';

// Participation indicators (participation.ts) from the live session's attendance: per member, per
// ALS (an ALS attends through any of its members) and per country for the chart, with each one's
// standing on the period's last day under the body's rule.

type H = HandlersFor<typeof decisionsChannels>;

const empty = (subjectId: string): ParticipationIndicators => ({ subjectId, expected: 0, attended: 0, rate: null, consecutiveMisses: 0, longestMissStreak: 0, lastAttended: null });

function lines(
  records: AttendanceRecord[],
  subjects: Row[],
  period: { from: string | null; to: string },
  rule: ReturnType<typeof bodyParticipationRule>,
  alsOf: (r: Row) => string | null,
): ParticipationLine[] {
  const indicators = new Map(participationIndicators(records, period).map((i) => [i.subjectId, i]));
  const standing = standingsOn(rule, records, period.to, subjects.map((s) => s.id as string));
  return subjects.map((s) => ({
    ...(indicators.get(s.id as string) ?? empty(s.id as string)),
    name: s.name as string,
    country: (s.country as string | null) ?? null,
    alsId: alsOf(s),
    standing: standing.get(s.id as string)!,
  }));
}

export function participationReport(ctx: Ctx, bodyId: string, from: string | null, to: string) {
  const body = requireRow(ctx, 'bodies', bodyId, 'bodyId');
  const rule = bodyParticipationRule(body);
  const memberRecords = memberAttendance(ctx, bodyId, to);
  const alsRecords = alsAttendance(ctx, memberRecords);
  const memberIds = [...new Set(memberRecords.map((r) => r.subjectId))];
  const memberRows = ctx.db
    .prepare(
      `SELECT id, name, country, als_id FROM members WHERE id IN (SELECT value FROM json_each(?))
        OR id IN (SELECT member_id FROM roles WHERE body_id = ? AND deleted_at IS NULL AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?))
        ORDER BY name, id`,
    )
    .all(JSON.stringify(memberIds), bodyId, to, to) as Row[];
  const alsRows = ctx.db.prepare("SELECT id, name, country FROM als WHERE ralo_id = ? AND deleted_at IS NULL AND accreditation_status = 'accredited' ORDER BY name, id").all(bodyId) as Row[];
  const period = { from, to };
  const members = lines(memberRecords, memberRows, period, rule, (r) => (r.als_id as string | null) ?? null);
  const als = lines(alsRecords, alsRows, period, rule, () => null);
  const countryOf = new Map(als.map((a) => [a.subjectId, a.country]));
  const active = new Map<string, number>();
  for (const a of als) if (a.standing.active) active.set(a.country ?? '', (active.get(a.country ?? '') ?? 0) + 1);
  const countries = participationByCountry(als, (id) => countryOf.get(id)).map((c) => ({ ...c, active: active.get(c.country) ?? 0 }));
  return { bodyId, from, to, rule, members, als, countries };
}

export const participationHandlers: Pick<H, 'participation.report'> = {
  'participation.report': ({ bodyId, from, to }, ctx) => participationReport(ctx, bodyId, from ?? null, to ?? nowIso(ctx).slice(0, 10)),
};
