import { randomBytes } from 'node:crypto';
import { validateBallot, validateProxy } from '../../../shared/domain/decisions/ballots';
import type { decisionsChannels, VoteView } from '../../../shared/domain/decisions/contract';
import { extendVote } from '../../../shared/domain/decisions/extension';
import { tally, type AggregateBallot, type Ballot, type IndividualBallot, type TallyResult } from '../../../shared/domain/decisions/tally';
import { utcToLocal } from '../../../shared/domain/meetings/time';
import { DomainError, type AppError } from '../../../shared/errors';
import { archive, getRow, insert, update, type Ctx, type Row } from '../../db/repo';
import type { HandlersFor } from '../../dispatch';
import { liveMember } from '../live/rows';
import { baseElectors, bodyVoteRules, holdersOf } from './electorate';
import { assertNotSettled, changed, decisionRow, nowIso, setStatus } from './rows';
import { bodyOfDecision, currentResult, loadVote, parseRules, voteRow, voteView, visible, type LoadedVote } from './voteState';
import { exportCalculation } from './export';

// Fallback votes: prepared (draft: rules, proxies), opened (the electorate is fixed), ballots one by
// one or as counts, closed (the result is fixed, a draw seed stored when the rules call for one),
// extended once without quorum, annulled with a reason. Every refusal comes from the pure rules
// (ballots.ts, extension.ts) before anything is written; every write is journaled.

type H = HandlersFor<typeof decisionsChannels>;

const refuse = (e: AppError): never => {
  throw new DomainError(e.code, e.message, e.field, e.params);
};

function statusRefusal(status: string, field = 'voteId'): void {
  if (status === 'closed') throw new DomainError('vote_closed', 'This vote is closed', field);
  if (status === 'annulled') throw new DomainError('vote_annulled', 'This vote was annulled', field);
}

function view(ctx: Ctx, id: string): VoteView {
  return voteView(ctx, loadVote(ctx, voteRow(ctx, id)));
}

function touched(ctx: Ctx, v: Row): void {
  changed(ctx, decisionRow(ctx, v.decision_id as string));
}

/** No other vote of the question is being prepared or open. */
function assertNoVoteRunning(ctx: Ctx, decisionId: string): void {
  const running = ctx.db.prepare("SELECT 1 FROM votes WHERE decision_id = ? AND status IN ('draft', 'open') AND deleted_at IS NULL").get(decisionId);
  if (running) throw new DomainError('vote_in_progress', 'A vote on this question is already prepared or open', 'decisionId');
}

/** The date whose directory makes the electorate: the opening day in the meeting's zone. */
function electorateDate(ctx: Ctx, decision: Row, instant: string): string {
  const meeting = getRow(ctx, 'meetings', decision.meeting_id as string)!;
  return utcToLocal(instant, meeting.time_zone as string).slice(0, 10);
}

/** Where the decision stands after its vote closed. */
function settleDecision(ctx: Ctx, v: Row, result: TallyResult): void {
  const d = decisionRow(ctx, v.decision_id as string);
  const status = result.outcome === 'adopted' ? 'adopted' : result.outcome === 'rejected' ? 'rejected' : 'to_vote';
  setStatus(ctx, d, status, 'vote');
}

export const voteHandlers: Pick<
  H,
  | 'votes.create'
  | 'votes.update'
  | 'votes.open'
  | 'votes.get'
  | 'votes.proxy'
  | 'votes.removeProxy'
  | 'votes.cast'
  | 'votes.aggregate'
  | 'votes.close'
  | 'votes.secondBallot'
  | 'votes.extend'
  | 'votes.annul'
  | 'votes.result'
  | 'votes.exportCalculation'
