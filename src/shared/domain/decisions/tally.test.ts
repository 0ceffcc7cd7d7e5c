import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareElectorate, type Elector, type Electorate } from './electorate';
import { als, count, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS, member, vote } from './fixtures';
import { parseRational, rat, le, mul } from './rational';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES, type VoteRules } from './rules';
import { tally, weightOf, type Ballot } from './tally';

const uncapped: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' } };
const codes = (r: { steps: { code: string }[] }) => r.steps.map((s) => s.code);
const stepOf = (r: { steps: { code: string; params: object }[] }, code: string) => r.steps.filter((s) => s.code === code).map((s) => s.params);

describe('LACRALO: five countries, one holding half the ALSes, one recusal, one proxy', () => {
  const capped = tally(LACRALO_VOTE_RULES, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS);
  const plain = tally(uncapped, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS);

  it('without weighting, the motion passes 5 to 3', () => {
    expect(plain.outcome).toBe('adopted');
    expect(plain.counts.map((c) => [c.side, c.raw, c.weighted?.exact ?? null])).toEqual([
      ['for', 5, '5'],
      ['against', 3, '3'],
      ['abstain', 0, null],
    ]);
  });

  it('with the country cap, Argentina’s four votes count as one and the motion fails 2 to 3', () => {
    expect(capped.outcome).toBe('rejected');
    expect(capped.winner).toBeNull();
    expect(capped.counts.map((c) => [c.side, c.raw, c.weighted?.exact ?? null])).toEqual([
      ['for', 5, '2'],
      ['against', 3, '3'],
      ['abstain', 0, null],
    ]);
    expect(weightOf(capped, 'for', 'AR').exact).toBe('1/4');
    expect(weightOf(capped, 'for', 'UY').exact).toBe('1');
    expect(weightOf(plain, 'for', 'AR').exact).toBe('1');
    if (capped.weighting.kind !== 'country_cap') throw new Error('cap expected');
    expect(capped.weighting.maxShare.exact).toBe('1/5');
    expect(capped.weighting.membershipCountries).toBe(5);
    expect(stepOf(capped, 'cap_country')).toEqual([
      { side: 'for', country: 'AR', votes: 4, carried: '1', carriedExact: '1', perVote: '0.25', perVoteExact: '1/4' },
    ]);
    expect(stepOf(capped, 'threshold_majority_of_cast')).toEqual([{ side: 'for', votes: '2', cast: '5', required: '2.5' }]);
  });

  it('lists the recused ALS and leaves it out of eligibility and quorum', () => {
    for (const r of [capped, plain]) {
      expect(r.electorate).toEqual({ total: 10, eligible: 9, recused: ['br2'], inactive: [], ineligible: 0 });
      expect(r.quorum).toEqual({ kind: 'share_of_eligible', met: true, waived: false, participants: 8, eligible: 9, required: 5 });
      expect(stepOf(r, 'recused')).toEqual([{ voter: 'BR2' }]);
    }
  });

  it('counts Chile’s vote cast by Mexico under its proxy', () => {
    expect(capped.participation.proxies).toEqual([{ holder: 'MX1', voter: 'CL1' }]);
    expect(stepOf(capped, 'proxy')).toEqual([{ holder: 'MX1', voter: 'CL1' }]);
  });

  it('explains the calculation in order', () => {
    expect(codes(capped)).toEqual([
      'electorate',
      'recused',
      'cap_share_countries',
      'ballots',
      'proxy',
      'raw',
      'raw',
      'raw',
      'quorum_share',
      'quorum_met',
      'cap_unreachable',
      'cap_country',
      'cap_unreachable',
      'weighted',
      'weighted',
      'threshold_majority_of_cast',
      'threshold_not_met',
      'outcome_rejected',
    ]);
  });

  it('gives the same result from a prepared electorate, and the result is plain JSON', () => {
    const prepared = prepareElectorate(LACRALO_VOTE_RULES, FIVE_COUNTRIES);
    expect(tally(LACRALO_VOTE_RULES, prepared, FIVE_COUNTRIES_BALLOTS)).toEqual(capped);
    // Prepared for other rules: prepared again, not misread.
    expect(tally(uncapped, prepared, FIVE_COUNTRIES_BALLOTS)).toEqual(plain);
    expect(JSON.parse(JSON.stringify(capped))).toEqual(capped);
  });

  it('weighs the eligible roll with the same cap when the majority is of those eligible', () => {
    const rules: VoteRules = { ...LACRALO_VOTE_RULES, threshold: { kind: 'absolute_majority_of_eligible' } };
    const r = tally(rules, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS);
    // Nine eligible ALSes in five countries, each country held to 1/5: every country weighs 1.
    expect(stepOf(r, 'eligible_weight')).toEqual([{ eligible: 9, total: '5', totalExact: '5' }]);
    expect(stepOf(r, 'threshold_majority_of_eligible')).toEqual([{ side: 'for', votes: '2', eligible: '5', required: '2.5' }]);
    expect(r.outcome).toBe('rejected');
  });

  it('caps each option of an election apart', () => {
    const rules: VoteRules = {
      ...LACRALO_VOTE_RULES,
      method: {
        kind: 'choice',
        options: [
          { id: 'ana', label: 'Ana' },
          { id: 'bruno', label: 'Bruno' },
        ],
      },
      threshold: { kind: 'more_for_than_against' },
    };
    const ballots = [vote('ar1', 'ana'), vote('ar2', 'ana'), vote('ar3', 'ana'), vote('br1', 'ana'), vote('mx1', 'bruno'), vote('uy1', 'bruno'), vote('cl1', 'bruno', 'mx1')];
    const r = tally(rules, FIVE_COUNTRIES, ballots);
    expect(r.counts.map((c) => [c.side, c.raw, c.weighted?.exact ?? null])).toEqual([
      ['ana', 4, '2'],
      ['bruno', 3, '3'],
      ['abstain', 0, null],
    ]);
    expect(weightOf(r, 'ana', 'AR').exact).toBe('1/3');
    expect(r).toMatchObject({ outcome: 'adopted', winner: 'bruno' });
  });

  it('water-fills with a fixed 30 % cap: capping Argentina pushes Brazil over, and the vote turns', () => {
    const many = (country: string, k: number) => Array.from({ length: k }, (_, i) => als(`${country.toLowerCase()}${i + 1}`, country));
    const forSide = [...many('AR', 10), ...many('BR', 5), ...many('CL', 1), ...many('MX', 1), ...many('PE', 1), ...many('UY', 1)];
    const againstSide = [...many('CO', 3), ...many('EC', 3), ...many('PY', 2), ...many('VE', 3)];
    const rules: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'country_cap', maxShare: { num: 3, den: 10 } } };
    const ballots = [...forSide.map((e) => vote(e.id, 'for')), ...againstSide.map((e) => vote(e.id, 'against'))];
    const electorate = { electors: [...forSide, ...againstSide] };
    const r = tally(rules, electorate, ballots);
    expect(stepOf(r, 'cap_round')).toEqual([
      { side: 'for', round: 1, total: '19', totalExact: '19', limit: '5.7', limitExact: '57/10', countries: 'AR' },
      { side: 'for', round: 2, total: '12.8571', totalExact: '90/7', limit: '3.8571', limitExact: '27/7', countries: 'BR' },
    ]);
    expect(stepOf(r, 'cap_round_none')).toEqual([
      { side: 'for', round: 3, total: '10', totalExact: '10', limit: '3', limitExact: '3' },
      { side: 'against', round: 1, total: '11', totalExact: '11', limit: '3.3', limitExact: '33/10' },
    ]);
    expect(weightOf(r, 'for', 'AR').exact).toBe('3/10');
    expect(weightOf(r, 'for', 'BR').exact).toBe('3/5');
    expect(r.counts.slice(0, 2).map((c) => c.weighted?.exact)).toEqual(['10', '11']);
    expect(r.outcome).toBe('rejected');
    expect(tally({ ...rules, weighting: { kind: 'none' } }, electorate, ballots).outcome).toBe('adopted');
  });
});

