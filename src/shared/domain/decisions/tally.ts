import { isPrepared, labelOf, prepareElectorate, type Electorate, type PreparedElectorate } from './electorate';
import { drawLot, PRNG_ALGORITHM } from './prng';
import { add, cmp, div, eq, exact, ge, gt, mul, rat, toDecimal, toFraction, ZERO, type Exact, type Rational } from './rational';
import { ABSTAIN, choicesOf, ratioValue, type VoteRules } from './rules';
import { LIST_SEPARATOR, step, type StepReason, type TallyStep } from './steps';
import { capCountries, capReport, capSteps, type CapReport, type CapResult } from './weighting';

// The one tally: the live result, the minutes and the exported calculation all come from this pure
// function, so they cannot disagree. It reads the rules, the electorate on the day of the vote and the
// ballots, and returns the outcome, the counts (raw and weighted, exact), the quorum and threshold
// evaluations, the tie and how it was broken, and the calculation as translatable steps.
//
// It never throws on bad ballots: the database refuses them first (ballots.ts); anything that slips
// through is left out and listed in `ignored`, with the rule it breaks. The result does not depend on
// the order of the ballots.

export const ENTRY_METHODS = ['voter', 'secretary', 'show_of_hands', 'phone', 'remote_count', 'online', 'other'] as const;
/** How a ballot reached Palabra: typed by the voter on the laptop, by the secretary (raised hands, phone), a remote count… */
export type EntryMethod = (typeof ENTRY_METHODS)[number];

export interface IndividualBallot {
  kind: 'individual';
  voterId: string;
  /** 'for' | 'against' | 'abstain', or an option id (choice votes). */
  choice: string;
  /** The proxy holder who cast it on behalf of `voterId` (absent, null or voterId: in person). */
  castBy?: string | null;
  enteredBy?: string;
  how?: EntryMethod;
}

/** Votes counted elsewhere and entered as totals (e.g. 70 for / 30 against from a remote count). */
export interface AggregateBallot {
  kind: 'aggregate';
  counts: Readonly<Record<string, number>>;
  /** The country the votes come from (required under the country cap). */
  country?: string | null;
  enteredBy: string;
  how: EntryMethod;
}

export type Ballot = IndividualBallot | AggregateBallot;

export interface TallyOptions {
  /** 1 (default), or 2 and more for the second ballot that follows a tie. */
  round?: number;
  /** On a second ballot of a choice vote: the options still in the running (the tied ones). */
  runoff?: readonly string[];
  /** Seed of the draw that breaks a tie on the second ballot; kept with the result. */
  seed?: string;
  /** The chair's casting vote, when the rules give the chair one. */
  castingVote?: { by: string; choice: string };
  /** At the close of a vote extended for lack of quorum: no quorum is needed any more. */
  quorumWaived?: boolean;
}

export const OUTCOMES = ['adopted', 'rejected', 'no_quorum', 'tie'] as const;
/** `tie`: undecided until a second ballot, a draw or the chair's casting vote. */
export type Outcome = (typeof OUTCOMES)[number];

export const TIE_RESOLUTIONS = ['second_ballot', 'draw', 'draw_pending', 'casting_vote', 'casting_vote_pending', 'rejected'] as const;
export type TieResolution =
  | { kind: 'second_ballot' }
  | { kind: 'draw'; seed: string; algorithm: string; drawn: string }
  | { kind: 'draw_pending' }
  | { kind: 'casting_vote'; by: string; choice: string }
  | { kind: 'casting_vote_pending' }
  | { kind: 'rejected' };

export interface SideCount {
  /** 'for' | 'against' | 'abstain' or an option id. */
  side: string;
  raw: number;
  /** Null for abstentions when the rules only report them. */
  weighted: Exact | null;
}

