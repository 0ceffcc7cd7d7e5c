import { bench, describe } from 'vitest';
import { prepareElectorate } from './electorate';
import { largeBallots, largeElectorate } from './fixtures';
import { LACRALO_VOTE_RULES, type VoteRules } from './rules';
import { tally } from './tally';

// Issue 4: "tally of 10,000 ballots with the country cap ≤ 5 ms". A LACRALO-like roll of 10,300 ALSes
// in 20 countries (one holding a third), about 1 % recused and 1 % inactive, 50 proxies; one ballot
// per eligible ALS (10,092 ballots, for / against / abstain), LACRALO rules (1/N cap, quorum, ties).

const electorate = largeElectorate(10_300);
const ballots = largeBallots(electorate);
const rules: VoteRules = LACRALO_VOTE_RULES;
const fixedCap: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'country_cap', maxShare: { num: 1, den: 10 } } };
const prepared = prepareElectorate(rules, electorate);
const preparedFixed = prepareElectorate(fixedCap, electorate);
if (ballots.length < 10_000) throw new Error(`only ${ballots.length} ballots`);
// Two cores shared with other work: longer runs make p75 and the mean say more than a burst would.
const opts = { time: 3000, warmupTime: 500 };

describe(`tally of ${ballots.length} ballots with the country cap`, () => {
  bench('from plain arrays (1/N cap)', () => {
    tally(rules, electorate, ballots);
  }, opts);
  bench('with prepareElectorate (1/N cap)', () => {
    tally(rules, prepared, ballots);
  }, opts);
  bench('with prepareElectorate (10 % cap, water-filling)', () => {
    tally(fixedCap, preparedFixed, ballots);
  }, opts);
  bench('prepareElectorate alone', () => {
    prepareElectorate(rules, electorate);
  }, opts);
});