describe('ALAC Rule 15.4: five non-abstaining votes, more for than against', () => {
  const alac: Electorate = { electors: Array.from({ length: 15 }, (_, i) => member(`m${i + 1}`)) };
  const votes = (f: number, a: number, ab: number): Ballot[] => {
    const out: Ballot[] = [];
    let i = 1;
    for (let k = 0; k < f; k++) out.push(vote(`m${i++}`, 'for'));
    for (let k = 0; k < a; k++) out.push(vote(`m${i++}`, 'against'));
    for (let k = 0; k < ab; k++) out.push(vote(`m${i++}`, 'abstain'));
    return out;
  };

  it('four votes for and eight abstentions are not enough', () => {
    const r = tally(ALAC_VOTE_RULES, alac, votes(4, 0, 8));
    expect(r.outcome).toBe('no_quorum');
    expect(r.quorum).toMatchObject({ kind: 'min_non_abstaining', met: false, required: 5 });
    expect(stepOf(r, 'quorum_min_votes')).toEqual([{ votes: 4, required: 5 }]);
    expect(r.threshold.evaluated).toBe(false);
  });

  it('four for, one against, ten abstentions: adopted (abstentions are reported, not counted)', () => {
    const r = tally(ALAC_VOTE_RULES, alac, votes(4, 1, 10));
    expect(r.outcome).toBe('adopted');
    expect(r.winner).toBe('for');
    expect(r.counts[2]).toEqual({ side: 'abstain', raw: 10, weighted: null });
    expect(stepOf(r, 'threshold_more_for_than_against')).toEqual([{ for: '4', against: '1' }]);
  });

  it('a tie is not "more for than against": the motion fails', () => {
    const r = tally(ALAC_VOTE_RULES, alac, votes(3, 3, 0));
    expect(r.outcome).toBe('rejected');
    expect(r.tie).toEqual({ sides: ['for', 'against'], resolution: { kind: 'rejected' } });
    expect(codes(r).slice(-3)).toEqual(['tie', 'tie_rejected', 'outcome_rejected']);
  });

  it('no weighting: every vote counts one, and nothing says otherwise', () => {
    const r = tally(ALAC_VOTE_RULES, alac, votes(6, 2, 0));
    expect(r.weighting).toEqual({ kind: 'none' });
    expect(codes(r).filter((c) => c.startsWith('cap') || c === 'weighted')).toEqual([]);
  });
});

