import { add, cmp, div, exact, gt, mul, rat, sub, toDecimal, toFraction, ZERO, type Exact, type Rational } from './rational';
import { LIST_SEPARATOR, step, type TallyStep } from './steps';

// LACRALO's country cap (Rules of Procedure, Rule 12.9): the votes cast by the ALSes of one country may
// not, together, exceed a maximum share of the votes, "separately applied to votes for and against".
//
// On one side (the votes for, the votes against, or one option's votes), each country whose ALSes
// carry more than `maxShare` of the side's total is brought down to exactly `maxShare` of the new
// total, and each of its ALSes then counts for the same fraction of a vote. Capping a country lowers
// the total, which raises everyone else's share, so other countries may now be over: the cap is
// applied again (water-filling) until no country is over. Countries under the cap keep one vote per
// ALS. All figures are exact rationals and each round is returned, so the calculation can be shown.
//
// With k countries capped and U the votes of the others, the total is T = U / (1 - k * s) and the
// limit is s * T. When fewer than 1/s countries voted on a side, no split can keep each of them at
// most s (n countries always share 100 %); the cap then does the closest thing, the limit the rounds
// tend to: every country on that side carries as much as the smallest delegation (equal shares, 1/n
// each). That case is flagged `unreachable` and shown as its own step.

export interface CountryVotes {
  country: string;
  /** Ballots of this country's voters on this side (whole votes before weighting). */
  votes: number;
}

export interface CappedCountry {
  country: string;
  votes: number;
  /** What the country carries after the cap (its votes when not capped). */
  carried: Rational;
  /** What each of its ballots counts for: carried / votes (1 when not capped). */
  perVote: Rational;
  capped: boolean;
}

export interface CapRound {
  round: number;
  /** The side's total with the countries capped so far. */
  total: Rational;
  /** maxShare of that total: what a country may carry at most. */
  limit: Rational;
  /** Countries found over the limit in this round and capped (empty: the cap holds, done). */
  capped: string[];
}

export interface CapResult {
  maxShare: Rational;
  rawTotal: number;
  total: Rational;
  /** What every capped country carries (null when none is). */
  level: Rational | null;
  unreachable: boolean;
  /** Countries with votes on this side, most votes first (then by code). */
  countries: CappedCountry[];
  rounds: CapRound[];
}

const byVotes = (a: CountryVotes, b: CountryVotes) => b.votes - a.votes || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0);

/** Applies the cap to one side. `counts` may list a country more than once (summed); zeros are dropped. */
export function capCountries(counts: readonly CountryVotes[], maxShare: Rational): CapResult {
  if (!(maxShare.n > 0n && maxShare.n <= maxShare.d)) throw new RangeError('maxShare must be in (0, 1]');
  const merged = new Map<string, number>();
  for (const c of counts) if (c.votes > 0) merged.set(c.country, (merged.get(c.country) ?? 0) + c.votes);
  const active = [...merged].map(([country, votes]) => ({ country, votes })).sort(byVotes);
  const rawTotal = active.reduce((s, c) => s + c.votes, 0);
  const n = active.length;
  const whole = (c: CountryVotes): CappedCountry => ({ country: c.country, votes: c.votes, carried: rat(c.votes), perVote: rat(1), capped: false });
  if (n === 0) return { maxShare, rawTotal, total: ZERO, level: null, unreachable: false, countries: [], rounds: [] };

  // Fewer countries than 1/s: equal shares at the smallest delegation.
  if (maxShare.n * BigInt(n) < maxShare.d) {
    const smallest = active[n - 1].votes;
    const level = rat(smallest);
    const countries = active.map((c) =>
      c.votes > smallest ? { country: c.country, votes: c.votes, carried: level, perVote: rat(smallest, c.votes), capped: true } : whole(c),
    );
    return { maxShare, rawTotal, total: rat(smallest * n), level, unreachable: true, countries, rounds: [] };
  }

  const rounds: CapRound[] = [];
  let others = BigInt(rawTotal); // votes of the countries not capped yet
  let k = 0; // countries capped so far (always the k largest)
  let total: Rational = rat(rawTotal);
  let limit: Rational = mul(maxShare, total);
  for (let round = 1; ; round++) {
    // T = U / (1 - k s) = U * d / (d - k n)
    total = k === 0 ? rat(others) : rat(others * maxShare.d, maxShare.d - BigInt(k) * maxShare.n);
    limit = mul(maxShare, total);
    const capped: string[] = [];
    while (k < n && gt(rat(active[k].votes), limit)) {
      capped.push(active[k].country);
      others -= BigInt(active[k].votes);
      k++;
    }
    rounds.push({ round, total, limit, capped });
    if (capped.length === 0) break;
  }
  const level = k > 0 ? limit : null;
  const countries = active.map((c, i) => (i < k ? { country: c.country, votes: c.votes, carried: limit, perVote: div(limit, rat(c.votes)), capped: true } : whole(c)));
  return { maxShare, rawTotal, total, level, unreachable: false, countries, rounds };
}

