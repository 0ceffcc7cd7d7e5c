import { describe, expect, it } from 'vitest';
import { consensusEvent, consensusOutcome, initialConsensus, phaseOf, reduceConsensus, replayConsensus, type ConsensusEvent, type ConsensusState } from './consensus';

const t = (d: number) => `2026-03-${String(d).padStart(2, '0')}T15:00:00.000Z`;
const apply = (events: ConsensusEvent[]): ConsensusState => {
  const r = replayConsensus(events);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const refusal = (s: ConsensusState, e: ConsensusEvent) => {
  const r = reduceConsensus(s, e);
  return r.ok ? null : r.error.code;
};

describe('consensus designation', () => {
  const estimated = apply([{ type: 'estimate', at: t(1), by: 'chair', designation: 'strong_support_significant_opposition' }]);

  it('goes from the chair’s estimate through revisions to acceptance, keeping each round', () => {
    const s = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'strong_support_significant_opposition' },
      { type: 'minority_view', at: t(2), id: 'mv1', text: 'Las ALS individuales deben tener voz propia.', holders: ['ALS Uruguay', 'ALS Perú', 'ALS Uruguay'] },
      { type: 'revise', at: t(3), by: 'chair', designation: 'consensus', changes: 'Paragraph 2 now keeps national weightings for one year only.' },
      { type: 'accept', at: t(4), by: 'chair' },
    ]);
    expect(s.rounds.map((r) => [r.round, r.designation, r.changes])).toEqual([
      [0, 'strong_support_significant_opposition', ''],
      [1, 'consensus', 'Paragraph 2 now keeps national weightings for one year only.'],
    ]);
    expect(s.minorityViews).toEqual([{ id: 'mv1', at: t(2), text: 'Las ALS individuales deben tener voz propia.', holders: ['ALS Uruguay', 'ALS Perú'] }]);
    expect(phaseOf(s)).toBe('accepted');
    expect(consensusOutcome(s)).toBe('adopted');
  });

  it('divergence, once accepted, sends the question to a vote', () => {
    const s = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'divergence' },
      { type: 'accept', at: t(2), by: 'chair' },
    ]);
    expect(consensusOutcome(s)).toBe('to_vote');
    expect(consensusOutcome(estimated)).toBe('pending');
  });

  it('hears a challenge by the chair first, then the liaison, and records each outcome', () => {
    const s = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'consensus' },
      { type: 'accept', at: t(2), by: 'chair' },
      { type: 'challenge', at: t(3), by: 'ALS Uruguay', to: 'chair', reason: 'Our objection was not heard.' },
      { type: 'decide_challenge', at: t(4), by: 'chair', outcome: 'maintained' },
      { type: 'challenge', at: t(5), by: 'ALS Uruguay', to: 'liaison', reason: 'Still not heard.' },
      { type: 'decide_challenge', at: t(6), by: 'liaison', outcome: 'revised', designation: 'strong_support_significant_opposition', note: 'Two ALSes object.' },
    ]);
    expect(s.challenges.map((c) => [c.to, c.outcome, c.designation])).toEqual([
      ['chair', 'maintained', null],
      ['liaison', 'revised', 'strong_support_significant_opposition'],
    ]);
    expect(s.designation).toBe('strong_support_significant_opposition');
    expect(consensusOutcome(s)).toBe('to_vote');
  });

  it('refuses steps out of order, naming the rule', () => {
    expect(refusal(initialConsensus, { type: 'revise', at: t(1), by: 'chair', designation: 'consensus', changes: 'x' })).toBe('designation_missing');
    expect(refusal(initialConsensus, { type: 'accept', at: t(1), by: 'chair' })).toBe('designation_missing');
    expect(refusal(initialConsensus, { type: 'challenge', at: t(1), by: 'a', to: 'chair', reason: 'x' })).toBe('designation_missing');
    expect(refusal(estimated, { type: 'estimate', at: t(2), by: 'chair', designation: 'consensus' })).toBe('designation_exists');
    expect(refusal(estimated, { type: 'challenge', at: t(2), by: 'a', to: 'liaison', reason: 'x' })).toBe('challenge_order');
    expect(refusal(estimated, { type: 'decide_challenge', at: t(2), by: 'chair', outcome: 'maintained' })).toBe('no_challenge');
    const accepted = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'consensus' },
      { type: 'accept', at: t(2), by: 'chair' },
    ]);
    expect(refusal(accepted, { type: 'revise', at: t(3), by: 'chair', designation: 'divergence', changes: 'x' })).toBe('designation_accepted');
    expect(refusal(accepted, { type: 'accept', at: t(3), by: 'chair' })).toBe('designation_accepted');
    const challenged = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'consensus' },
      { type: 'challenge', at: t(2), by: 'a', to: 'chair', reason: 'x' },
    ]);
    expect(phaseOf(challenged)).toBe('challenged');
    expect(refusal(challenged, { type: 'challenge', at: t(3), by: 'b', to: 'chair', reason: 'y' })).toBe('challenge_pending');
    expect(refusal(challenged, { type: 'revise', at: t(3), by: 'chair', designation: 'divergence', changes: 'x' })).toBe('challenge_pending');
    expect(refusal(challenged, { type: 'accept', at: t(3), by: 'chair' })).toBe('challenge_pending');
    expect(refusal(challenged, { type: 'decide_challenge', at: t(3), by: 'chair', outcome: 'revised' })).toBe('required');
    const revisedByChair = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'consensus' },
      { type: 'challenge', at: t(2), by: 'a', to: 'chair', reason: 'x' },
      { type: 'decide_challenge', at: t(3), by: 'chair', outcome: 'revised', designation: 'divergence' },
    ]);
    expect(refusal(revisedByChair, { type: 'challenge', at: t(4), by: 'a', to: 'liaison', reason: 'x' })).toBe('challenge_order');
    expect(refusal(estimated, { type: 'minority_view', at: t(2), id: 'm', text: 'x', holders: ['a'] })).toBeNull();
    const withView = apply([
      { type: 'estimate', at: t(1), by: 'chair', designation: 'consensus' },
      { type: 'minority_view', at: t(2), id: 'm', text: 'x', holders: ['a'] },
    ]);
    expect(refusal(withView, { type: 'minority_view', at: t(3), id: 'm', text: 'y', holders: ['b'] })).toBe('invalid_input');
  });

  it('has a schema for the events the screens send', () => {
    expect(consensusEvent.safeParse({ type: 'minority_view', at: t(1), id: 'm', text: '  ', holders: ['a'] }).success).toBe(false);
    expect(consensusEvent.safeParse({ type: 'minority_view', at: t(1), id: 'm', text: 'x', holders: [] }).success).toBe(false);
    expect(consensusEvent.safeParse({ type: 'estimate', at: t(1), by: 'chair', designation: 'near_consensus' }).success).toBe(false);
  });
});
