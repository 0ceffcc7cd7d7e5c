import type { decisionsChannels } from '../../../shared/domain/decisions/contract';
import { DEFAULT_NO_OBJECTION_DAYS, noObjectionStatus, recordObjection, recordSupport } from '../../../shared/domain/decisions/noObjection';
import { DomainError, type Result } from '../../../shared/errors';
import { insert, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { liveMember } from '../live/rows';
import { roleHolders, isVoting } from './electorate';
import { assertNotSettled, callModel, changed, decisionDetail, decisionRow, nowIso, setStatus } from './rows';
import { bodyOfDecision } from './voteState';

// No-objection calls (ALAC Rule 15.3, noObjection.ts): the text goes to the body's voting members for
// some days; adopted when nobody objects by the deadline (or all support), to a vote with objections.

type H = HandlersFor<typeof decisionsChannels>;

function runningCall(ctx: Ctx, decisionId: string): { call: Row; responses: Row[] } {
  const call = ctx.db.prepare('SELECT * FROM no_objection_calls WHERE decision_id = ? AND closed_at IS NULL AND deleted_at IS NULL').get(decisionId) as Row | undefined;
  if (!call) {
    const d = decisionRow(ctx, decisionId);
    throw new DomainError('decision_wrong_stage', 'No no-objection call is running', 'decisionId', { status: d.status as string });
  }
  const responses = ctx.db.prepare('SELECT * FROM no_objection_responses WHERE call_id = ? AND deleted_at IS NULL ORDER BY at, id').all(call.id) as Row[];
  return { call, responses };
}

function check<T>(r: Result<T>, field: string): T {
  if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.field ? field : undefined, r.error.params);
  return r.value;
}

export const noObjectionHandlers: Pick<H, 'noObjection.open' | 'noObjection.object' | 'noObjection.support' | 'noObjection.close'> = {
  'noObjection.open': ({ decisionId, days }, ctx) => {
    const d = decisionRow(ctx, decisionId);
    assertNotSettled(d);
    if (d.status !== 'open' && d.status !== 'recorded') throw new DomainError('decision_wrong_stage', `decision is ${d.status as string}`, 'decisionId', { status: d.status as string });
    const today = nowIso(ctx).slice(0, 10);
    const members = roleHolders(ctx, bodyOfDecision(ctx, d).id as string, today)
      .filter(isVoting)
      .map((h) => h.id);
    insert(ctx, 'no_objection_calls', { decision_id: decisionId, opened_at: nowIso(ctx), days: days ?? DEFAULT_NO_OBJECTION_DAYS, members: JSON.stringify(members) });
    changed(ctx, setStatus(ctx, d, 'no_objection'));
    return decisionDetail(ctx, decisionId);
  },

  'noObjection.object': ({ decisionId, memberId, text }, ctx) => {
    const { call, responses } = runningCall(ctx, decisionId);
    liveMember(ctx, memberId, 'memberId');
    const members = JSON.parse(call.members as string) as string[];
    check(recordObjection(callModel(call, responses), { by: memberId, at: nowIso(ctx), text: text ?? null }, members), 'memberId');
    insert(ctx, 'no_objection_responses', { call_id: call.id as string, member_id: memberId, kind: 'objection', text: text ?? null, at: nowIso(ctx) });
    changed(ctx, decisionRow(ctx, decisionId));
    return decisionDetail(ctx, decisionId);
  },

  'noObjection.support': ({ decisionId, memberId }, ctx) => {
    const { call, responses } = runningCall(ctx, decisionId);
    liveMember(ctx, memberId, 'memberId');
    const members = JSON.parse(call.members as string) as string[];
    const model = callModel(call, responses);
    const next = check(recordSupport(model, { by: memberId, at: nowIso(ctx) }, members), 'memberId');
    if (next !== model) insert(ctx, 'no_objection_responses', { call_id: call.id as string, member_id: memberId, kind: 'support', text: null, at: nowIso(ctx) });
    changed(ctx, decisionRow(ctx, decisionId));
    return decisionDetail(ctx, decisionId);
  },

  'noObjection.close': ({ decisionId }, ctx) => {
    const { call, responses } = runningCall(ctx, decisionId);
    const model = callModel(call, responses);
    const status = noObjectionStatus(model, nowIso(ctx), JSON.parse(call.members as string) as string[]);
    // An objection sends the question to a vote at once; without one, the call runs to its deadline.
    const outcome = model.objections.length > 0 ? 'to_vote' : status.state === 'adopted' ? 'adopted' : null;
    if (!outcome) throw new DomainError('objection_call_running', `The call runs until ${status.closesAt}`, 'decisionId', { closesAt: status.closesAt });
    update(ctx, 'no_objection_calls', call.id as string, { closed_at: nowIso(ctx), outcome });
    const d = decisionRow(ctx, decisionId);
    changed(ctx, setStatus(ctx, d, outcome, 'no_objection'));
    return decisionDetail(ctx, decisionId);
  },
};