describe('aggregate counts', () => {
  const roll: Electorate = { electors: Array.from({ length: 120 }, (_, i) => member(`m${i}`)) };
  const rules: VoteRules = { ...ALAC_VOTE_RULES, quorum: { kind: 'share_of_eligible', share: { num: 1, den: 2 }, comparison: 'at_least' } };

  it('adds 70 for / 30 against from a remote count to the ballots typed in the room, with who entered it and how', () => {
    const ballots: Ballot[] = [count({ for: 70, against: 30 }, null, 'Secretary Ana', 'remote_count'), vote('m1', 'against'), vote('m2', 'abstain')];
    const r = tally(rules, roll, ballots);
    expect(r.counts.map((c) => [c.side, c.raw])).toEqual([
      ['for', 70],
      ['against', 31],
      ['abstain', 1],
    ]);
    expect(r.participation).toMatchObject({ participants: 102, individual: 2, aggregate: 100, nonAbstaining: 101 });
    expect(stepOf(r, 'aggregate')).toEqual([{ by: 'Secretary Ana', how: 'remote_count', country: '—', total: 100 }]);
    expect(r.outcome).toBe('adopted');
  });

  it('under the country cap, weighs a count with its country and leaves out one without', () => {
    const electorate: Electorate = {
      electors: [...Array.from({ length: 6 }, (_, i) => als(`ar${i}`, 'AR')), als('br1', 'BR'), als('cl1', 'CL'), als('uy1', 'UY')],
    };
    const ballots: Ballot[] = [count({ for: 5 }, 'AR'), count({ against: 2 }, null), vote('br1', 'for'), vote('cl1', 'against'), vote('uy1', 'against')];
    const r = tally(LACRALO_VOTE_RULES, electorate, ballots);
    expect(r.ignored).toEqual([{ voter: null, reason: 'aggregate_without_country' }]);
    // For: AR 5 and BR 1 (two countries, cap 1/4 unreachable): AR brought down to 1. Against: CL 1, UY 1.
    expect(r.counts.slice(0, 2).map((c) => c.weighted?.exact)).toEqual(['2', '2']);
    expect(weightOf(r, 'for', 'AR').exact).toBe('1/5');
    expect(r.outcome).toBe('tie');
  });
});

