import { z } from 'zod';
import type { AppError, ErrorCode } from '../../errors';
import { isPrepared, labelOf, proxyRefusal, type Electorate, type Elector, type PreparedElectorate, type Proxy } from './electorate';
import { ABSTAIN, choicesOf, type VoteRules } from './rules';
import { ENTRY_METHODS, type AggregateBallot, type Ballot, type IndividualBallot } from './tally';

// The refusals the database raises before it records a ballot or a proxy: each names the rule it
// enforces (an error code translated under errors:<code>), and nothing is written. The tally applies
// the same rules to whatever it is given, so a refused ballot could never have counted anyway.

export const VOTE_STATUSES = ['draft', 'open', 'closed', 'annulled'] as const;
/** draft: being prepared (proxies are notified now); open: ballots accepted; closed: final; annulled. */
export type VoteStatus = (typeof VOTE_STATUSES)[number];

const idText = z.string().trim().min(1).max(100);

export const individualBallot = z.strictObject({
  kind: z.literal('individual'),
  voterId: idText,
  choice: idText,
  castBy: idText.nullable().optional(),
  enteredBy: idText.optional(),
  how: z.enum(ENTRY_METHODS).optional(),
});

export const aggregateBallot = z.strictObject({
  kind: z.literal('aggregate'),
  counts: z.record(idText, z.int().min(0).max(1_000_000)),
  country: z.string().trim().length(2).toUpperCase().nullable().optional(),
  enteredBy: idText,
  how: z.enum(ENTRY_METHODS),
});

export const ballotSchema = z.discriminatedUnion('kind', [individualBallot, aggregateBallot]);

export const proxySchema = z.strictObject({ from: idText, to: idText });

export interface BallotContext {
  rules: VoteRules;
  electorate: Electorate | PreparedElectorate;
  /** Ballots already recorded on this vote (this round). */
  ballots: readonly Ballot[];
  status: VoteStatus;
  /** On a second ballot of a choice vote: the options still in the running. */
  runoff?: readonly string[];
}

const refusal = (code: ErrorCode, message: string, field?: string, params?: AppError['params']): AppError => ({
  code,
  message,
  ...(field ? { field } : {}),
  ...(params ? { params } : {}),
});

function lookupIn(electorate: Electorate | PreparedElectorate): (id: string) => Elector | undefined {
  if (isPrepared(electorate)) {
    return (id) => {
      const i = electorate.index.get(id);
      return i === undefined ? undefined : electorate.electors[i];
    };
  }
  const map = new Map<string, Elector>();
  for (const e of electorate.electors) if (!map.has(e.id)) map.set(e.id, e);
  return (id) => map.get(id);
}

const statusRefusal = (status: VoteStatus): AppError | null =>
  status === 'open'
    ? null
    : status === 'draft'
      ? refusal('vote_not_open', 'Voting has not opened yet')
      : status === 'closed'
        ? refusal('vote_closed', 'The vote is closed; it can only be annulled with a reason')
        : refusal('vote_annulled', 'The vote was annulled');

const standingRefusal = (e: Elector | undefined, id: string, field: string): AppError | null => {
  const voter = labelOf(e, id);
  if (!e) return refusal('voter_not_eligible', `${voter} is not on the roll of this vote`, field, { voter });
  if (e.status === 'recused') return refusal('voter_recused', `${voter} is recused from this vote`, field, { voter });
  if (e.status === 'inactive') return refusal('voter_inactive', `${voter} is inactive and has lost the vote`, field, { voter });
  if (e.status !== 'eligible') return refusal('voter_not_eligible', `${voter} may not vote on this question`, field, { voter });
  return null;
};

/** The proxies that stand, in notification order (the later ones beyond a limit are left out). */
function standingProxies(rules: VoteRules, electorate: Electorate | PreparedElectorate, lookup: (id: string) => Elector | undefined) {
  const holderOf = new Map<string, string>();
  const held = new Map<string, number>();
  if (isPrepared(electorate) && electorate.rules === rules) {
    for (const [from, to] of electorate.holderOf) {
      holderOf.set(from, to);
      held.set(to, (held.get(to) ?? 0) + 1);
    }
    return { holderOf, held };
  }
  for (const p of electorate.proxies ?? []) {
    if (proxyRefusal(rules, lookup, { holderOf, held }, p)) continue;
    holderOf.set(p.from, p.to);
    held.set(p.to, (held.get(p.to) ?? 0) + 1);
  }
  return { holderOf, held };
}

/** Why this ballot may not be recorded (null: it may). */
export function validateBallot(ctx: BallotContext, ballot: Ballot): AppError | null {
  const closed = statusRefusal(ctx.status);
  if (closed) return closed;
  const allowed = new Set(choicesOf(ctx.rules));
  if (ctx.runoff && ctx.runoff.length > 0 && ctx.rules.method.kind === 'choice') {
    const keep = new Set(ctx.runoff);
    for (const c of [...allowed]) if (c !== ABSTAIN && !keep.has(c)) allowed.delete(c);
  }
  return ballot.kind === 'aggregate' ? validateAggregate(ctx, ballot, allowed) : validateIndividual(ctx, ballot, allowed);
}

