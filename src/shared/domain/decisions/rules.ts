import { z } from 'zod';
import type { ErrorCode } from '../../errors';
import { fromNumber, rat, type Rational } from './rational';

// How a body votes when consensus fails: who may vote, how, the quorum, the majority needed, what an
// abstention counts for, how a tie is broken and how votes are weighted. One `VoteRules` per body
// (its default) and per vote (a copy the chair may adjust before opening). Pure data, JSON-safe: the
// database stores it as is, and `tally()` reads it.

/** An exact fraction, stored as two integers: 2/3 stays 2/3. */
export interface Ratio {
  num: number;
  den: number;
}
export const ratioValue = (r: Ratio): Rational => rat(r.num, r.den);

const MAX_DEN = 1_000_000_000;

/** Reads 0.5, "2/3" or { num: 2, den: 3 } into a reduced Ratio; null when it is not a fraction. */
export function readRatio(v: unknown): Ratio | null {
  let r: Rational | null = null;
  try {
    if (typeof v === 'number') r = fromNumber(v);
    else if (typeof v === 'string') {
      const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(v);
      if (m && BigInt(m[2]) > 0n) r = rat(BigInt(m[1]), BigInt(m[2]));
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v).sort().join(',');
      const { num, den } = v as { num?: unknown; den?: unknown };
      if (keys === 'den,num' && Number.isSafeInteger(num) && Number.isSafeInteger(den) && (den as number) > 0) r = rat(num as number, den as number);
    }
  } catch {
    return null;
  }
  const bound = BigInt(MAX_DEN);
  if (!r || r.d > bound || r.n > bound || r.n < -bound) return null;
  return { num: Number(r.n), den: Number(r.d) };
}

/** 0 < r <= 1. */
const inUnitRange = (r: Ratio) => r.num > 0 && r.num <= r.den;

type Ctx = { issues: { push(issue: { code: 'custom'; message: string; input: unknown; params: { code: ErrorCode } }): void } };

function checkRatio(v: unknown, ctx: Ctx, code: ErrorCode, what: string): Ratio | typeof z.NEVER {
  if (v === undefined) {
    ctx.issues.push({ code: 'custom', message: `${what} is required`, input: v, params: { code: 'required' } });
    return z.NEVER;
  }
  const r = readRatio(v);
  if (!r) {
    ctx.issues.push({ code: 'custom', message: `${what} must be a fraction (0.5, "2/3" or { num, den })`, input: v, params: { code: 'invalid_input' } });
    return z.NEVER;
  }
  if (!inUnitRange(r)) {
    ctx.issues.push({ code: 'custom', message: `${what} must be more than 0 and at most 1`, input: v, params: { code } });
    return z.NEVER;
  }
  return r;
}

/** A fraction in (0, 1]: anything else is refused with `code`, which names the rule. */
export const ratio = (code: ErrorCode, what: string) => z.unknown().transform((v, ctx): Ratio => checkRatio(v, ctx, code, what));

export const COMPARISONS = ['at_least', 'more_than'] as const;
export type Comparison = (typeof COMPARISONS)[number];

const option = z.strictObject({
  id: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/),
  label: z.string().trim().min(1).max(200),
});

/** Reserved choice names: an option may not be called like a side of a yes/no vote. */
export const ABSTAIN = 'abstain';
export const RESERVED_CHOICES = ['for', 'against', ABSTAIN] as const;

export const voteMethod = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yes_no_abstain') }),
  z.strictObject({
    kind: z.literal('choice'),
    options: z
      .array(option)
      .min(2)
      .max(200)
      .refine((os) => new Set(os.map((o) => o.id)).size === os.length && !os.some((o) => (RESERVED_CHOICES as readonly string[]).includes(o.id)), {
        params: { code: 'duplicate_option' },
        message: 'Option ids must be unique and not for, against or abstain',
      }),
  }),
]);

export const quorumRule = z
  .discriminatedUnion('kind', [
    /** No quorum: any participation decides (e.g. after an extension). */
    z.strictObject({ kind: z.literal('none') }),
    /** Participants (voters who cast a valid ballot, abstentions included) against those eligible. */
    z.strictObject({
      kind: z.literal('share_of_eligible'),
      share: ratio('quorum_out_of_range', 'The quorum share'),
      comparison: z.enum(COMPARISONS),
    }),
    /** A minimum number of votes for or against (ALAC Rule 15.4: five). */
    z.strictObject({ kind: z.literal('min_non_abstaining'), min: z.int().min(1).max(100_000) }),
  ])
  .refine((q) => !(q.kind === 'share_of_eligible' && q.comparison === 'more_than' && q.share.num === q.share.den), {
    params: { code: 'quorum_out_of_range' },
    message: 'More than 100 % of those eligible can never be reached',
    path: ['share'],
  });

export const thresholdRule = z
  .discriminatedUnion('kind', [
    /** More (weighted) votes for than against; abstentions never count. ALAC Rule 15.4. */
    z.strictObject({ kind: z.literal('more_for_than_against') }),
    /** More than half of the votes cast (abstentions count as cast when the rule counts them). */
    z.strictObject({ kind: z.literal('simple_majority_of_cast') }),
    /** At least two thirds of the votes cast. */
    z.strictObject({ kind: z.literal('two_thirds') }),
    /** More than half of all those eligible, voting or not. */
    z.strictObject({ kind: z.literal('absolute_majority_of_eligible') }),
    /** Every vote cast is for (abstentions break unanimity only when they are counted). */
    z.strictObject({ kind: z.literal('unanimity') }),
    /** Any fraction of the votes cast or of those eligible. */
    z.strictObject({
      kind: z.literal('fraction'),
      fraction: ratio('threshold_out_of_range', 'The threshold'),
      of: z.enum(['cast', 'eligible']),
      comparison: z.enum(COMPARISONS),
    }),
  ])
  .refine((t) => !(t.kind === 'fraction' && t.comparison === 'more_than' && t.fraction.num === t.fraction.den), {
    params: { code: 'threshold_out_of_range' },
    message: 'More than 100 % of the votes can never be reached',
    path: ['fraction'],
  });