describe('quorum', () => {
  const ten: Electorate = { electors: Array.from({ length: 10 }, (_, i) => member(`m${i}`)) };
  const five = Array.from({ length: 5 }, (_, i) => vote(`m${i}`, i < 3 ? 'for' : 'abstain'));
  const rules = (comparison: 'at_least' | 'more_than'): VoteRules => ({
    ...ALAC_VOTE_RULES,
    quorum: { kind: 'share_of_eligible', share: { num: 1, den: 2 }, comparison },
  });

  it('"at least half" of 10 is 5 (abstentions take part); "more than half" is 6', () => {
    expect(tally(rules('at_least'), ten, five).quorum).toMatchObject({ met: true, required: 5, participants: 5 });
    expect(tally(rules('more_than'), ten, five)).toMatchObject({ outcome: 'no_quorum', quorum: { met: false, required: 6 } });
  });

  it('rounds a share of an odd roll up: half of 9 needs 5', () => {
    expect(tally(rules('at_least'), { electors: ten.electors.slice(0, 9) }, five).quorum.required).toBe(5);
  });

  it('inactive ALSes leave the quorum count', () => {
    const e: Electorate = { electors: ten.electors.map((x, i) => (i >= 6 ? { ...x, status: 'inactive' as const } : x)) };
    const r = tally(rules('more_than'), e, five.slice(0, 4));
    expect(r.quorum).toMatchObject({ eligible: 6, required: 4, met: true });
    expect(r.electorate.inactive).toEqual(['m6', 'm7', 'm8', 'm9']);
    expect(stepOf(r, 'inactive')).toHaveLength(4);
  });

  it('is not needed at the close of an extended vote', () => {
    const r = tally(rules('more_than'), ten, five.slice(0, 1), { quorumWaived: true });
    expect(r.quorum).toMatchObject({ met: true, waived: true });
    expect(codes(r)).toContain('quorum_waived');
    expect(r.outcome).toBe('adopted');
  });

  it('none: any participation decides', () => {
    const r = tally({ ...ALAC_VOTE_RULES, quorum: { kind: 'none' } }, ten, [vote('m1', 'for')]);
    expect(r.outcome).toBe('adopted');
    expect(codes(r)).toContain('quorum_none');
  });
});

