import { describe, expect, it } from 'vitest';
import { ballotSchema, validateBallot, validateProxy, type BallotContext } from './ballots';
import { prepareElectorate, type Electorate } from './electorate';
import { als, count, member, vote } from './fixtures';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES, type VoteRules } from './rules';

const electorate: Electorate = {
  electors: [als('ar1', 'AR'), als('ar2', 'AR'), als('br1', 'BR', 'recused'), als('cl1', 'CL', 'inactive'), als('mx1', 'MX'), als('uy1', 'UY', 'ineligible'), als('pe1', 'PE')],
  proxies: [{ from: 'ar2', to: 'mx1' }],
};
const ctx = (over: Partial<BallotContext> = {}): BallotContext => ({ rules: LACRALO_VOTE_RULES, electorate, ballots: [], status: 'open', ...over });

describe('validateBallot', () => {
  it('accepts a ballot in person, through a proxy, and an aggregate count', () => {
    expect(validateBallot(ctx(), vote('ar1', 'for'))).toBeNull();
    expect(validateBallot(ctx(), vote('ar2', 'against', 'mx1'))).toBeNull();
    expect(validateBallot(ctx(), count({ for: 2 }, 'PE'))).toBeNull();
    expect(validateBallot(ctx({ electorate: prepareElectorate(LACRALO_VOTE_RULES, electorate) }), vote('ar2', 'against', 'mx1'))).toBeNull();
  });

  it('refuses any ballot unless the vote is open', () => {
    expect(validateBallot(ctx({ status: 'draft' }), vote('ar1', 'for'))).toMatchObject({ code: 'vote_not_open' });
    expect(validateBallot(ctx({ status: 'closed' }), vote('ar1', 'for'))).toMatchObject({ code: 'vote_closed' });
    expect(validateBallot(ctx({ status: 'annulled' }), count({ for: 1 }, 'AR'))).toMatchObject({ code: 'vote_annulled' });
  });

  it('refuses a voter who is not eligible, recused or inactive, naming them', () => {
    expect(validateBallot(ctx(), vote('zz', 'for'))).toMatchObject({ code: 'voter_not_eligible', field: 'voterId', params: { voter: 'zz' } });
    expect(validateBallot(ctx(), vote('uy1', 'for'))).toMatchObject({ code: 'voter_not_eligible', params: { voter: 'UY1' } });
    expect(validateBallot(ctx(), vote('br1', 'for'))).toMatchObject({ code: 'voter_recused', params: { voter: 'BR1' } });
    expect(validateBallot(ctx(), vote('cl1', 'for'))).toMatchObject({ code: 'voter_inactive', params: { voter: 'CL1' } });
  });

  it('refuses a second ballot', () => {
    expect(validateBallot(ctx({ ballots: [vote('ar1', 'for')] }), vote('ar1', 'against'))).toMatchObject({ code: 'already_voted', params: { voter: 'AR1' } });
    expect(validateBallot(ctx({ ballots: [vote('ar2', 'for', 'mx1')] }), vote('ar2', 'for', 'mx1'))).toMatchObject({ code: 'already_voted' });
  });

  it('refuses a ballot cast for another without a proxy, or in person after giving one', () => {
    expect(validateBallot(ctx(), vote('ar1', 'for', 'mx1'))).toMatchObject({ code: 'proxy_missing', field: 'castBy', params: { holder: 'MX1', voter: 'AR1' } });
    expect(validateBallot(ctx(), vote('ar2', 'for'))).toMatchObject({ code: 'proxy_given', params: { holder: 'MX1', voter: 'AR2' } });
    expect(validateBallot(ctx(), vote('ar1', 'for', 'br1'))).toMatchObject({ code: 'voter_recused', field: 'castBy' });
    expect(validateBallot(ctx({ rules: { ...LACRALO_VOTE_RULES, proxies: { allowed: false, maxHeld: 1 } } }), vote('ar2', 'for', 'mx1'))).toMatchObject({
      code: 'proxy_not_allowed',
    });
  });

  it('refuses a choice that is not on the ballot, or out of a second ballot', () => {
    expect(validateBallot(ctx(), vote('ar1', 'maybe'))).toMatchObject({ code: 'unknown_option', field: 'choice', params: { choice: 'maybe' } });
    const election: VoteRules = {
      ...LACRALO_VOTE_RULES,
      method: {
        kind: 'choice',
        options: [
          { id: 'ana', label: 'Ana' },
          { id: 'bruno', label: 'Bruno' },
          { id: 'carla', label: 'Carla' },
        ],
      },
    };
    expect(validateBallot(ctx({ rules: election }), vote('ar1', 'carla'))).toBeNull();
    expect(validateBallot(ctx({ rules: election, runoff: ['ana', 'bruno'] }), vote('ar1', 'carla'))).toMatchObject({ code: 'unknown_option' });
    expect(validateBallot(ctx({ rules: election, runoff: ['ana', 'bruno'] }), vote('ar1', 'abstain'))).toBeNull();
  });

  it('refuses an aggregate that is empty, off the ballot, without a country under the cap, or larger than the roll', () => {
    expect(validateBallot(ctx(), count({ for: 0, against: 0 }, 'AR'))).toMatchObject({ code: 'aggregate_empty' });
    expect(validateBallot(ctx(), count({ maybe: 3 }, 'AR'))).toMatchObject({ code: 'unknown_option', field: 'counts.maybe' });
    expect(validateBallot(ctx(), count({ for: 1.5 }, 'AR'))).toMatchObject({ code: 'invalid_input' });
    expect(validateBallot(ctx(), count({ for: 1 }, null))).toMatchObject({ code: 'aggregate_without_country', field: 'country' });
    expect(validateBallot(ctx({ rules: ALAC_VOTE_RULES, electorate: { electors: [member('a'), member('b')] } }), count({ for: 1 }, null))).toBeNull();
    // 4 eligible (ar1, ar2, mx1, pe1): one ballot in and a count of 4 would make 5.
    expect(validateBallot(ctx({ ballots: [vote('ar1', 'for')] }), count({ for: 3, against: 1 }, 'PE'))).toMatchObject({
      code: 'aggregate_exceeds_electorate',
      params: { total: 5, eligible: 4 },
    });
  });

  it('has a schema for what the screens send', () => {
    expect(ballotSchema.parse({ kind: 'aggregate', counts: { for: 70, against: 30 }, country: 'ar', enteredBy: 'sec', how: 'remote_count' })).toMatchObject({
      country: 'AR',
    });
    expect(ballotSchema.safeParse({ kind: 'individual', voterId: 'a', choice: 'for', colour: 'red' }).success).toBe(false);
    expect(ballotSchema.safeParse({ kind: 'aggregate', counts: { for: -1 }, enteredBy: 's', how: 'phone' }).success).toBe(false);
  });
});