export interface TallyResult {
  outcome: Outcome;
  /** 'for' when a motion is adopted; the chosen option of a choice vote; null otherwise. */
  winner: string | null;
  tie: { sides: string[]; resolution: TieResolution } | null;
  round: number;
  electorate: { total: number; eligible: number; recused: string[]; inactive: string[]; ineligible: number };
  participation: {
    /** Voters who took part, abstentions included (the quorum's count). */
    participants: number;
    individual: number;
    aggregate: number;
    nonAbstaining: number;
    proxies: { holder: string; voter: string }[];
  };
  counts: SideCount[];
  quorum: { kind: VoteRules['quorum']['kind']; met: boolean; waived: boolean; participants: number; eligible: number; required: number | null };
  threshold: {
    kind: VoteRules['threshold']['kind'];
    /** False when the quorum failed or a tie stood in the way. */
    evaluated: boolean;
    met: boolean | null;
    side: string | null;
    votes: Exact | null;
    required: Exact | null;
  };
  weighting:
    | { kind: 'none' }
    | { kind: 'country_cap'; maxShare: Exact; membershipCountries: number; sides: { side: string; cap: CapReport }[]; eligible: CapReport };
  /** Ballots left out, with the rule each one breaks (voter null for an aggregate count). */
  ignored: { voter: string | null; reason: StepReason }[];
  steps: TallyStep[];
}

const dec = (r: Rational) => toDecimal(r);
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function aggregateProblem(b: AggregateBallot, sideIdx: ReadonlyMap<string, number>, capOn: boolean): StepReason | null {
  let total = 0;
  for (const [k, v] of Object.entries(b.counts)) {
    if (!sideIdx.has(k)) return 'unknown_option';
    if (!Number.isSafeInteger(v) || v < 0) return 'invalid_input';
    total += v;
  }
  if (total === 0) return 'aggregate_empty';
  if (capOn && !b.country) return 'aggregate_without_country';
  return null;
}