describe('thresholds', () => {
  const roll: Electorate = { electors: Array.from({ length: 12 }, (_, i) => member(`m${i}`)) };
  const ballots = (f: number, a: number, ab: number) => [
    ...Array.from({ length: f }, (_, i) => vote(`m${i}`, 'for')),
    ...Array.from({ length: a }, (_, i) => vote(`m${f + i}`, 'against')),
    ...Array.from({ length: ab }, (_, i) => vote(`m${f + a + i}`, 'abstain')),
  ];
  const base: VoteRules = { ...ALAC_VOTE_RULES, quorum: { kind: 'none' } };
  const outcome = (t: VoteRules['threshold'], f: number, a: number, ab = 0, abstentions: VoteRules['abstentions'] = 'reported') =>
    tally({ ...base, threshold: t, abstentions }, roll, ballots(f, a, ab)).outcome;

  it('simple majority of the votes cast: abstentions count against when the rule counts them', () => {
    expect(outcome({ kind: 'simple_majority_of_cast' }, 5, 4, 2)).toBe('adopted');
    expect(outcome({ kind: 'simple_majority_of_cast' }, 5, 4, 2, 'counted')).toBe('rejected');
  });

  it('two thirds: exactly two thirds passes', () => {
    expect(outcome({ kind: 'two_thirds' }, 6, 3)).toBe('adopted');
    expect(outcome({ kind: 'two_thirds' }, 5, 3)).toBe('rejected');
  });

  it('absolute majority of those eligible (12): 7 are needed, whoever abstains', () => {
    expect(outcome({ kind: 'absolute_majority_of_eligible' }, 6, 0)).toBe('rejected');
    expect(outcome({ kind: 'absolute_majority_of_eligible' }, 7, 5)).toBe('adopted');
  });

  it('unanimity: one vote against breaks it; an abstention only when abstentions are counted', () => {
    expect(outcome({ kind: 'unanimity' }, 8, 1)).toBe('rejected');
    expect(outcome({ kind: 'unanimity' }, 8, 0, 1)).toBe('adopted');
    expect(outcome({ kind: 'unanimity' }, 8, 0, 1, 'counted')).toBe('rejected');
    expect(outcome({ kind: 'unanimity' }, 0, 0, 3)).toBe('rejected');
  });

  it('a custom fraction of the cast or of the eligible, at least or more than', () => {
    const f = (of: 'cast' | 'eligible', comparison: 'at_least' | 'more_than') => ({ kind: 'fraction' as const, fraction: { num: 3, den: 5 }, of, comparison });
    expect(outcome(f('cast', 'at_least'), 6, 4)).toBe('adopted');
    expect(outcome(f('cast', 'more_than'), 6, 4)).toBe('rejected');
    expect(outcome(f('eligible', 'at_least'), 7, 0)).toBe('rejected'); // 3/5 of 12 = 7.2
    expect(outcome(f('eligible', 'at_least'), 8, 0)).toBe('adopted');
    const r = tally({ ...base, threshold: f('eligible', 'more_than') }, roll, ballots(8, 0, 0));
    expect(stepOf(r, 'threshold_fraction_of_eligible_more_than')).toEqual([{ side: 'for', votes: '8', eligible: '12', fraction: '0.6', required: '7.2' }]);
    expect(r.threshold).toEqual({ kind: 'fraction', evaluated: true, met: true, side: 'for', votes: { exact: '8', value: 8 }, required: { exact: '36/5', value: 7.2 } });
  });

  it('nobody voting for never adopts, even when the required share of nothing is nothing', () => {
    expect(outcome({ kind: 'fraction', fraction: { num: 1, den: 2 }, of: 'cast', comparison: 'at_least' }, 0, 0, 2)).toBe('rejected');
  });
});

describe('ties', () => {
  const roll: Electorate = { electors: Array.from({ length: 6 }, (_, i) => member(`m${i}`)) };
  const even = [vote('m0', 'for'), vote('m1', 'for'), vote('m2', 'against'), vote('m3', 'against')];
  const lacralo: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' } };

  it('LACRALO: a tie calls for a second ballot', () => {
    const r = tally(lacralo, roll, even);
    expect(r).toMatchObject({ outcome: 'tie', tie: { sides: ['for', 'against'], resolution: { kind: 'second_ballot' } } });
    expect(codes(r).slice(-3)).toEqual(['tie', 'tie_second_ballot', 'outcome_tie']);
  });

  it('a tie on the second ballot is drawn with the recorded seed, and the draw replays', () => {
    expect(tally(lacralo, roll, even, { round: 2 })).toMatchObject({ outcome: 'tie', tie: { resolution: { kind: 'draw_pending' } } });
    const r = tally(lacralo, roll, even, { round: 2, seed: 'vote-42' });
    expect(r.tie?.resolution).toMatchObject({ kind: 'draw', seed: 'vote-42', algorithm: 'sfc32-cyrb128' });
    const drawn = (r.tie!.resolution as { drawn: string }).drawn;
    expect(r.outcome).toBe(drawn === 'for' ? 'adopted' : 'rejected');
    expect(tally(lacralo, roll, [...even].reverse(), { round: 2, seed: 'vote-42' })).toEqual(r);
    expect(stepOf(r, 'tie_draw')).toEqual([{ sides: 'for, against', seed: 'vote-42', algorithm: 'sfc32-cyrb128', drawn }]);
  });

  it('the chair’s casting vote breaks the tie', () => {
    const rules: VoteRules = { ...lacralo, ties: { kind: 'chair_casting_vote' } };
    expect(tally(rules, roll, even).tie?.resolution).toEqual({ kind: 'casting_vote_pending' });
    const r = tally(rules, roll, even, { castingVote: { by: 'm0', choice: 'against' } });
    expect(r).toMatchObject({ outcome: 'rejected', tie: { resolution: { kind: 'casting_vote', by: 'm0', choice: 'against' } } });
    expect(tally(rules, roll, even, { castingVote: { by: 'm0', choice: 'for' } }).outcome).toBe('adopted');
  });

  it('no tie when nobody voted', () => {
    expect(tally({ ...lacralo, quorum: { kind: 'none' } }, roll, []).tie).toBeNull();
  });
});