/** The same arithmetic check anyone can do on the result: each country's share of its side's total. */
export function shareOf(result: CapResult, country: string): Rational {
  const c = result.countries.find((x) => x.country === country);
  if (!c || result.total.n === 0n) return ZERO;
  return div(c.carried, result.total);
}

export const sumCarried = (result: CapResult): Rational => result.countries.reduce((s, c) => add(s, c.carried), ZERO);

/** How far above the cap the most represented country stands (0 or less: the cap holds). */
export const excessOverCap = (result: CapResult): Rational =>
  result.countries.reduce((worst, c) => {
    const over = sub(c.carried, mul(result.maxShare, result.total));
    return cmp(over, worst) > 0 ? over : worst;
  }, rat(-1));

const dec = (r: Rational) => toDecimal(r);

/** The explanation of one side's cap, as steps (country `''` is shown as "—"). */
export function capSteps(side: string, result: CapResult): TallyStep[] {
  const steps: TallyStep[] = [];
  const name = (c: string) => c || '—';
  if (result.unreachable) {
    steps.push(
      step('cap_unreachable', {
        side,
        countries: result.countries.length,
        share: dec(result.maxShare),
        level: result.level ? dec(result.level) : '0',
      }),
    );
  }
  for (const r of result.rounds) {
    const common = { side, round: r.round, total: dec(r.total), totalExact: toFraction(r.total), limit: dec(r.limit), limitExact: toFraction(r.limit) };
    steps.push(r.capped.length ? step('cap_round', { ...common, countries: r.capped.map(name).join(LIST_SEPARATOR) }) : step('cap_round_none', common));
  }
  for (const c of result.countries) {
    if (!c.capped) continue;
    steps.push(
      step('cap_country', {
        side,
        country: name(c.country),
        votes: c.votes,
        carried: dec(c.carried),
        carriedExact: toFraction(c.carried),
        perVote: dec(c.perVote),
        perVoteExact: toFraction(c.perVote),
      }),
    );
  }
  return steps;
}

/** A JSON-safe copy of one side's cap for the result. */
export interface CapReport {
  maxShare: Exact;
  rawTotal: number;
  total: Exact;
  level: Exact | null;
  unreachable: boolean;
  countries: { country: string; votes: number; carried: Exact; perVote: Exact; capped: boolean }[];
  rounds: { round: number; total: Exact; limit: Exact; capped: string[] }[];
}

export const capReport = (r: CapResult): CapReport => ({
  maxShare: exact(r.maxShare),
  rawTotal: r.rawTotal,
  total: exact(r.total),
  level: r.level ? exact(r.level) : null,
  unreachable: r.unreachable,
  countries: r.countries.map((c) => ({ country: c.country, votes: c.votes, carried: exact(c.carried), perVote: exact(c.perVote), capped: c.capped })),
  rounds: r.rounds.map((x) => ({ round: x.round, total: exact(x.total), limit: exact(x.limit), capped: x.capped })),
});
