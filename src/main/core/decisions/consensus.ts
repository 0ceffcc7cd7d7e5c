import type { decisionsChannels } from '../../../shared/domain/decisions/contract';
import { isConsensus, reduceConsensus, type ConsensusEvent } from '../../../shared/domain/decisions/consensus';
import { DomainError } from '../../../shared/errors';
import { insert, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { liveMember } from '../live/rows';
import { changed, consensusOf, decisionDetail, decisionRow, nowIso, setStatus } from './rows';

// The consensus process (consensus.ts reducer): each step is an event, checked by replaying the stored
// ones and reducing the new one, then stored. Accepting a designation settles the question: full
// consensus or consensus adopt it; strong support with significant opposition or divergence send it to
// a vote. A challenge decided with a revision after acceptance moves it again.

type H = HandlersFor<typeof decisionsChannels>;

/** Consensus steps are taken while no call or vote is running and no vote or call decided the question. */
function consensusStage(ctx: Ctx, decisionId: string): Row {
  const d = decisionRow(ctx, decisionId);
  const status = d.status as string;
  if (status === 'no_objection' || status === 'voting') throw new DomainError('decision_wrong_stage', `decision is ${status}`, 'decisionId', { status });
  if ((status === 'adopted' || status === 'rejected') && d.route !== 'consensus') {
    throw new DomainError('decision_settled', `decision is ${status}`, 'decisionId', { status });
  }
  return d;
}

/** The member acting (the chair, the challenger…), or the app's actor when none is named. */
function actor(ctx: Ctx, by: string | undefined, field = 'by'): string {
  if (by) liveMember(ctx, by, field);
  return by ?? ctx.actor;
}

function apply(ctx: Ctx, decisionId: string, event: ConsensusEvent, fields: Partial<Record<string, string>> = {}) {
  const d = consensusStage(ctx, decisionId);
  const before = consensusOf(ctx, decisionId);
  const r = reduceConsensus(before, event);
  if (!r.ok) {
    const field = r.error.field ? (fields[r.error.field] ?? r.error.field) : undefined;
    throw new DomainError(r.error.code, r.error.message, field, r.error.params);
  }
  insert(ctx, 'consensus_events', { decision_id: decisionId, type: event.type, event: JSON.stringify(event) });
  const after = r.value;
  let row = d;
  if (after.accepted && (event.type === 'accept' || event.type === 'decide_challenge')) {
    const adopted = isConsensus(after.designation);
    const target = adopted ? 'adopted' : 'to_vote';
    if (d.status !== target) row = setStatus(ctx, d, target, 'consensus');
  } else if (d.status === 'recorded') row = setStatus(ctx, d, 'open');
  changed(ctx, row);
  return decisionDetail(ctx, decisionId);
}

export const consensusHandlers: Pick<
  H,
  'consensus.estimate' | 'consensus.revise' | 'consensus.accept' | 'consensus.challenge' | 'consensus.resolveChallenge' | 'minority.add'
> = {
  'consensus.estimate': ({ decisionId, designation, by }, ctx) => apply(ctx, decisionId, { type: 'estimate', at: nowIso(ctx), by: actor(ctx, by), designation }),

  'consensus.revise': ({ decisionId, designation, changed: changes, date, by }, ctx) =>
    apply(ctx, decisionId, { type: 'revise', at: date ? new Date(date).toISOString() : nowIso(ctx), by: actor(ctx, by), designation, changes }, { changes: 'changed' }),

  'consensus.accept': ({ decisionId, by }, ctx) => apply(ctx, decisionId, { type: 'accept', at: nowIso(ctx), by: actor(ctx, by) }),

  'consensus.challenge': ({ decisionId, to, text, by }, ctx) =>
    apply(ctx, decisionId, { type: 'challenge', at: nowIso(ctx), by: actor(ctx, by), to, reason: text }, { reason: 'text' }),

  'consensus.resolveChallenge': ({ decisionId, outcome, designation, note, by }, ctx) =>
    apply(ctx, decisionId, {
      type: 'decide_challenge',
      at: nowIso(ctx),
      by: actor(ctx, by),
      outcome,
      ...(designation ? { designation } : {}),
      ...(note ? { note } : {}),
    }),

  'minority.add': ({ decisionId, holderIds, text }, ctx) => {
    const d = decisionRow(ctx, decisionId);
    holderIds.forEach((h, i) => liveMember(ctx, h, `holderIds.${i}`));
    const before = consensusOf(ctx, decisionId);
    const event: ConsensusEvent = { type: 'minority_view', at: nowIso(ctx), id: ctx.newId(), text, holders: holderIds };
    const r = reduceConsensus(before, event);
    if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.field, r.error.params);
    // A minority view may be added whatever route settled the question: it is part of the record.
    insert(ctx, 'consensus_events', { decision_id: decisionId, type: event.type, event: JSON.stringify(event) });
    changed(ctx, d);
    return decisionDetail(ctx, decisionId);
  },
};