describe('choice votes (an election)', () => {
  const rules: VoteRules = {
    ...LACRALO_VOTE_RULES,
    method: {
      kind: 'choice',
      options: [
        { id: 'ana', label: 'Ana' },
        { id: 'bruno', label: 'Bruno' },
        { id: 'carla', label: 'Carla' },
      ],
    },
    threshold: { kind: 'more_for_than_against' },
    quorum: { kind: 'none' },
    weighting: { kind: 'none' },
  };
  const roll: Electorate = { electors: Array.from({ length: 9 }, (_, i) => member(`m${i}`)) };

  it('the candidate with most votes wins a plurality vote', () => {
    const r = tally(rules, roll, [vote('m0', 'ana'), vote('m1', 'ana'), vote('m2', 'bruno'), vote('m3', 'carla'), vote('m4', 'abstain')]);
    expect(r).toMatchObject({ outcome: 'adopted', winner: 'ana' });
    expect(stepOf(r, 'threshold_plurality')).toEqual([{ side: 'ana', votes: '2', next: '1' }]);
    expect(stepOf(r, 'outcome_chosen')).toEqual([{ side: 'ana' }]);
  });

  it('a tie at the top goes to a second ballot among the tied, which only they can win', () => {
    const first = tally(rules, roll, [vote('m0', 'ana'), vote('m1', 'bruno'), vote('m2', 'carla'), vote('m3', 'ana'), vote('m4', 'bruno')]);
    expect(first.tie).toEqual({ sides: ['ana', 'bruno'], resolution: { kind: 'second_ballot' } });
    const second = tally(rules, roll, [vote('m0', 'ana'), vote('m1', 'bruno'), vote('m2', 'carla'), vote('m3', 'bruno')], { round: 2, runoff: first.tie!.sides });
    expect(second).toMatchObject({ outcome: 'adopted', winner: 'bruno', round: 2 });
    expect(second.ignored).toEqual([{ voter: 'm2', reason: 'unknown_option' }]);
    expect(second.counts.map((c) => c.side)).toEqual(['ana', 'bruno', 'abstain']);
  });

  it('a majority rule with no candidate over half: nobody is chosen', () => {
    const r = tally({ ...rules, threshold: { kind: 'simple_majority_of_cast' } }, roll, [vote('m0', 'ana'), vote('m1', 'bruno'), vote('m2', 'carla'), vote('m3', 'ana')]);
    expect(r).toMatchObject({ outcome: 'rejected', winner: null, tie: null });
  });
});

