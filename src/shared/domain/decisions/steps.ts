// The explanation of a tally: a list of steps, each a code and its parameters, so the result screen,
// the minutes and the exported calculation print the same calculation in the reader's language
// (locales/<lng>/decisions.json, key `steps.<code>`). Every code declares its parameter names here;
// a test holds the translations to exactly these placeholders.
//
// Parameters are strings or numbers. Exact figures come twice: `x` as a decimal (at most 4 places,
// for reading) and `xExact` as a fraction ("9/4"), for checking. `side`, `sides` and `drawn` hold
// side keys (for, against, abstain: translated under `sides.<key>`) or option ids; `displayParams()`
// turns them into names for the reader.

export const TALLY_STEPS = {
  electorate: ['total', 'eligible', 'recused', 'inactive', 'ineligible'],
  recused: ['voter'],
  inactive: ['voter'],
  proxy: ['holder', 'voter'],
  proxy_dropped: ['holder', 'voter', 'reason'],
  ballots: ['individual', 'aggregate', 'participants'],
  aggregate: ['by', 'how', 'country', 'total'],
  ballot_ignored: ['voter', 'reason'],
  raw: ['side', 'votes'],
  quorum_none: [],
  quorum_waived: [],
  quorum_share: ['participants', 'eligible', 'share', 'required'],
  quorum_min_votes: ['votes', 'required'],
  quorum_met: [],
  quorum_not_met: [],
  cap_share_fixed: ['share', 'shareExact'],
  cap_share_countries: ['countries', 'share', 'shareExact'],
  cap_round: ['side', 'round', 'total', 'totalExact', 'limit', 'limitExact', 'countries'],
  cap_round_none: ['side', 'round', 'total', 'totalExact', 'limit', 'limitExact'],
  cap_unreachable: ['side', 'countries', 'share', 'level'],
  cap_country: ['side', 'country', 'votes', 'carried', 'carriedExact', 'perVote', 'perVoteExact'],
  weighted: ['side', 'votes', 'total', 'totalExact'],
  eligible_weight: ['eligible', 'total', 'totalExact'],
  threshold_more_for_than_against: ['for', 'against'],
  threshold_plurality: ['side', 'votes', 'next'],
  threshold_majority_of_cast: ['side', 'votes', 'cast', 'required'],
  threshold_two_thirds: ['side', 'votes', 'cast', 'required'],
  threshold_majority_of_eligible: ['side', 'votes', 'eligible', 'required'],
  threshold_unanimity: ['side', 'votes', 'cast'],
  threshold_fraction_of_cast_at_least: ['side', 'votes', 'cast', 'fraction', 'required'],
  threshold_fraction_of_cast_more_than: ['side', 'votes', 'cast', 'fraction', 'required'],
  threshold_fraction_of_eligible_at_least: ['side', 'votes', 'eligible', 'fraction', 'required'],
  threshold_fraction_of_eligible_more_than: ['side', 'votes', 'eligible', 'fraction', 'required'],
  threshold_met: [],
  threshold_not_met: [],
  leading: ['side', 'votes'],
  tie: ['sides', 'votes'],
  tie_second_ballot: ['sides'],
  tie_draw: ['sides', 'seed', 'algorithm', 'drawn'],
  tie_draw_pending: ['sides'],
  tie_casting_vote: ['by', 'side'],
  tie_casting_vote_pending: ['sides'],
  tie_rejected: ['sides'],
  outcome_adopted: [],
  outcome_chosen: ['side'],
  outcome_rejected: [],
  outcome_no_quorum: [],
  outcome_tie: [],
} as const satisfies Record<string, readonly string[]>;

export type TallyStepCode = keyof typeof TALLY_STEPS;
export const TALLY_STEP_CODES = Object.keys(TALLY_STEPS) as TallyStepCode[];

type ParamsOf<C extends TallyStepCode> = { [K in (typeof TALLY_STEPS)[C][number]]: string | number };

/** One line of the explanation. */
export type TallyStep = { [C in TallyStepCode]: { code: C; params: ParamsOf<C> } }[TallyStepCode];

