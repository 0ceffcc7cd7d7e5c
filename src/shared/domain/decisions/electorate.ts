import type { ErrorCode } from '../../errors';
import { rat, toDecimal, toFraction, type Rational } from './rational';
import { ONE_OVER_COUNTRIES, ratioValue, type VoteRules } from './rules';
import { step, type TallyStep } from './steps';
import { capCountries, type CapResult } from './weighting';

// Who may vote on one question, as the tally sees it: every member (or ALS) of the body with their
// standing on the day of the vote, and the proxies notified before it opened. The database builds it
// (participation rule, recusals, accreditation); the rules below only read it.

/**
 * `eligible`: may vote and counts for the quorum. `recused`: a conflict of interest on this question:
 * listed, may not vote, left out of the quorum. `inactive`: lost the vote for lack of participation
 * (LACRALO), left out of the quorum. `ineligible`: any other reason (not accredited, observer).
 */
export type ElectorStatus = 'eligible' | 'recused' | 'inactive' | 'ineligible';

export interface Elector {
  /** Member id (rules.voters = members) or ALS id (rules.voters = als). */
  id: string;
  /** The name shown in the explanation (the id when absent). */
  label?: string;
  /** ISO country of the ALS (or member): needed by the country cap. */
  country?: string | null;
  status: ElectorStatus;
}

/** `from` votes through `to`, notified before the vote opened. */
export interface Proxy {
  from: string;
  to: string;
}

export interface Electorate {
  electors: readonly Elector[];
  /** In the order they were notified: when a holder is offered too many, the first ones stand. */
  proxies?: readonly Proxy[];
}

const STATUS_CODES: Record<ElectorStatus, number> = { eligible: 0, recused: 1, inactive: 2, ineligible: 3 };

const PREPARED: unique symbol = Symbol('preparedElectorate');

/** An electorate indexed once for these rules, so that re-tallying after each ballot is cheap. */
export interface PreparedElectorate {
  readonly [PREPARED]: true;
  readonly rules: VoteRules;
  readonly electors: readonly Elector[];
  readonly proxies: readonly Proxy[];
  readonly index: ReadonlyMap<string, number>;
  /** Distinct country keys of the electorate, sorted ('' for none). */
  readonly countries: readonly string[];
  /** Index into `countries` per elector. */
  readonly countryOf: Int32Array;
  readonly eligible: number;
  readonly recused: readonly string[];
  readonly inactive: readonly string[];
  readonly ineligible: number;
  /** Per elector: 0 eligible, 1 recused, 2 inactive, 3 ineligible (a repeated id: 3). */
  readonly statusCode: Uint8Array;
  /** principal -> holder, for the proxies that stand. */
  readonly holderOf: ReadonlyMap<string, string>;
  /** Per elector: the index of the holder of its proxy, or -1. */
  readonly holderIndex: Int32Array;
  readonly droppedProxies: readonly { from: string; to: string; reason: ErrorCode }[];
  /** Countries of the whole membership (every elector listed, whatever their status). */
  readonly membershipCountries: number;
  /** The cap's maximum share (null without the cap). */
  readonly maxShare: Rational | null;
  /** The eligible roll under the cap (null without it): the base of "majority of those eligible". */
  readonly eligibleCap: CapResult | null;
  readonly eligibleWeight: Rational;
  /** Steps that depend only on the electorate and the rules. */
  readonly steps: readonly TallyStep[];
}

export const isPrepared = (e: Electorate | PreparedElectorate): e is PreparedElectorate => (e as PreparedElectorate)[PREPARED] === true;

export const labelOf = (e: Elector | undefined, id: string) => e?.label ?? id;

/** Why `proxy` cannot stand, given the proxies already accepted (null: it stands). */
export function proxyRefusal(
  rules: Pick<VoteRules, 'proxies'>,
  lookup: (id: string) => Elector | undefined,
  accepted: { holderOf: ReadonlyMap<string, string>; held: ReadonlyMap<string, number> },
  proxy: Proxy,
): { code: ErrorCode; field: 'from' | 'to' } | null {
  if (!rules.proxies.allowed) return { code: 'proxy_not_allowed', field: 'from' };
  if (proxy.from === proxy.to) return { code: 'proxy_self', field: 'to' };
  const from = lookup(proxy.from);
  const to = lookup(proxy.to);
  for (const [e, field] of [
    [from, 'from'],
    [to, 'to'],
  ] as const) {
    if (!e) return { code: 'voter_not_eligible', field };
    if (e.status === 'recused') return { code: 'voter_recused', field };
    if (e.status === 'inactive') return { code: 'voter_inactive', field };
    if (e.status !== 'eligible') return { code: 'voter_not_eligible', field };
  }
  if (accepted.holderOf.has(proxy.from)) return { code: 'proxy_already_given', field: 'from' };
  // No chains: a holder does not pass on its own vote, and one who gave its vote away holds none.
  if (accepted.holderOf.has(proxy.to) || (accepted.held.get(proxy.from) ?? 0) > 0) return { code: 'proxy_chain', field: 'to' };
  if ((accepted.held.get(proxy.to) ?? 0) >= rules.proxies.maxHeld) return { code: 'proxy_limit', field: 'to' };
  return null;
}