describe('ballots that cannot count are left out, with the rule they break', () => {
  const electorate: Electorate = {
    electors: [member('a'), member('b'), member('c', 'recused'), member('d', 'inactive'), member('e', 'ineligible'), member('f'), member('g'), member('h')],
    proxies: [{ from: 'f', to: 'g' }],
  };
  const rules: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' }, quorum: { kind: 'none' } };

  it('lists each one and counts the rest', () => {
    const r = tally(rules, electorate, [
      vote('zz', 'for'),
      vote('c', 'for'),
      vote('d', 'for'),
      vote('e', 'for'),
      vote('a', 'maybe'),
      vote('b', 'for'),
      vote('b', 'for'),
      vote('h', 'for'),
      vote('h', 'against'),
      vote('f', 'for'),
      vote('a', 'for', 'b'),
      vote('f', 'against', 'g'),
    ]);
    expect(r.ignored).toEqual([
      { voter: 'a', reason: 'proxy_missing' },
      { voter: 'a', reason: 'unknown_option' },
      { voter: 'b', reason: 'already_voted' },
      { voter: 'c', reason: 'voter_recused' },
      { voter: 'd', reason: 'voter_inactive' },
      { voter: 'e', reason: 'voter_not_eligible' },
      { voter: 'f', reason: 'proxy_given' },
      { voter: 'h', reason: 'already_voted' },
      { voter: 'h', reason: 'already_voted' },
      { voter: 'zz', reason: 'voter_not_eligible' },
    ]);
    expect(r.counts.map((c) => c.raw)).toEqual([1, 1, 0]);
    expect(stepOf(r, 'ballot_ignored')).toHaveLength(10);
  });

  it('drops proxies the rules do not allow or beyond the limit, in the order they were notified', () => {
    const e: Electorate = {
      electors: [member('a'), member('b'), member('c'), member('d')],
      proxies: [
        { from: 'a', to: 'b' },
        { from: 'c', to: 'b' },
        { from: 'd', to: 'd' },
      ],
    };
    const r = tally(rules, e, [vote('a', 'for', 'b'), vote('c', 'for', 'b')]);
    expect(stepOf(r, 'proxy_dropped')).toEqual([
      { holder: 'b', voter: 'c', reason: 'proxy_limit' },
      { holder: 'd', voter: 'd', reason: 'proxy_self' },
    ]);
    expect(r.participation.proxies).toEqual([{ holder: 'b', voter: 'a' }]);
    const none = tally({ ...rules, proxies: { allowed: false, maxHeld: 1 } }, e, [vote('a', 'for', 'b')]);
    expect(none.ignored).toEqual([{ voter: 'a', reason: 'proxy_missing' }]);
    expect(stepOf(none, 'proxy_dropped')[0]).toMatchObject({ reason: 'proxy_not_allowed' });
  });
});

// ---- properties ------------------------------------------------------------------------------

const COUNTRIES = ['AR', 'BR', 'CL', 'MX', 'UY', 'PE'];
const statusArb = fc.constantFrom('eligible', 'eligible', 'eligible', 'eligible', 'recused', 'inactive', 'ineligible') as fc.Arbitrary<Elector['status']>;
const electorsArb = fc
  .array(fc.tuple(fc.constantFrom(...COUNTRIES), statusArb), { minLength: 1, maxLength: 30 })
  .map((xs) => xs.map(([country, status], i) => als(`v${i}`, country, status)));
const ratioArb = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }))
  .filter(([n, d]) => n <= d)
  .map(([num, den]) => ({ num, den }));
const rulesArb: fc.Arbitrary<VoteRules> = fc.record({
  voters: fc.constant('als' as const),
  method: fc.constant({ kind: 'yes_no_abstain' as const }),
  ballot: fc.constantFrom('secret' as const, 'roll_call' as const),
  quorum: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    ratioArb.map((share) => ({ kind: 'share_of_eligible' as const, share, comparison: 'at_least' as const })),
    fc.integer({ min: 1, max: 5 }).map((min) => ({ kind: 'min_non_abstaining' as const, min })),
  ),
  threshold: fc.oneof(
    fc.constantFrom(
      { kind: 'more_for_than_against' as const },
      { kind: 'simple_majority_of_cast' as const },
      { kind: 'two_thirds' as const },
      { kind: 'absolute_majority_of_eligible' as const },
      { kind: 'unanimity' as const },
    ),
    fc.record({
      kind: fc.constant('fraction' as const),
      fraction: ratioArb,
      of: fc.constantFrom('cast' as const, 'eligible' as const),
      comparison: fc.constant('at_least' as const),
    }),
  ),
  abstentions: fc.constantFrom('reported' as const, 'counted' as const),
  ties: fc.constantFrom({ kind: 'second_ballot_then_draw' as const }, { kind: 'chair_casting_vote' as const }, { kind: 'rejected' as const }),
  weighting: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.constant({ kind: 'country_cap' as const, maxShare: 'one_over_countries' as const }),
    ratioArb.map((maxShare) => ({ kind: 'country_cap' as const, maxShare })),
  ),
  proxies: fc.record({ allowed: fc.boolean(), maxHeld: fc.integer({ min: 1, max: 2 }) }),
});
const choiceArb = fc.constantFrom('for', 'against', 'abstain');