> = {
  'votes.create': ({ decisionId, rules, opensAt, closesAt }, ctx) => {
    const d = decisionRow(ctx, decisionId);
    assertNotSettled(d);
    if (d.status === 'no_objection') throw new DomainError('decision_wrong_stage', 'A no-objection call is running', 'decisionId', { status: 'no_objection' });
    assertNoVoteRunning(ctx, decisionId);
    const body = bodyOfDecision(ctx, d);
    const opens = opensAt ? new Date(opensAt).toISOString() : nowIso(ctx);
    const closes = closesAt ? new Date(closesAt).toISOString() : null;
    if (closes !== null && closes <= opens) throw new DomainError('end_before_start', 'The vote closes before it opens', 'closesAt');
    const row = insert(ctx, 'votes', {
      decision_id: decisionId,
      round: 1,
      rules: JSON.stringify(rules ?? bodyVoteRules(body)),
      status: 'draft',
      electorate_date: electorateDate(ctx, d, opens),
      opens_at: opens,
      closes_at: closes,
    });
    if (d.status !== 'voting') setStatus(ctx, d, 'voting');
    touched(ctx, row);
    return view(ctx, row.id as string);
  },

  'votes.update': ({ voteId, rules, opensAt, closesAt }, ctx) => {
    const v = voteRow(ctx, voteId);
    statusRefusal(v.status as string);
    if (v.status !== 'draft') throw new DomainError('vote_not_draft', 'The rules of a vote are fixed once it opens', 'voteId');
    const d = decisionRow(ctx, v.decision_id as string);
    const opens = opensAt ? new Date(opensAt).toISOString() : (v.opens_at as string);
    const closes = closesAt === undefined ? ((v.closes_at as string | null) ?? null) : closesAt === null ? null : new Date(closesAt).toISOString();
    if (closes !== null && closes <= opens) throw new DomainError('end_before_start', 'The vote closes before it opens', 'closesAt');
    const before = parseRules(v.rules as string);
    const next = rules ?? before;
    update(ctx, 'votes', voteId, {
      ...(rules ? { rules: JSON.stringify(rules) } : {}),
      ...(opensAt ? { opens_at: opens, electorate_date: electorateDate(ctx, d, opens) } : {}),
      ...(closesAt !== undefined ? { closes_at: closes } : {}),
    });
    // Proxies that the new rules no longer allow are withdrawn (journaled), in the order notified:
    // all of them when proxies are off or the electors changed kind, those beyond the limit otherwise.
    const proxies = ctx.db.prepare('SELECT * FROM vote_proxies WHERE vote_id = ? AND deleted_at IS NULL ORDER BY notice_at, created_at, id').all(voteId) as Row[];
    const held = new Map<string, number>();
    for (const p of proxies) {
      const n = (held.get(p.holder_id as string) ?? 0) + 1;
      held.set(p.holder_id as string, n);
      if (!next.proxies.allowed || next.voters !== before.voters || n > next.proxies.maxHeld) archive(ctx, 'vote_proxies', p.id as string);
    }
    touched(ctx, v);
    return view(ctx, voteId);
  },

  'votes.open': ({ voteId }, ctx) => {
    const v = voteRow(ctx, voteId);
    statusRefusal(v.status as string);
    if (v.status === 'open') throw new DomainError('vote_not_draft', 'This vote is already open', 'voteId');
    const loaded = loadVote(ctx, v);
    // The electorate is fixed now, before recusals (laid over it when read: a late recusal still counts).
    const electors = baseElectors(ctx, loaded.body, loaded.rules.voters, v.electorate_date as string);
    update(ctx, 'votes', voteId, { status: 'open', opened_at: nowIso(ctx), electorate: JSON.stringify(electors) });
    touched(ctx, v);
    return view(ctx, voteId);
  },

  'votes.get': ({ voteId }, ctx) => view(ctx, voteId),

  'votes.proxy': ({ voteId, giverId, holderId, noticeAt }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    if (v.status === 'open') throw new DomainError('proxy_after_opening', 'A proxy is notified before the vote opens', 'giverId');
    const fields = { from: 'giverId', to: 'holderId' } as Record<string, string>;
    const e = validateProxy({ rules: v.rules, electorate: v.prepared, status: v.status }, { from: giverId, to: holderId });
    if (e) refuse({ ...e, ...(e.field ? { field: fields[e.field] ?? e.field } : {}) });
    insert(ctx, 'vote_proxies', { vote_id: voteId, giver_id: giverId, holder_id: holderId, notice_at: noticeAt ? new Date(noticeAt).toISOString() : nowIso(ctx) });
    touched(ctx, v.row);
    return view(ctx, voteId);
  },

  'votes.removeProxy': ({ voteId, proxyId }, ctx) => {
    const v = voteRow(ctx, voteId);
    statusRefusal(v.status as string);
    if (v.status !== 'draft') throw new DomainError('vote_not_draft', 'Proxies are fixed once the vote opens', 'voteId');
    const p = getRow(ctx, 'vote_proxies', proxyId);
    if (!p || p.deleted_at || p.vote_id !== voteId) throw new DomainError('not_found', 'No such proxy on this vote', 'proxyId');
    archive(ctx, 'vote_proxies', proxyId);
    touched(ctx, v);
    return view(ctx, voteId);
  },

  'votes.cast': ({ voteId, voterId, choice, castBy, how, enteredBy }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    if (enteredBy) liveMember(ctx, enteredBy, 'enteredBy');
    const ballot: IndividualBallot = {
      kind: 'individual',
      voterId,
      choice,
      castBy: castBy ?? null,
      ...(enteredBy ? { enteredBy } : {}),
      how: how ?? (enteredBy ? 'secretary' : 'voter'),
    };
    checkBallot(ctx, v, ballot);
    const row = insert(ctx, 'ballots', {
      vote_id: voteId,
      kind: 'individual',
      voter_id: voterId,
      cast_by: ballot.castBy === voterId ? null : (ballot.castBy ?? null),
      choice,
      entered_by: enteredBy ?? null,
      how: ballot.how!,
    });
    touched(ctx, v.row);
    return withBallot(ctx, v, row, ballot);
  },

  'votes.aggregate': ({ voteId, counts, country, enteredBy, how }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    liveMember(ctx, enteredBy, 'enteredBy');
    const ballot: AggregateBallot = { kind: 'aggregate', counts, country: country ?? null, enteredBy, how };
    checkBallot(ctx, v, ballot);
    const row = insert(ctx, 'ballots', { vote_id: voteId, kind: 'aggregate', counts: JSON.stringify(counts), country: country ?? null, entered_by: enteredBy, how });
    touched(ctx, v.row);
    return withBallot(ctx, v, row, ballot);
  },

  'votes.close': ({ voteId, castingVote }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    statusRefusal(v.status);
    if (v.status !== 'open') throw new DomainError('vote_not_open', 'This vote is not open', 'voteId');
    let options = v.options;
    let result = tally(v.rules, v.prepared, v.ballots, options);
    let seed: string | null = null;
    let casting: { by: string; byName: string; choice: string } | null = null;
    const pending = result.tie?.resolution.kind;
    if (castingVote && pending !== 'casting_vote_pending') throw new DomainError('no_tie', 'There is no tie for a casting vote to break', 'castingVote');
    if (pending === 'draw_pending') {
      // The rules call for a draw: its seed is drawn now and kept, so anyone can replay it.
      seed = randomBytes(16).toString('hex');
      options = { ...options, seed };
      result = tally(v.rules, v.prepared, v.ballots, options);
    } else if (pending === 'casting_vote_pending') {
      if (!castingVote) throw new DomainError('casting_vote_required', "The vote is tied: the chair's casting vote is needed", 'castingVote');
      const chair = liveMember(ctx, castingVote.by, 'castingVote.by');
      if (!holdersOf(ctx, v.body.id as string, 'chair', v.row.electorate_date as string).includes(castingVote.by)) {
        throw new DomainError('casting_vote_not_chair', 'Only the chair casts the deciding vote', 'castingVote.by');
      }
      if (!result.tie!.sides.includes(castingVote.choice)) {
        throw new DomainError('unknown_option', `${castingVote.choice} is not one of the tied choices`, 'castingVote.choice', { choice: castingVote.choice });
      }
      casting = { by: castingVote.by, byName: chair.name as string, choice: castingVote.choice };
      options = { ...options, castingVote: { by: casting.byName, choice: casting.choice } };
      result = tally(v.rules, v.prepared, v.ballots, options);
    }
    update(ctx, 'votes', voteId, {
      status: 'closed',
      closed_at: nowIso(ctx),
      result: JSON.stringify(result),
      ...(seed ? { seed } : {}),
      ...(casting ? { casting_vote: JSON.stringify(casting) } : {}),
    });
    settleDecision(ctx, v.row, result);
    touched(ctx, v.row);
    return view(ctx, voteId);
  },

  'votes.secondBallot': ({ voteId }, ctx) => {
    const prev = loadVote(ctx, voteRow(ctx, voteId));
    const result = prev.row.result ? (JSON.parse(prev.row.result as string) as TallyResult) : null;
    if (prev.status !== 'closed' || result?.tie?.resolution.kind !== 'second_ballot') throw new DomainError('no_tie', 'No tie calls for a second ballot', 'voteId');
    assertNoVoteRunning(ctx, prev.decision.id as string);
    const row = insert(ctx, 'votes', {
      decision_id: prev.decision.id as string,
      round: (prev.row.round as number) + 1,
      previous_vote_id: voteId,
      runoff: prev.rules.method.kind === 'choice' ? JSON.stringify(result.tie.sides) : null,
      rules: prev.row.rules as string,
      status: 'open',
      electorate_date: prev.row.electorate_date as string,
      opens_at: nowIso(ctx),
      opened_at: nowIso(ctx),
      electorate: prev.row.electorate as string,
    });
    // Same electorate, same proxies: the second ballot is the same vote again among the tied choices.
    for (const p of prev.proxyRows) insert(ctx, 'vote_proxies', { vote_id: row.id as string, giver_id: p.giver_id as string, holder_id: p.holder_id as string, notice_at: p.notice_at as string });
    setStatus(ctx, prev.decision, 'voting');
    touched(ctx, row);
    return view(ctx, row.id as string);
  },

  'votes.extend': ({ voteId }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    statusRefusal(v.status);
    if (v.status !== 'open') throw new DomainError('vote_not_open', 'This vote is not open', 'voteId');
    if (!v.row.closes_at) throw new DomainError('required', 'A vote without a closing time has no period to extend by', 'closesAt');
    const quorumMet = tally(v.rules, v.prepared, v.ballots, v.options).quorum.met;
    const r = extendVote({ opensAt: v.row.opens_at as string, closesAt: v.row.closes_at as string, extendedFrom: (v.row.extended_from as string | null) ?? null }, quorumMet);
    if (!r.ok) refuse({ ...r.error, field: 'voteId' });
    const period = r.ok ? r.value : null;
    update(ctx, 'votes', voteId, { closes_at: period!.closesAt, extended_from: period!.extendedFrom });
    touched(ctx, v.row);
    return view(ctx, voteId);
  },

  'votes.annul': ({ voteId, reason }, ctx) => {
    const v = voteRow(ctx, voteId);
    if (v.status === 'annulled') throw new DomainError('vote_annulled', 'This vote was already annulled', 'voteId');
    const wasClosed = v.status === 'closed';
    update(ctx, 'votes', voteId, { status: 'annulled', annulled_at: nowIso(ctx), annul_reason: reason });
    // The question goes back to needing a vote (what this vote decided no longer stands).
    const d = decisionRow(ctx, v.decision_id as string);
    if (!wasClosed || d.route === 'vote' || d.status === 'voting') setStatus(ctx, d, 'to_vote');
    touched(ctx, v);
    return view(ctx, voteId);
  },

  'votes.result': ({ voteId }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    return visible(v) ? currentResult(v) : null;
  },

  'votes.exportCalculation': ({ voteId, lang }, ctx) => {
    const v = loadVote(ctx, voteRow(ctx, voteId));
    if (!visible(v)) throw new DomainError('result_hidden', 'A secret ballot shows its result once closed', 'voteId');
    return exportCalculation(v, currentResult(v), lang);
  },
};

/**
 * The answer to a ballot: the vote as just read plus the new ballot (a ballot changes nothing else of
 * the vote), so the electorate is not read and prepared a second time on the hot path.
 */
function withBallot(ctx: Ctx, v: LoadedVote, row: Row, ballot: Ballot): VoteView {
  return voteView(ctx, { ...v, ballotRows: [...v.ballotRows, row], ballots: [...v.ballots, ballot] });
}

/** The pure refusals (ballots.ts), with the vote's period on top: nothing is recorded after it closes. */
function checkBallot(ctx: Ctx, v: LoadedVote, ballot: Ballot): void {
  if (v.status === 'open' && v.row.closes_at && nowIso(ctx) > (v.row.closes_at as string)) throw new DomainError('vote_closed', 'The voting period is over', 'voteId');
  const e = validateBallot({ rules: v.rules, electorate: v.prepared, ballots: v.ballots, status: v.status, ...(v.options.runoff ? { runoff: v.options.runoff } : {}) }, ballot);
  if (e) refuse(e);
}
