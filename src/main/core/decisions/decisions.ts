import type { decisionsChannels } from '../../../shared/domain/decisions/contract';
import { DomainError } from '../../../shared/errors';
import { insert, requireRow, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { itemOrCurrent, liveMember } from '../live/rows';
import { liveMeeting } from '../meetings/handlers';
import { bodyParticipationRule, bodyVoteRules, recusedElectorIds } from './electorate';
import { assertNotSettled, changed, decisionDetail, decisionRow, listDecisions } from './rows';
import { loadVote, parseRules } from './voteState';

// Proposals, their text, recusals and the body's settings.

type H = HandlersFor<typeof decisionsChannels>;

function liveAls(ctx: Ctx, id: string, field: string): Row {
  const row = requireRow(ctx, 'als', id, field);
  return row;
}

export const decisionHandlers: Pick<H, 'decisions.list' | 'decisions.get' | 'decisions.propose' | 'decisions.update' | 'decisions.recuse' | 'decisions.settings' | 'decisions.saveSettings'> = {
  'decisions.list': (input, ctx) => listDecisions(ctx, input),

  'decisions.get': ({ id }, ctx) => decisionDetail(ctx, id),

  'decisions.propose': ({ meetingId, itemId, text, proposerId }, ctx) => {
    liveMeeting(ctx, meetingId, 'meetingId');
    const item = itemOrCurrent(ctx, meetingId, itemId);
    if (proposerId) liveMember(ctx, proposerId, 'proposerId');
    const row = insert(ctx, 'decisions', { meeting_id: meetingId, item_id: item.id as string, text, proposer_id: proposerId ?? null, status: 'open' });
    changed(ctx, row, true);
    return decisionDetail(ctx, row.id as string);
  },

  'decisions.update': ({ id, text, proposerId }, ctx) => {
    const d = decisionRow(ctx, id, 'id');
    assertNotSettled(d, 'id');
    if (proposerId) liveMember(ctx, proposerId, 'proposerId');
    const row = update(ctx, 'decisions', id, { text, proposer_id: proposerId });
    changed(ctx, row, true);
    return decisionDetail(ctx, id);
  },

  'decisions.recuse': ({ decisionId, memberId, alsId, reason }, ctx) => {
    const d = decisionRow(ctx, decisionId);
    assertNotSettled(d);
    const field = memberId ? 'memberId' : 'alsId';
    const subject = memberId ? liveMember(ctx, memberId, field) : liveAls(ctx, alsId!, field);
    const dup = ctx.db
      .prepare('SELECT 1 FROM recusals WHERE decision_id = ? AND deleted_at IS NULL AND (member_id = ? OR als_id = ?)')
      .get(decisionId, memberId ?? null, alsId ?? null);
    if (dup) throw new DomainError('already_recused', `${subject.name as string} is already recused`, field, { name: subject.name as string });
    // Whoever already voted on an open vote of the question cannot be taken out of it afterwards.
    const open = ctx.db.prepare("SELECT * FROM votes WHERE decision_id = ? AND status = 'open' AND deleted_at IS NULL").all(decisionId) as Row[];
    for (const v of open) {
      const rules = parseRules(v.rules as string);
      const [elector] = recusedElectorIds(ctx, rules.voters, [{ member_id: memberId ?? null, als_id: alsId ?? null, reason, created_at: '' }]).keys();
      if (!elector) continue;
      const loaded = loadVote(ctx, v);
      if (loaded.ballotRows.some((b) => b.voter_id === elector)) {
        throw new DomainError('already_voted', `${subject.name as string} has already voted`, field, { voter: subject.name as string });
      }
    }
    insert(ctx, 'recusals', { decision_id: decisionId, member_id: memberId ?? null, als_id: alsId ?? null, reason });
    changed(ctx, d);
    return decisionDetail(ctx, decisionId);
  },

  'decisions.settings': ({ bodyId }, ctx) => {
    const body = requireRow(ctx, 'bodies', bodyId, 'bodyId');
    return { bodyId, voteRules: bodyVoteRules(body), participationRule: bodyParticipationRule(body) };
  },

  'decisions.saveSettings': ({ bodyId, voteRules, participationRule }, ctx) => {
    requireRow(ctx, 'bodies', bodyId, 'bodyId');
    const body = update(ctx, 'bodies', bodyId, {
      ...(voteRules ? { vote_rules: JSON.stringify(voteRules) } : {}),
      ...(participationRule ? { participation_rule: JSON.stringify(participationRule) } : {}),
    });
    return { bodyId, voteRules: bodyVoteRules(body), participationRule: bodyParticipationRule(body) };
  },
};