/** Tallies `ballots` under `rules` for `electorate` (plain or prepared with prepareElectorate). */
export function tally(rules: VoteRules, electorate: Electorate | PreparedElectorate, ballots: readonly Ballot[], options: TallyOptions = {}): TallyResult {
  const prep = isPrepared(electorate) && electorate.rules === rules ? electorate : prepareElectorate(rules, electorate);
  const round = Math.max(1, Math.floor(options.round ?? 1));
  const yesNo = rules.method.kind === 'yes_no_abstain';
  let sides = choicesOf(rules);
  if (!yesNo && options.runoff && options.runoff.length > 0) {
    const keep = new Set(options.runoff);
    sides = sides.filter((s) => s === ABSTAIN || keep.has(s));
  }
  const S = sides.length;
  const abstainIdx = S - 1;
  const sideIdx = new Map(sides.map((s, i) => [s, i]));
  const capOn = rules.weighting.kind === 'country_cap';
  const electors = prep.electors;
  const name = (id: string) => labelOf(electors[prep.index.get(id) ?? -1], id);
  const ignored: { voter: string | null; reason: StepReason }[] = [];

  // Aggregate counts first: they may bring countries the roll does not list.
  const countryKeys = [...prep.countries];
  const cIdx = new Map(countryKeys.map((c, i) => [c, i]));
  const aggregates: { b: AggregateBallot; c: number; total: number }[] = [];
  for (const b of ballots) {
    if (b.kind !== 'aggregate') continue;
    const reason = aggregateProblem(b, sideIdx, capOn);
    if (reason) {
      ignored.push({ voter: null, reason });
      continue;
    }
    const key = b.country ?? '';
    if (!cIdx.has(key)) {
      cIdx.set(key, countryKeys.length);
      countryKeys.push(key);
    }
    aggregates.push({ b, c: cIdx.get(key)!, total: Object.values(b.counts).reduce((s, v) => s + v, 0) });
  }
  const C = countryKeys.length;
  const counts = new Float64Array(S * C);

  // Individual ballots: one per voter, in person or through the proxy that stands.
  const n = electors.length;
  const choiceOf = new Int32Array(n).fill(-1);
  const seen = new Uint32Array(n);
  const conflict = new Uint8Array(n);
  const viaProxy = new Uint8Array(n);
  const { statusCode, holderIndex } = prep;
  const STATUS_REASON: StepReason[] = ['voter_not_eligible', 'voter_recused', 'voter_inactive', 'voter_not_eligible'];
  for (const b of ballots) {
    if (b.kind !== 'individual') continue;
    const i = prep.index.get(b.voterId);
    if (i === undefined) {
      ignored.push({ voter: b.voterId, reason: 'voter_not_eligible' });
      continue;
    }
    if (statusCode[i] !== 0) {
      ignored.push({ voter: name(b.voterId), reason: STATUS_REASON[statusCode[i]] });
      continue;
    }
    const byProxy = b.castBy != null && b.castBy !== b.voterId;
    const h = holderIndex[i];
    if (byProxy ? h < 0 || electors[h].id !== b.castBy : h >= 0) {
      ignored.push({ voter: name(b.voterId), reason: byProxy ? 'proxy_missing' : 'proxy_given' });
      continue;
    }
    const c = sideIdx.get(b.choice);
    if (c === undefined) {
      ignored.push({ voter: name(b.voterId), reason: 'unknown_option' });
      continue;
    }
    if (seen[i] === 0) {
      choiceOf[i] = c;
      viaProxy[i] = byProxy ? 1 : 0;
    } else if (choiceOf[i] !== c) conflict[i] = 1;
    seen[i]++;
  }
  let individual = 0;
  const proxies: { holder: string; voter: string }[] = [];
  for (let i = 0; i < n; i++) {
    if (seen[i] === 0) continue;
    const id = electors[i].id;
    if (conflict[i]) {
      // Two different choices from one voter: neither counts, whatever their order.
      for (let k = 0; k < seen[i]; k++) ignored.push({ voter: name(id), reason: 'already_voted' });
      continue;
    }
    for (let k = 1; k < seen[i]; k++) ignored.push({ voter: name(id), reason: 'already_voted' });
    counts[choiceOf[i] * C + prep.countryOf[i]]++;
    individual++;
    if (viaProxy[i]) proxies.push({ holder: name(prep.holderOf.get(id)!), voter: name(id) });
  }
  let aggregate = 0;
  for (const { b, c, total } of aggregates) {
    for (const [k, v] of Object.entries(b.counts)) counts[sideIdx.get(k)! * C + c] += v;
    aggregate += total;
  }
  const raw = sides.map((_, s) => {
    let t = 0;
    for (let c = 0; c < C; c++) t += counts[s * C + c];
    return t;
  });
  const participants = individual + aggregate;
  const nonAbstaining = participants - raw[abstainIdx];

  const steps: TallyStep[] = [...prep.steps];
  steps.push(step('ballots', { individual, aggregate, participants }));
  const aggSteps = aggregates
    .map(({ b, total }) => ({ by: b.enteredBy, how: b.how, country: b.country || '—', total }))
    .sort((x, y) => cmpStr(x.by, y.by) || cmpStr(x.how, y.how) || cmpStr(x.country, y.country) || x.total - y.total);
  for (const a of aggSteps) steps.push(step('aggregate', a));
  proxies.sort((x, y) => cmpStr(x.holder, y.holder) || cmpStr(x.voter, y.voter));
  for (const p of proxies) steps.push(step('proxy', p));
  ignored.sort((x, y) => cmpStr(x.voter ?? '', y.voter ?? '') || cmpStr(x.reason, y.reason));
  for (const x of ignored) steps.push(step('ballot_ignored', { voter: x.voter ?? '—', reason: x.reason }));
  sides.forEach((side, s) => steps.push(step('raw', { side, votes: raw[s] })));

  // Quorum: a head count of those taking part, never weighted.
  const q = rules.quorum;
  const waived = options.quorumWaived === true && q.kind !== 'none';
  let required: number | null = null;
  let quorumMet = true;
  if (q.kind === 'none') steps.push(step('quorum_none', {}));
  else if (waived) steps.push(step('quorum_waived', {}));
  else {
    if (q.kind === 'share_of_eligible') {
      const exactNeed = mul(ratioValue(q.share), rat(prep.eligible));
      const floor = Number(exactNeed.n / exactNeed.d);
      required = q.comparison === 'more_than' ? floor + 1 : exactNeed.d === 1n ? floor : floor + 1;
      quorumMet = participants >= required;
      steps.push(step('quorum_share', { participants, eligible: prep.eligible, share: dec(ratioValue(q.share)), required }));
    } else {
      required = q.min;
      quorumMet = nonAbstaining >= required;
      steps.push(step('quorum_min_votes', { votes: nonAbstaining, required }));
    }
    steps.push(step(quorumMet ? 'quorum_met' : 'quorum_not_met', {}));
  }

  // Weights: each counted side apart; abstentions only when the rules count them.
  const weighted: (Rational | null)[] = [];
  const caps: { side: string; cap: CapResult }[] = [];
  for (let s = 0; s < S; s++) {
    const counted = s !== abstainIdx || rules.abstentions === 'counted';
    if (!counted) {
      weighted.push(null);
      continue;
    }
    if (!capOn) {
      weighted.push(rat(raw[s]));
      continue;
    }
    const cap = capCountries(
      countryKeys.map((country, c) => ({ country, votes: counts[s * C + c] })),
      prep.maxShare!,
    );
    caps.push({ side: sides[s], cap });
    weighted.push(cap.total);
    steps.push(...capSteps(sides[s], cap));
  }
  if (capOn) {
    sides.forEach((side, s) => {
      const w = weighted[s];
      if (w) steps.push(step('weighted', { side, votes: raw[s], total: dec(w), totalExact: toFraction(w) }));
    });
  }
  const thresholdKind = rules.threshold.kind;
  const eligibleBase = capOn ? prep.eligibleWeight : rat(prep.eligible);
  if (capOn && (thresholdKind === 'absolute_majority_of_eligible' || (rules.threshold.kind === 'fraction' && rules.threshold.of === 'eligible'))) {
    steps.push(step('eligible_weight', { eligible: prep.eligible, total: dec(eligibleBase), totalExact: toFraction(eligibleBase) }));
  }

  // The leading side and the threshold.
  const optionIdx = sides.map((_, s) => s).filter((s) => s !== abstainIdx);
  const w = (s: number) => weighted[s] ?? ZERO;
  let cast = optionIdx.reduce((t, s) => add(t, w(s)), ZERO);
  if (rules.abstentions === 'counted') cast = add(cast, w(abstainIdx));
  const ranking = [...optionIdx].sort((a, b) => cmp(w(b), w(a)) || cmpStr(sides[a], sides[b]));
  const lead = yesNo ? 0 : ranking[0];
  const V = w(lead);
  const next = yesNo ? w(1) : ranking.length > 1 ? w(ranking[1]) : ZERO;
  if (!yesNo) steps.push(step('leading', { side: sides[lead], votes: dec(V) }));

  const t = rules.threshold;
  const positive = gt(V, ZERO);
  let need: Rational | null = null;
  let met = false;
  let thresholdStep: TallyStep;
  const side = sides[lead];
  const votes = dec(V);
  switch (t.kind) {
    case 'more_for_than_against':
      met = gt(V, next);
      thresholdStep = yesNo ? step('threshold_more_for_than_against', { for: dec(V), against: dec(next) }) : step('threshold_plurality', { side, votes, next: dec(next) });
      need = next;
      break;
    case 'simple_majority_of_cast':
      need = div(cast, rat(2));
      met = positive && gt(V, need);
      thresholdStep = step('threshold_majority_of_cast', { side, votes, cast: dec(cast), required: dec(need) });
      break;
    case 'two_thirds':
      need = mul(cast, rat(2, 3));
      met = positive && ge(V, need);
      thresholdStep = step('threshold_two_thirds', { side, votes, cast: dec(cast), required: dec(need) });
      break;
    case 'absolute_majority_of_eligible':
      need = div(eligibleBase, rat(2));
      met = positive && gt(V, need);
      thresholdStep = step('threshold_majority_of_eligible', { side, votes, eligible: dec(eligibleBase), required: dec(need) });
      break;
    case 'unanimity':
      need = cast;
      met = positive && eq(V, cast);
      thresholdStep = step('threshold_unanimity', { side, votes, cast: dec(cast) });
      break;
    case 'fraction': {
      const f = ratioValue(t.fraction);
      const base = t.of === 'cast' ? cast : eligibleBase;
      need = mul(f, base);
      met = positive && (t.comparison === 'at_least' ? ge(V, need) : gt(V, need));
      const params = { side, votes, fraction: dec(f), required: dec(need) };
      thresholdStep =
        t.of === 'cast'
          ? step(t.comparison === 'at_least' ? 'threshold_fraction_of_cast_at_least' : 'threshold_fraction_of_cast_more_than', { ...params, cast: dec(cast) })
          : step(t.comparison === 'at_least' ? 'threshold_fraction_of_eligible_at_least' : 'threshold_fraction_of_eligible_more_than', {
              ...params,
              eligible: dec(eligibleBase),
            });
      break;
    }
  }

  // A tie: the leaders are level and the rule would otherwise have let one of them through.
  let tiedSides: string[] = [];
  if (positive) {
    if (yesNo) {
      if (eq(V, next) && (t.kind === 'more_for_than_against' || t.kind === 'simple_majority_of_cast')) tiedSides = ['for', 'against'];
    } else {
      const top = ranking.filter((s) => eq(w(s), V));
      if (top.length > 1 && (t.kind === 'more_for_than_against' || met)) tiedSides = top.map((s) => sides[s]);
    }
  }

  let outcome: Outcome;
  let winner: string | null = null;
  let tie: TallyResult['tie'] = null;
  let evaluated = false;
  const adopt = (s: string) => {
    winner = s;
    return yesNo ? (s === 'for' ? 'adopted' : 'rejected') : 'adopted';
  };
  if (!quorumMet) outcome = 'no_quorum';
  else if (tiedSides.length > 0) {
    const list = tiedSides.join(LIST_SEPARATOR);
    steps.push(step('tie', { sides: list, votes: dec(V) }));
    let resolution: TieResolution;
    if (rules.ties.kind === 'rejected') {
      resolution = { kind: 'rejected' };
      outcome = 'rejected';
      steps.push(step('tie_rejected', { sides: list }));
    } else if (rules.ties.kind === 'chair_casting_vote') {
      const cv = options.castingVote;
      if (cv && tiedSides.includes(cv.choice)) {
        resolution = { kind: 'casting_vote', by: cv.by, choice: cv.choice };
        outcome = adopt(cv.choice);
        steps.push(step('tie_casting_vote', { by: name(cv.by), side: cv.choice }));
      } else {
        resolution = { kind: 'casting_vote_pending' };
        outcome = 'tie';
        steps.push(step('tie_casting_vote_pending', { sides: list }));
      }
    } else if (round < 2) {
      resolution = { kind: 'second_ballot' };
      outcome = 'tie';
      steps.push(step('tie_second_ballot', { sides: list }));
    } else if (options.seed !== undefined && options.seed !== '') {
      const drawn = drawLot(options.seed, tiedSides);
      resolution = { kind: 'draw', seed: options.seed, algorithm: PRNG_ALGORITHM, drawn };
      outcome = adopt(drawn);
      steps.push(step('tie_draw', { sides: list, seed: options.seed, algorithm: PRNG_ALGORITHM, drawn }));
    } else {
      resolution = { kind: 'draw_pending' };
      outcome = 'tie';
      steps.push(step('tie_draw_pending', { sides: list }));
    }
    tie = { sides: tiedSides, resolution };
  } else {
    evaluated = true;
    steps.push(thresholdStep, step(met ? 'threshold_met' : 'threshold_not_met', {}));
    outcome = met ? adopt(side) : 'rejected';
  }
  if (outcome === 'adopted' && !yesNo) steps.push(step('outcome_chosen', { side: winner! }));
  else steps.push(step(`outcome_${outcome}` as 'outcome_adopted', {}));

  return {
    outcome,
    winner,
    tie,
    round,
    electorate: { total: prep.index.size, eligible: prep.eligible, recused: [...prep.recused], inactive: [...prep.inactive], ineligible: prep.ineligible },
    participation: { participants, individual, aggregate, nonAbstaining, proxies },
    counts: sides.map((side, s) => ({ side, raw: raw[s], weighted: weighted[s] ? exact(weighted[s]!) : null })),
    quorum: { kind: q.kind, met: quorumMet, waived, participants, eligible: prep.eligible, required },
    threshold: {
      kind: thresholdKind,
      evaluated,
      met: evaluated ? met : null,
      side: evaluated ? side : null,
      votes: evaluated ? exact(V) : null,
      required: evaluated && need ? exact(need) : null,
    },
    weighting: capOn
      ? {
          kind: 'country_cap',
          maxShare: exact(prep.maxShare!),
          membershipCountries: prep.membershipCountries,
          sides: caps.map(({ side: sd, cap }) => ({ side: sd, cap: capReport(cap) })),
          eligible: capReport(prep.eligibleCap!),
        }
      : { kind: 'none' },
    ignored,
    steps,
  };
}

/** What one ballot of `country` on `side` counts for in this result (1 without the cap). */
export function weightOf(result: TallyResult, side: string, country: string | null | undefined): Exact {
  if (result.weighting.kind === 'none') return exact(rat(1));
  const s = result.weighting.sides.find((x) => x.side === side);
  const c = s?.cap.countries.find((x) => x.country === (country ?? ''));
  return c ? c.perVote : exact(rat(1));
}