describe('validateProxy', () => {
  const draft = (over: Partial<Parameters<typeof validateProxy>[0]> = {}) => ({ rules: LACRALO_VOTE_RULES, electorate, status: 'draft' as const, ...over });

  it('accepts a proxy notified before the vote opens', () => {
    expect(validateProxy(draft(), { from: 'ar1', to: 'pe1' })).toBeNull();
  });

  it('refuses a proxy once the vote has opened or closed', () => {
    expect(validateProxy(draft({ status: 'open' }), { from: 'ar1', to: 'pe1' })).toMatchObject({ code: 'proxy_after_opening' });
    expect(validateProxy(draft({ status: 'closed' }), { from: 'ar1', to: 'pe1' })).toMatchObject({ code: 'vote_closed' });
  });

  it('refuses a proxy beyond the limit of one held per ALS', () => {
    expect(validateProxy(draft(), { from: 'ar1', to: 'mx1' })).toMatchObject({ code: 'proxy_limit', field: 'to', params: { holder: 'MX1', max: 1 } });
    expect(validateProxy(draft({ rules: { ...LACRALO_VOTE_RULES, proxies: { allowed: true, maxHeld: 2 } } }), { from: 'ar1', to: 'mx1' })).toBeNull();
  });

  it('refuses proxies the rules do not allow, to oneself, twice, or in a chain', () => {
    expect(validateProxy(draft({ rules: ALAC_VOTE_RULES }), { from: 'ar1', to: 'pe1' })).toMatchObject({ code: 'proxy_not_allowed' });
    expect(validateProxy(draft(), { from: 'pe1', to: 'pe1' })).toMatchObject({ code: 'proxy_self' });
    expect(validateProxy(draft(), { from: 'ar2', to: 'pe1' })).toMatchObject({ code: 'proxy_already_given', params: { voter: 'AR2' } });
    expect(validateProxy(draft(), { from: 'pe1', to: 'ar2' })).toMatchObject({ code: 'proxy_chain' });
    expect(validateProxy(draft(), { from: 'mx1', to: 'pe1' })).toMatchObject({ code: 'proxy_chain' });
  });

  it('refuses a giver or a holder who may not vote', () => {
    expect(validateProxy(draft(), { from: 'br1', to: 'pe1' })).toMatchObject({ code: 'voter_recused', field: 'from', params: { voter: 'BR1' } });
    expect(validateProxy(draft(), { from: 'ar1', to: 'cl1' })).toMatchObject({ code: 'voter_inactive', field: 'to', params: { voter: 'CL1' } });
    expect(validateProxy(draft(), { from: 'zz', to: 'pe1' })).toMatchObject({ code: 'voter_not_eligible', field: 'from' });
    expect(validateProxy(draft(), { from: 'ar1', to: 'uy1' })).toMatchObject({ code: 'voter_not_eligible', field: 'to' });
  });
});
