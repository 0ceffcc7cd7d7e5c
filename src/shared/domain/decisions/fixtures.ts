import type { Elector, ElectorStatus, Electorate } from './electorate';
import type { AggregateBallot, IndividualBallot } from './tally';

// Small builders for the tests and the benchmark.

export const als = (id: string, country: string, status: ElectorStatus = 'eligible'): Elector => ({ id, label: id.toUpperCase(), country, status });
export const member = (id: string, status: ElectorStatus = 'eligible'): Elector => ({ id, label: id, status });
export const vote = (voterId: string, choice: string, castBy?: string): IndividualBallot => ({ kind: 'individual', voterId, choice, ...(castBy ? { castBy } : {}) });
export const count = (counts: Record<string, number>, country: string | null, enteredBy = 'secretary', how: AggregateBallot['how'] = 'remote_count'): AggregateBallot => ({
  kind: 'aggregate',
  counts,
  country,
  enteredBy,
  how,
});

/**
 * The LACRALO example: ten ALSes in five countries, Argentina holding half of them; one
 * Brazilian ALS recused; Chile votes through Mexico's proxy.
 */
export const FIVE_COUNTRIES: Electorate = {
  electors: [
    als('ar1', 'AR'),
    als('ar2', 'AR'),
    als('ar3', 'AR'),
    als('ar4', 'AR'),
    als('ar5', 'AR'),
    als('br1', 'BR'),
    als('br2', 'BR', 'recused'),
    als('cl1', 'CL'),
    als('mx1', 'MX'),
    als('uy1', 'UY'),
  ],
  proxies: [{ from: 'cl1', to: 'mx1' }],
};

/** Four Argentine ALSes and Uruguay for; Brazil, Mexico and Chile (by proxy) against; AR5 does not vote. */
export const FIVE_COUNTRIES_BALLOTS: IndividualBallot[] = [
  vote('ar1', 'for'),
  vote('ar2', 'for'),
  vote('ar3', 'for'),
  vote('ar4', 'for'),
  vote('uy1', 'for'),
  vote('br1', 'against'),
  vote('mx1', 'against'),
  vote('cl1', 'against', 'mx1'),
];

/** A large LACRALO-like roll: `n` ALSes over 20 countries, the first holding a third of them. */
export function largeElectorate(n: number): Electorate {
  const countries = ['AR', 'BR', 'CL', 'CO', 'CR', 'EC', 'GT', 'HN', 'JM', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'TT', 'UY', 'VE', 'BO', 'DO'];
  const electors: Elector[] = [];
  for (let i = 0; i < n; i++) {
    const country = i % 3 === 0 ? 'AR' : countries[1 + (i % (countries.length - 1))];
    electors.push(als(`als-${i}`, country, i % 97 === 0 ? 'recused' : i % 89 === 0 ? 'inactive' : 'eligible'));
  }
  const proxies = [];
  for (let i = 1; i + 1 < n && proxies.length < 50; i += 200) proxies.push({ from: `als-${i}`, to: `als-${i + 1}` });
  return { electors, proxies };
}

/** One ballot per eligible ALS of `largeElectorate(n)`, deterministic, mostly for. */
export function largeBallots(e: Electorate): IndividualBallot[] {
  const given = new Map((e.proxies ?? []).map((p) => [p.from, p.to]));
  return e.electors
    .filter((x) => x.status === 'eligible')
    .map((x, i) => vote(x.id, i % 5 === 0 ? 'against' : i % 11 === 0 ? 'abstain' : 'for', given.get(x.id)));
}