export const tieRule = z.discriminatedUnion('kind', [
  /** A second ballot among the tied choices; if it ties again, a draw with a recorded seed. */
  z.strictObject({ kind: z.literal('second_ballot_then_draw') }),
  /** The chair breaks the tie with a casting vote. */
  z.strictObject({ kind: z.literal('chair_casting_vote') }),
  /** A tie defeats the proposal (nothing reached the threshold); ALAC Rule 15.4 reads so. */
  z.strictObject({ kind: z.literal('rejected') }),
]);

/** `one_over_countries`: 1/N, N the countries of the whole membership (LACRALO Rule 12.9). */
export const ONE_OVER_COUNTRIES = 'one_over_countries';
const capShare = z
  .unknown()
  .transform((v, ctx): Ratio | typeof ONE_OVER_COUNTRIES =>
    v === ONE_OVER_COUNTRIES ? ONE_OVER_COUNTRIES : checkRatio(v, ctx, 'cap_out_of_range', 'The maximum share of a country'),
  );

export const weightingRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** No country carries more than `maxShare` of the votes for, nor of the votes against (each side apart). */
  z.strictObject({ kind: z.literal('country_cap'), maxShare: capShare }),
]);

export const voteRules = z.strictObject({
  /** Who may vote: the body's voting members, or one vote per accredited ALS. */
  voters: z.enum(['members', 'als']),
  method: voteMethod,
  /** `secret`: choices never shown per voter, result hidden until close; `roll_call`: each vote is public. */
  ballot: z.enum(['secret', 'roll_call']),
  quorum: quorumRule,
  threshold: thresholdRule,
  /** `reported`: abstentions are listed but are not votes cast; `counted`: they count as cast. */
  abstentions: z.enum(['reported', 'counted']),
  ties: tieRule,
  weighting: weightingRule,
  /** Proxies given before the vote opens; `maxHeld` proxies at most per holder. */
  proxies: z.strictObject({ allowed: z.boolean(), maxHeld: z.int().min(1).max(10) }),
});

export type VoteRules = z.output<typeof voteRules>;
export type VoteRulesInput = z.input<typeof voteRules>;
export type VoteMethod = VoteRules['method'];
export type QuorumRule = VoteRules['quorum'];
export type ThresholdRule = VoteRules['threshold'];
export type TieRule = VoteRules['ties'];
export type WeightingRule = VoteRules['weighting'];

/**
 * LACRALO General Assembly (Rules of Procedure, 2007, rev. 2014, and the rules applied to its
 * virtual votes): one vote per accredited ALS (Rule 1.4); a proxy through another ALS notified in
 * advance, at most one held per ALS (Rules 1.5, 1.6); quorum of at least 50 % of the active
 * accredited ALSs, abstentions included in the participation; a simple majority of the weighted
 * valid votes, abstentions reported but not counted; a tie goes to a second ballot, then to a draw;
 * no country may carry more than its "Maximum Percentage" of the votes for or against (Rule 12.9),
 * read as 1/N of N countries with an ALS. Seed 002 keeps "the current practice of national
 * weightings for now" next to consensus-first decisions with fallback votes.
 */
export const LACRALO_VOTE_RULES: VoteRules = {
  voters: 'als',
  method: { kind: 'yes_no_abstain' },
  ballot: 'secret',
  quorum: { kind: 'share_of_eligible', share: { num: 1, den: 2 }, comparison: 'at_least' },
  threshold: { kind: 'simple_majority_of_cast' },
  abstentions: 'reported',
  ties: { kind: 'second_ballot_then_draw' },
  weighting: { kind: 'country_cap', maxShare: ONE_OVER_COUNTRIES },
  proxies: { allowed: true, maxHeld: 1 },
};

/**
 * ALAC (Rules of Procedure, Rule 15.4): a motion passes "if at least five ALAC members cast a
 * non-abstaining vote, and if the number of votes in favour of the motion is higher than the number of
 * votes against"; votes are recorded by name; a tie is not "higher", so the motion fails.
 */
export const ALAC_VOTE_RULES: VoteRules = {
  voters: 'members',
  method: { kind: 'yes_no_abstain' },
  ballot: 'roll_call',
  quorum: { kind: 'min_non_abstaining', min: 5 },
  threshold: { kind: 'more_for_than_against' },
  abstentions: 'reported',
  ties: { kind: 'rejected' },
  weighting: { kind: 'none' },
  proxies: { allowed: false, maxHeld: 1 },
};

/** The choices a ballot may carry under these rules (abstaining is always possible). */
export function choicesOf(rules: Pick<VoteRules, 'method'>): string[] {
  return rules.method.kind === 'yes_no_abstain' ? ['for', 'against', ABSTAIN] : [...rules.method.options.map((o) => o.id), ABSTAIN];
}

/** May the current counts be shown while the vote is open? A secret ballot shows them only once closed. */
export const resultVisible = (rules: Pick<VoteRules, 'ballot'>, status: 'draft' | 'open' | 'closed' | 'annulled') =>
  status === 'closed' || (status === 'open' && rules.ballot === 'roll_call');