export const step = <C extends TallyStepCode>(code: C, params: ParamsOf<C>): TallyStep => ({ code, params }) as TallyStep;

/** The keys under `sides.` in decisions.json. */
export const SIDE_KEYS = ['for', 'against', 'abstain'] as const;

/** Error codes that can appear as the `reason` of a step, each with a short phrase under `reasons.<code>`. */
export const STEP_REASONS = [
  'voter_not_eligible',
  'voter_recused',
  'voter_inactive',
  'already_voted',
  'unknown_option',
  'proxy_missing',
  'proxy_given',
  'proxy_not_allowed',
  'proxy_self',
  'proxy_already_given',
  'proxy_chain',
  'proxy_limit',
  'aggregate_empty',
  'aggregate_without_country',
  'invalid_input',
] as const;
export type StepReason = (typeof STEP_REASONS)[number];

/**
 * Step parameters ready for the reader: `side`, `sides` and `drawn` through `labels.side` (a side key
 * or an option id to a name), `reason` through `labels.reason` (a code under `reasons.`), `how`
 * through `labels.how` (a key under `entry.`).
 */
export function displayParams(
  s: TallyStep,
  labels: { side: (side: string) => string; reason?: (code: string) => string; how?: (method: string) => string },
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...s.params };
  for (const k of ['side', 'drawn'] as const) if (typeof out[k] === 'string') out[k] = labels.side(out[k] as string);
  if (typeof out.sides === 'string') out.sides = (out.sides as string).split(LIST_SEPARATOR).map(labels.side).join(LIST_SEPARATOR);
  if (typeof out.reason === 'string' && labels.reason) out.reason = labels.reason(out.reason);
  if (typeof out.how === 'string' && labels.how) out.how = labels.how(out.how);
  return out;
}

/**
 * Steps whose text agrees with a number: the parameter whose plural category picks the text
 * (`steps.<code>_one`, `_many`, `_other`: every category of the language, Intl.PluralRules).
 */
export const STEP_COUNT = {
  raw: 'votes',
  aggregate: 'total',
  cap_share_countries: 'countries',
  cap_unreachable: 'countries',
  cap_country: 'votes',
  weighted: 'votes',
  eligible_weight: 'eligible',
  quorum_min_votes: 'votes',
  threshold_unanimity: 'cast',
  leading: 'votes',
  tie: 'votes',
} as const satisfies { [C in TallyStepCode]?: (typeof TALLY_STEPS)[C][number] };

/**
 * The text of one step in `lang`, before its parameters are filled: the plural form its count calls
 * for, and a weight that is a whole number said once ("carries 1", not "carries 1 (1)": the fraction
 * in parentheses only when it says more than the decimal). The result screen and the exported
 * calculation both print through this.
 */
export function stepTemplate(templates: Record<string, string>, s: TallyStep, lang: string): string {
  const countParam = (STEP_COUNT as Partial<Record<TallyStepCode, string>>)[s.code];
  let template: string | undefined = templates[s.code];
  if (countParam) {
    const category = new Intl.PluralRules(lang).select(Number((s.params as Record<string, string | number>)[countParam]));
    template = templates[`${s.code}_${category}`] ?? templates[`${s.code}_other`] ?? template;
  }
  let out = template ?? s.code;
  for (const [k, v] of Object.entries(s.params as Record<string, string | number>)) {
    if (!k.endsWith('Exact') || String(v).includes('/')) continue;
    const x = k.slice(0, -'Exact'.length);
    out = out.replace(new RegExp(`\\{\\{${x}\\}\\}\\s*\\(\\{\\{${k}\\}\\}\\)|\\{\\{${k}\\}\\}\\s*\\(\\{\\{${x}\\}\\}\\)`, 'g'), `{{${x}}}`);
  }
  return out;
}

/** Fills `{{name}}` placeholders (a name not given stays as it is, for a test to catch). */
export function fillStep(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** How lists (tied sides, capped countries) are joined inside a parameter. */
export const LIST_SEPARATOR = ', ';