/** Indexes the electorate for `rules`: ids, countries, standing proxies, the eligible roll under the cap. */
export function prepareElectorate(rules: VoteRules, electorate: Electorate | PreparedElectorate): PreparedElectorate {
  if (isPrepared(electorate)) return electorate.rules === rules ? electorate : prepareElectorate(rules, { electors: electorate.electors, proxies: electorate.proxies });
  const electors = electorate.electors;
  const n = electors.length;
  const index = new Map<string, number>();
  // One pass: ids, countries (numbered in order of appearance, renumbered sorted below), standing.
  const seenCountry = new Map<string, number>();
  const firstSeen: string[] = [];
  const countryOf = new Int32Array(n);
  const statusCode = new Uint8Array(n).fill(3);
  let eligible = 0;
  let ineligible = 0;
  const recused: string[] = [];
  const inactive: string[] = [];
  const eligibleIn: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = electors[i];
    const key = e.country ?? '';
    let c = seenCountry.get(key);
    if (c === undefined) {
      c = firstSeen.length;
      seenCountry.set(key, c);
      firstSeen.push(key);
      eligibleIn.push(0);
    }
    countryOf[i] = c;
    if (index.get(e.id) !== undefined) continue; // a repeated id counts once
    index.set(e.id, i);
    statusCode[i] = STATUS_CODES[e.status] ?? 3;
    if (e.status === 'eligible') {
      eligible++;
      eligibleIn[c]++;
    } else if (e.status === 'recused') recused.push(e.id);
    else if (e.status === 'inactive') inactive.push(e.id);
    else ineligible++;
  }
  const countries = [...firstSeen].sort();
  const renumber = Int32Array.from(firstSeen, (k) => countries.indexOf(k));
  for (let i = 0; i < n; i++) countryOf[i] = renumber[countryOf[i]];
  const eligibleByCountry = firstSeen.map((country, c) => ({ country, votes: eligibleIn[c] }));
  const lookup = (id: string) => {
    const i = index.get(id);
    return i === undefined ? undefined : electors[i];
  };
  const byLabel = (a: string, b: string) => {
    const la = labelOf(lookup(a), a);
    const lb = labelOf(lookup(b), b);
    return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  recused.sort(byLabel);
  inactive.sort(byLabel);

  const holderOf = new Map<string, string>();
  const held = new Map<string, number>();
  const droppedProxies: { from: string; to: string; reason: ErrorCode }[] = [];
  for (const p of electorate.proxies ?? []) {
    const refusal = proxyRefusal(rules, lookup, { holderOf, held }, p);
    if (refusal) droppedProxies.push({ from: p.from, to: p.to, reason: refusal.code });
    else {
      holderOf.set(p.from, p.to);
      held.set(p.to, (held.get(p.to) ?? 0) + 1);
    }
  }

  const holderIndex = new Int32Array(electors.length).fill(-1);
  for (const [from, to] of holderOf) holderIndex[index.get(from)!] = index.get(to)!;

  const membershipCountries = countries.filter((c) => c !== '').length || (countries.length ? 1 : 0);
  let maxShare: Rational | null = null;
  let eligibleCap: CapResult | null = null;
  let eligibleWeight = rat(eligible);
  const steps: TallyStep[] = [step('electorate', { total: index.size, eligible, recused: recused.length, inactive: inactive.length, ineligible })];
  for (const id of recused) steps.push(step('recused', { voter: labelOf(lookup(id), id) }));
  for (const id of inactive) steps.push(step('inactive', { voter: labelOf(lookup(id), id) }));
  for (const p of droppedProxies) steps.push(step('proxy_dropped', { holder: labelOf(lookup(p.to), p.to), voter: labelOf(lookup(p.from), p.from), reason: p.reason }));

  if (rules.weighting.kind === 'country_cap') {
    const ms = rules.weighting.maxShare;
    maxShare = ms === ONE_OVER_COUNTRIES ? rat(1, Math.max(1, membershipCountries)) : ratioValue(ms);
    steps.push(
      ms === ONE_OVER_COUNTRIES
        ? step('cap_share_countries', { countries: membershipCountries, share: toDecimal(maxShare), shareExact: toFraction(maxShare) })
        : step('cap_share_fixed', { share: toDecimal(maxShare), shareExact: toFraction(maxShare) }),
    );
    eligibleCap = capCountries(eligibleByCountry, maxShare);
    eligibleWeight = eligibleCap.total;
  }

  return {
    [PREPARED]: true,
    rules,
    electors,
    proxies: electorate.proxies ?? [],
    index,
    countries,
    countryOf,
    eligible,
    recused,
    inactive,
    ineligible,
    statusCode,
    holderOf,
    holderIndex,
    droppedProxies,
    membershipCountries,
    maxShare,
    eligibleCap,
    eligibleWeight,
    steps,
  };
}
