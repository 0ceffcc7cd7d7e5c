import type { BallotView, ElectorView, ProxyView, VoteView } from '../../../shared/domain/decisions/contract';
import type { VoteStatus } from '../../../shared/domain/decisions/ballots';
import { prepareElectorate, type Elector, type PreparedElectorate } from '../../../shared/domain/decisions/electorate';
import { resultVisible, voteRules, type VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type Ballot, type EntryMethod, type TallyOptions, type TallyResult } from '../../../shared/domain/decisions/tally';
import { DomainError } from '../../../shared/errors';
import { getRow, type Ctx, type Row } from '../../db/repo';
import { baseElectors, recusalsOf, recusedElectorIds, withRecusals, type StoredElector } from './electorate';

// A vote as the rules see it, read from its rows: the rules, the electorate (fixed at opening, built
// from the directory while a draft), the recusals laid over it, the proxies in the order notified, the
// ballots, and the tally options (round, run-off, seed, casting vote, quorum waived after an extension).
// The view, the refusals and the result all start from this one reading.

const meta = (r: Row) => ({
  id: r.id as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export interface LoadedVote {
  row: Row;
  decision: Row;
  body: Row;
  rules: VoteRules;
  status: VoteStatus;
  electors: (Elector & { label: string; note: string | null })[];
  proxyRows: Row[];
  ballotRows: Row[];
  prepared: PreparedElectorate;
  ballots: Ballot[];
  options: TallyOptions;
}

// Rules parsed once per stored JSON text (a draft's new rules are a new text: votes.update).
const rulesCache = new Map<string, VoteRules>();
export function parseRules(json: string): VoteRules {
  let r = rulesCache.get(json);
  if (!r) {
    r = voteRules.parse(JSON.parse(json));
    if (rulesCache.size > 200) rulesCache.clear();
    rulesCache.set(json, r);
  }
  return r;
}

// Electorate snapshots parsed once per vote and update (the JSON of 300 ALSs is the costly part).
const electorCache = new Map<string, { text: string; electors: StoredElector[] }>();
function storedElectors(row: Row): StoredElector[] {
  const text = row.electorate as string;
  const hit = electorCache.get(row.id as string);
  if (hit && hit.text === text) return hit.electors;
  const electors = JSON.parse(text) as StoredElector[];
  if (electorCache.size > 200) electorCache.clear();
  electorCache.set(row.id as string, { text, electors });
  return electors;
}

export function voteRow(ctx: Ctx, id: string, field = 'voteId'): Row {
  const row = getRow(ctx, 'votes', id);
  if (!row || row.deleted_at) throw new DomainError('not_found', `vote ${id} not found`, field);
  return row;
}

/** The decision's meeting's body. */
export function bodyOfDecision(ctx: Ctx, decision: Row): Row {
  return ctx.db.prepare('SELECT b.* FROM bodies b JOIN meetings m ON m.body_id = b.id WHERE m.id = ?').get(decision.meeting_id) as Row;
}

export function loadVote(ctx: Ctx, row: Row): LoadedVote {
  const decision = getRow(ctx, 'decisions', row.decision_id as string)!;
  const body = bodyOfDecision(ctx, decision);
  const rules = parseRules(row.rules as string);
  const status = row.status as VoteStatus;
  const base = row.electorate ? storedElectors(row) : baseElectors(ctx, body, rules.voters, row.electorate_date as string);
  const until = status === 'closed' || status === 'annulled' ? ((row.closed_at ?? row.annulled_at) as string | null) : null;
  const electors = withRecusals(base, recusedElectorIds(ctx, rules.voters, recusalsOf(ctx, decision.id as string, until)));
  const proxyRows = ctx.db.prepare('SELECT * FROM vote_proxies WHERE vote_id = ? AND deleted_at IS NULL ORDER BY notice_at, created_at, id').all(row.id) as Row[];
  const ballotRows = ctx.db.prepare('SELECT * FROM ballots WHERE vote_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(row.id) as Row[];
  const prepared = prepareElectorate(rules, { electors, proxies: proxyRows.map((p) => ({ from: p.giver_id as string, to: p.holder_id as string })) });
  const ballots: Ballot[] = ballotRows.map(toBallot);
  const casting = row.casting_vote ? (JSON.parse(row.casting_vote as string) as { by: string; byName: string; choice: string }) : null;
  const options: TallyOptions = {
    round: row.round as number,
    ...(row.runoff ? { runoff: JSON.parse(row.runoff as string) as string[] } : {}),
    ...(row.seed ? { seed: row.seed as string } : {}),
    ...(casting ? { castingVote: { by: casting.byName, choice: casting.choice } } : {}),
    ...(row.extended_from ? { quorumWaived: true } : {}),
  };
  return { row, decision, body, rules, status, electors, proxyRows, ballotRows, prepared, ballots, options };
}

export function toBallot(b: Row): Ballot {
  return b.kind === 'individual'
    ? {
        kind: 'individual',
        voterId: b.voter_id as string,
        choice: b.choice as string,
        castBy: (b.cast_by as string | null) ?? null,
        ...(b.entered_by ? { enteredBy: b.entered_by as string } : {}),
        how: b.how as EntryMethod,
      }
    : {
        kind: 'aggregate',
        counts: JSON.parse(b.counts as string) as Record<string, number>,
        country: (b.country as string | null) ?? null,
        enteredBy: (b.entered_by as string | null) ?? '',
        how: b.how as EntryMethod,
      };
}

/** The tally now: the stored result of a closed vote, else computed from the ballots. */
export function currentResult(v: LoadedVote): TallyResult {
  if (v.row.result) return JSON.parse(v.row.result as string) as TallyResult;
  return tally(v.rules, v.prepared, v.ballots, v.options);
}

/** May the result be shown now? (a secret vote: once closed; an annulled one keeps what it showed). */
export const visible = (v: LoadedVote) => resultVisible(v.rules, v.status) || (v.status === 'annulled' && v.row.result !== null && v.row.result !== undefined);

export function voteView(ctx: Ctx, v: LoadedVote): VoteView {
  const { row, rules, electors } = v;
  const show = visible(v);
  const secretOpen = rules.ballot === 'secret' && !show;
  const label = new Map(electors.map((e) => [e.id, e.label]));
  const name = (id: string) => label.get(id) ?? id;
  const voted = new Set<string>();
  let aggregate = 0;
  for (const b of v.ballotRows) {
    if (b.kind === 'individual') voted.add(b.voter_id as string);
    else aggregate += Object.values(JSON.parse(b.counts as string) as Record<string, number>).reduce((s, n) => s + n, 0);
  }
  const holderOf = new Map(v.proxyRows.map((p) => [p.giver_id as string, p.holder_id as string]));
  const electorViews: ElectorView[] = electors.map((e) => ({
    id: e.id,
    label: e.label,
    country: e.country ?? null,
    status: e.status,
    note: e.note,
    voted: voted.has(e.id),
    proxyHolderId: holderOf.get(e.id) ?? null,
  }));
  const proxies: ProxyView[] = v.proxyRows.map((p) => ({
    ...meta(p),
    voteId: row.id as string,
    giverId: p.giver_id as string,
    giverName: name(p.giver_id as string),
    holderId: p.holder_id as string,
    holderName: name(p.holder_id as string),
    noticeAt: p.notice_at as string,
  }));
  const ballots: BallotView[] = v.ballotRows.map((b) => {
    return {
      ...meta(b),
      voteId: row.id as string,
      kind: b.kind as BallotView['kind'],
      voterId: (b.voter_id as string | null) ?? null,
      voterName: b.voter_id ? name(b.voter_id as string) : null,
      castBy: (b.cast_by as string | null) ?? null,
      choice: secretOpen ? null : ((b.choice as string | null) ?? null),
      counts: secretOpen || !b.counts ? null : (JSON.parse(b.counts as string) as Record<string, number>),
      country: (b.country as string | null) ?? null,
      enteredBy: (b.entered_by as string | null) ?? null,
      how: b.how as EntryMethod,
    };
  });
  const casting = row.casting_vote ? (JSON.parse(row.casting_vote as string) as VoteView['castingVote']) : null;
  return {
    ...meta(row),
    decisionId: row.decision_id as string,
    round: row.round as number,
    previousVoteId: (row.previous_vote_id as string | null) ?? null,
    runoff: row.runoff ? (JSON.parse(row.runoff as string) as string[]) : null,
    rules,
    status: v.status,
    electorateDate: row.electorate_date as string,
    opensAt: row.opens_at as string,
    closesAt: (row.closes_at as string | null) ?? null,
    extendedFrom: (row.extended_from as string | null) ?? null,
    openedAt: (row.opened_at as string | null) ?? null,
    closedAt: (row.closed_at as string | null) ?? null,
    seed: (row.seed as string | null) ?? null,
    castingVote: casting,
    annulledAt: (row.annulled_at as string | null) ?? null,
    annulReason: (row.annul_reason as string | null) ?? null,
    electors: electorViews,
    proxies,
    ballots,
    participants: voted.size + aggregate,
    result: show ? currentResult(v) : null,
  };
}