function validateIndividual(ctx: BallotContext, b: IndividualBallot, allowed: ReadonlySet<string>): AppError | null {
  const lookup = lookupIn(ctx.electorate);
  const voterEl = lookup(b.voterId);
  const voter = labelOf(voterEl, b.voterId);
  const standing = standingRefusal(voterEl, b.voterId, 'voterId');
  if (standing) return standing;
  const byProxy = b.castBy != null && b.castBy !== b.voterId;
  const { holderOf } = standingProxies(ctx.rules, ctx.electorate, lookup);
  const holderId = holderOf.get(b.voterId);
  if (byProxy) {
    const holder = labelOf(lookup(b.castBy!), b.castBy!);
    if (!ctx.rules.proxies.allowed) return refusal('proxy_not_allowed', 'These rules allow no proxies', 'castBy');
    const holderStanding = standingRefusal(lookup(b.castBy!), b.castBy!, 'castBy');
    if (holderStanding) return holderStanding;
    if (holderId !== b.castBy) return refusal('proxy_missing', `${holder} holds no proxy from ${voter}`, 'castBy', { holder, voter });
  } else if (holderId !== undefined) {
    const holder = labelOf(lookup(holderId), holderId);
    return refusal('proxy_given', `${voter} gave a proxy to ${holder}`, 'voterId', { holder, voter });
  }
  if (!allowed.has(b.choice)) return refusal('unknown_option', `${b.choice} is not a choice of this ballot`, 'choice', { choice: b.choice });
  if (ctx.ballots.some((x) => x.kind === 'individual' && x.voterId === b.voterId)) {
    return refusal('already_voted', `${voter} has already voted`, 'voterId', { voter });
  }
  return null;
}

function validateAggregate(ctx: BallotContext, b: AggregateBallot, allowed: ReadonlySet<string>): AppError | null {
  let total = 0;
  for (const [k, v] of Object.entries(b.counts)) {
    if (!allowed.has(k)) return refusal('unknown_option', `${k} is not a choice of this ballot`, `counts.${k}`, { choice: k });
    if (!Number.isSafeInteger(v) || v < 0) return refusal('invalid_input', 'A count is a whole number', `counts.${k}`);
    total += v;
  }
  if (total === 0) return refusal('aggregate_empty', 'The count has no votes', 'counts');
  if (ctx.rules.weighting.kind === 'country_cap' && !b.country) {
    return refusal('aggregate_without_country', 'Under the country cap a count must say which country it comes from', 'country');
  }
  // All the votes recorded so far and these may not outnumber those eligible.
  const electors = isPrepared(ctx.electorate) ? ctx.electorate.electors : ctx.electorate.electors;
  const eligible = new Set(electors.filter((e) => e.status === 'eligible').map((e) => e.id)).size;
  const voters = new Set<string>();
  let counted = 0;
  for (const x of ctx.ballots) {
    if (x.kind === 'individual') voters.add(x.voterId);
    else counted += Object.values(x.counts).reduce((s, v) => s + v, 0);
  }
  const after = voters.size + counted + total;
  if (after > eligible) {
    return refusal('aggregate_exceeds_electorate', `${after} votes for ${eligible} eligible voters`, 'counts', { total: after, eligible });
  }
  return null;
}

export interface ProxyContext {
  rules: VoteRules;
  electorate: Electorate | PreparedElectorate;
  status: VoteStatus;
}

/** Why this proxy may not be recorded (null: it may). Proxies are notified before the vote opens. */
export function validateProxy(ctx: ProxyContext, proxy: Proxy): AppError | null {
  if (ctx.status !== 'draft') {
    const closed = ctx.status === 'open' ? null : statusRefusal(ctx.status);
    return closed ?? refusal('proxy_after_opening', 'A proxy is notified before the vote opens', 'from');
  }
  const lookup = lookupIn(ctx.electorate);
  const accepted = standingProxies(ctx.rules, ctx.electorate, lookup);
  const r = proxyRefusal(ctx.rules, lookup, accepted, proxy);
  if (!r) return null;
  const voter = labelOf(lookup(proxy.from), proxy.from);
  const holder = labelOf(lookup(proxy.to), proxy.to);
  const who = r.field === 'from' ? voter : holder;
  const messages: Partial<Record<ErrorCode, string>> = {
    proxy_not_allowed: 'These rules allow no proxies',
    proxy_self: 'A voter cannot hold its own proxy',
    proxy_already_given: `${voter} has already given a proxy`,
    proxy_chain: 'A proxy holder cannot pass on its own vote, and one who gave its vote cannot hold another',
    proxy_limit: `${holder} already holds ${ctx.rules.proxies.maxHeld} proxies`,
  };
  return refusal(r.code, messages[r.code] ?? `${who} may not vote on this question`, r.field, {
    voter: who,
    holder,
    max: ctx.rules.proxies.maxHeld,
  });
}
