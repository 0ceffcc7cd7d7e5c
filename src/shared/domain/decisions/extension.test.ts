import { describe, expect, it } from 'vitest';
import { atClose, extendVote, periodTallyOptions, type VotePeriod } from './extension';
import { member, vote } from './fixtures';
import { LACRALO_VOTE_RULES, type VoteRules } from './rules';
import { tally } from './tally';

const period: VotePeriod = { opensAt: '2026-05-01T00:00:00.000Z', closesAt: '2026-05-08T00:00:00.000Z', extendedFrom: null };
const rules: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' } };
const electorate = { electors: Array.from({ length: 10 }, (_, i) => member(`als${i}`)) };
const ballots = [vote('als0', 'for'), vote('als1', 'for'), vote('als2', 'against')];

describe('extension of a vote without quorum', () => {
  it('a vote missing quorum is extended once by its original period, after which no quorum is needed', () => {
    const first = tally(rules, electorate, ballots, periodTallyOptions(period));
    expect(first.outcome).toBe('no_quorum');
    expect(atClose(period, first)).toBe('extend');
    const r = extendVote(period, first.quorum.met);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value).toEqual({ opensAt: period.opensAt, closesAt: '2026-05-15T00:00:00.000Z', extendedFrom: period.closesAt });
    const second = tally(rules, electorate, ballots, periodTallyOptions(r.value));
    expect(second.outcome).toBe('adopted');
    expect(second.quorum.waived).toBe(true);
    expect(atClose(r.value, second)).toBe('final');
    expect(extendVote(r.value, false)).toMatchObject({ ok: false, error: { code: 'extension_used' } });
  });

  it('refuses to extend a quorate vote', () => {
    expect(extendVote(period, true)).toMatchObject({ ok: false, error: { code: 'extension_quorum_met' } });
    expect(atClose(period, { outcome: 'adopted' })).toBe('final');
  });
});
