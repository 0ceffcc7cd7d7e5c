import { describe, expect, it } from 'vitest';
import { fromZodError } from '../../validation';
import { ALAC_VOTE_RULES, choicesOf, LACRALO_VOTE_RULES, readRatio, resultVisible, voteRules, type VoteRulesInput } from './rules';

const refusal = (input: unknown) => {
  const r = voteRules.safeParse(input, { reportInput: true });
  return r.success ? null : fromZodError(r.error);
};
const withThreshold = (threshold: unknown): VoteRulesInput => ({ ...LACRALO_VOTE_RULES, threshold }) as VoteRulesInput;

describe('vote rules', () => {
  it('the LACRALO and ALAC presets are valid rules and read back unchanged', () => {
    expect(voteRules.parse(LACRALO_VOTE_RULES)).toEqual(LACRALO_VOTE_RULES);
    expect(voteRules.parse(ALAC_VOTE_RULES)).toEqual(ALAC_VOTE_RULES);
    expect(voteRules.parse(JSON.parse(JSON.stringify(LACRALO_VOTE_RULES)))).toEqual(LACRALO_VOTE_RULES);
  });

  it('reads a fraction as a decimal, "n/d" or { num, den }, and keeps it exact', () => {
    const parse = (fraction: unknown) => voteRules.parse(withThreshold({ kind: 'fraction', fraction, of: 'cast', comparison: 'at_least' })).threshold;
    expect(parse(0.6)).toMatchObject({ fraction: { num: 3, den: 5 } });
    expect(parse('2/3')).toMatchObject({ fraction: { num: 2, den: 3 } });
    expect(parse({ num: 4, den: 6 })).toMatchObject({ fraction: { num: 2, den: 3 } });
    expect(parse(1)).toMatchObject({ fraction: { num: 1, den: 1 } });
    expect(readRatio('1/0')).toBeNull();
    expect(readRatio({ num: 1 })).toBeNull();
    expect(readRatio([1, 2])).toBeNull();
    expect(readRatio(Number.NaN)).toBeNull();
  });

  it('refuses a threshold outside 0–1, or one that can never be reached, naming the rule', () => {
    for (const fraction of [0, 1.5, -0.5, '3/2', { num: 0, den: 4 }]) {
      expect(refusal(withThreshold({ kind: 'fraction', fraction, of: 'cast', comparison: 'at_least' }))).toMatchObject({
        code: 'threshold_out_of_range',
        field: 'threshold.fraction',
      });
    }
    expect(refusal(withThreshold({ kind: 'fraction', fraction: 1, of: 'eligible', comparison: 'more_than' }))).toMatchObject({
      code: 'threshold_out_of_range',
      field: 'threshold.fraction',
    });
    expect(refusal(withThreshold({ kind: 'fraction', fraction: 'two thirds', of: 'cast', comparison: 'at_least' }))).toMatchObject({ code: 'invalid_input' });
    expect(refusal(withThreshold({ kind: 'fraction', of: 'cast', comparison: 'at_least' }))).toMatchObject({ code: 'required', field: 'threshold.fraction' });
  });

  it('refuses a quorum share and a country cap outside 0–1', () => {
    expect(refusal({ ...LACRALO_VOTE_RULES, quorum: { kind: 'share_of_eligible', share: 1.2, comparison: 'at_least' } })).toMatchObject({
      code: 'quorum_out_of_range',
      field: 'quorum.share',
    });
    expect(refusal({ ...LACRALO_VOTE_RULES, quorum: { kind: 'share_of_eligible', share: 1, comparison: 'more_than' } })).toMatchObject({
      code: 'quorum_out_of_range',
    });
    expect(refusal({ ...LACRALO_VOTE_RULES, weighting: { kind: 'country_cap', maxShare: 1.5 } })).toMatchObject({
      code: 'cap_out_of_range',
      field: 'weighting.maxShare',
    });
    expect(voteRules.parse({ ...LACRALO_VOTE_RULES, weighting: { kind: 'country_cap', maxShare: 0.3 } }).weighting).toEqual({
      kind: 'country_cap',
      maxShare: { num: 3, den: 10 },
    });
  });

  it('refuses repeated or reserved option ids, and unknown keys', () => {
    const options = (ids: string[]) => ({ ...LACRALO_VOTE_RULES, method: { kind: 'choice', options: ids.map((id) => ({ id, label: id })) } });
    expect(refusal(options(['ana', 'ana']))).toMatchObject({ code: 'duplicate_option', field: 'method.options' });
    expect(refusal(options(['ana', 'abstain']))).toMatchObject({ code: 'duplicate_option' });
    expect(refusal(options(['ana']))).toMatchObject({ code: 'too_small' });
    expect(refusal({ ...ALAC_VOTE_RULES, colour: 'red' })).toMatchObject({ code: 'unknown_key' });
    expect(refusal({ ...ALAC_VOTE_RULES, quorum: { kind: 'min_non_abstaining', min: 0 } })).toMatchObject({ code: 'too_small' });
  });

  it('lists the choices of a ballot and when a result may be seen', () => {
    expect(choicesOf(ALAC_VOTE_RULES)).toEqual(['for', 'against', 'abstain']);
    expect(choicesOf({ method: { kind: 'choice', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] } })).toEqual(['a', 'b', 'abstain']);
    expect(resultVisible(LACRALO_VOTE_RULES, 'open')).toBe(false); // secret: hidden until close
    expect(resultVisible(LACRALO_VOTE_RULES, 'closed')).toBe(true);
    expect(resultVisible(ALAC_VOTE_RULES, 'open')).toBe(true); // roll call: live
    expect(resultVisible(ALAC_VOTE_RULES, 'draft')).toBe(false);
  });
});