/** An electorate, the rules, and ballots from some of its voters (some invalid, some repeated). */
const scenario = fc
  .tuple(electorsArb, rulesArb)
  .chain(([electors, rules]) =>
    fc.record({
      electors: fc.constant(electors),
      rules: fc.constant(rules),
      proxies: fc.array(
        fc.record({ from: fc.integer({ min: 0, max: electors.length - 1 }), to: fc.integer({ min: 0, max: electors.length - 1 }) }).map(({ from, to }) => ({
          from: `v${from}`,
          to: `v${to}`,
        })),
        { maxLength: 4 },
      ),
      ballots: fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 0, max: electors.length }), choiceArb).map(([i, c]) => vote(`v${i}`, c)) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...COUNTRIES))
              .map(([f, a, country]) => count({ for: f, against: a }, country)),
          },
        ),
        { maxLength: 40 },
      ),
    }),
  );

describe('properties', () => {
  it('permuting the ballots never changes the result', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => fc.record({ s: fc.constant(s), order: fc.shuffledSubarray(s.ballots, { minLength: s.ballots.length, maxLength: s.ballots.length }) })),
        fc.string({ maxLength: 8 }),
        ({ s, order }, seed) => {
          const e = { electors: s.electors, proxies: s.proxies };
          for (const round of [1, 2]) expect(tally(s.rules, e, order, { round, seed })).toEqual(tally(s.rules, e, s.ballots, { round, seed }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the cap never lets a country exceed its share on either side (unless too few countries voted on it)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = tally(s.rules, { electors: s.electors, proxies: s.proxies }, s.ballots);
        if (r.weighting.kind !== 'country_cap') return;
        const maxShare = parseRational(r.weighting.maxShare.exact);
        for (const { cap } of r.weighting.sides) {
          const total = parseRational(cap.total.exact);
          for (const c of cap.countries) {
            const carried = parseRational(c.carried.exact);
            if (cap.unreachable) expect(c.carried.exact).toBe(cap.level!.exact);
            else expect(le(carried, mul(maxShare, total))).toBe(true);
            expect(le(carried, rat(c.votes))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('removing a recused voter never changes other voters’ weights, except through the cap', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const recused = s.electors.filter((e) => e.status === 'recused');
        if (recused.length === 0) return;
        const gone = recused[0];
        const before = tally(s.rules, { electors: s.electors, proxies: s.proxies }, s.ballots);
        const after = tally(
          s.rules,
          { electors: s.electors.filter((e) => e !== gone), proxies: s.proxies },
          s.ballots.filter((b) => b.kind !== 'individual' || b.voterId !== gone.id),
        );
        const countriesBefore = new Set(s.electors.map((e) => e.country)).size;
        const countriesAfter = new Set(s.electors.filter((e) => e !== gone).map((e) => e.country)).size;
        const capMoved = s.rules.weighting.kind === 'country_cap' && s.rules.weighting.maxShare === 'one_over_countries' && countriesBefore !== countriesAfter;
        if (capMoved) return;
        expect(after.counts).toEqual(before.counts);
        // The weights: what each country's ballots count for, side by side.
        const weights = (r: typeof before) => (r.weighting.kind === 'country_cap' ? [r.weighting.maxShare, r.weighting.sides] : 'none');
        expect(weights(after)).toEqual(weights(before));
        expect(after.outcome).toBe(before.outcome);
      }),
      { numRuns: 300 },
    );
  });

  it('a prepared electorate gives the same result as plain arrays', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const e = { electors: s.electors, proxies: s.proxies };
        expect(tally(s.rules, prepareElectorate(s.rules, e), s.ballots)).toEqual(tally(s.rules, e, s.ballots));
      }),
      { numRuns: 200 },
    );
  });

  it('a unanimous yes always passes a reachable threshold', () => {
    fc.assert(
      fc.property(electorsArb, rulesArb, (electors, rules) => {
        const eligible = electors.filter((e) => e.status === 'eligible');
        if (eligible.length === 0) return;
        if (rules.quorum.kind === 'min_non_abstaining' && eligible.length < rules.quorum.min) return; // unreachable quorum
        const r = tally(rules, { electors }, eligible.map((e) => vote(e.id, 'for')));
        expect(r.outcome).toBe('adopted');
        expect(r.winner).toBe('for');
      }),
      { numRuns: 500 },
    );
  });
});
