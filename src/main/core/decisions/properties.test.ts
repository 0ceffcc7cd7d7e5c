import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteView } from '../../../shared/domain/decisions/contract';
import { LACRALO_VOTE_RULES, type VoteRules } from '../../../shared/domain/decisions/rules';
import { tally, type Ballot } from '../../../shared/domain/decisions/tally';
import type { Result } from '../../../shared/errors';
import { snapshot } from '../../test/tmp';
import { decisionsWorld, FIVE_COUNTRY_ALSES } from './test-helpers';

// Whatever is thrown at a vote through dispatch (valid ballots, repeated ones, ballots from the recused
// ALS or from one that gave its proxy, counts entered by the secretary), each call is either recorded
// or refused with nothing changed, and the stored result is tally() on what was recorded.

const KEYS = FIVE_COUNTRY_ALSES.map(([k]) => k);

const attempt = fc.oneof(
  fc.record({ kind: fc.constant('individual' as const), voter: fc.constantFrom(...KEYS), choice: fc.constantFrom('for', 'against', 'abstain', 'blank'), viaProxy: fc.boolean() }),
  fc.record({
    kind: fc.constant('aggregate' as const),
    for: fc.nat(3),
    against: fc.nat(3),
    country: fc.constantFrom('AR', 'BR', 'CL', 'MX', 'UY', null),
  }),
);

describe('votes through dispatch, property', () => {
  it('each attempt is recorded or refused without a change, and the result is tally() of what was recorded', () => {
    const w = decisionsWorld();
    fc.assert(
      fc.property(
        fc.constantFrom<VoteRules['weighting']>({ kind: 'none' }, { kind: 'country_cap', maxShare: 'one_over_countries' }, { kind: 'country_cap', maxShare: { num: 1, den: 3 } }),
        fc.constantFrom(...KEYS),
        fc.array(attempt, { minLength: 1, maxLength: 14 }),
        (weighting, recused, attempts) => {
          const d = w.propose();
          w.call('decisions.recuse', { decisionId: d.id, alsId: w.als[recused], reason: 'Conflict of interest' });
          const vote = w.call<VoteView>('votes.create', { decisionId: d.id, rules: { ...LACRALO_VOTE_RULES, ballot: 'roll_call', weighting } });
          const giver = recused === 'br2' ? 'br1' : 'br2';
          w.call('votes.proxy', { voteId: vote.id, giverId: w.als[giver], holderId: w.als.cl === w.als[recused] ? w.als.uy : w.als.cl });
          w.call('votes.open', { voteId: vote.id });
          for (const a of attempts) {
            const before = snapshot(w.core);
            const input =
              a.kind === 'individual'
                ? { voteId: vote.id, voterId: w.als[a.voter], choice: a.choice, ...(a.viaProxy ? { castBy: w.als.cl } : {}) }
                : { voteId: vote.id, counts: { for: a.for, against: a.against }, country: a.country, enteredBy: w.secretary, how: 'remote_count' };
            const res = w.core.dispatch(a.kind === 'individual' ? 'votes.cast' : 'votes.aggregate', input) as Result<VoteView>;
            if (!res.ok) expect(snapshot(w.core)).toEqual(before);
          }
          const closed = w.call<VoteView>('votes.close', { voteId: vote.id });
          const ballots: Ballot[] = closed.ballots.map((b) =>
            b.kind === 'individual'
              ? { kind: 'individual', voterId: b.voterId!, choice: b.choice!, castBy: b.castBy, how: b.how }
              : { kind: 'aggregate', counts: b.counts!, country: b.country, enteredBy: b.enteredBy!, how: b.how },
          );
          const expected = tally(
            closed.rules,
            { electors: closed.electors.map((e) => ({ id: e.id, label: e.label, country: e.country, status: e.status })), proxies: closed.proxies.map((p) => ({ from: p.giverId, to: p.holderId })) },
            ballots,
            { round: 1, ...(closed.seed ? { seed: closed.seed } : {}) },
          );
          expect(closed.result).toEqual(JSON.parse(JSON.stringify(expected)));
          // Nothing refused ever reaches the tally: it ignores no ballot.
          expect(closed.result!.ignored).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('tells the screens what changed', () => {
    const w = decisionsWorld();
    const d = w.propose();
    w.events.length = 0;
    const vote = w.call<VoteView>('votes.create', { decisionId: d.id });
    w.call('votes.open', { voteId: vote.id });
    w.call('votes.cast', { voteId: vote.id, voterId: w.als.ar1, choice: 'for' });
    expect(w.events.filter(([e]) => e === 'decisions.changed')).toContainEqual(['decisions.changed', { decisionId: d.id, meetingId: w.meetingId }]);
    // A ballot does not make the live session re-read (it shows the decisions' texts only); a proposal does.
    expect(w.events.filter(([e]) => e === 'live.changed')).toEqual([]);
    w.propose('Another');
    expect(w.events.filter(([e]) => e === 'live.changed')).toEqual([['live.changed', { meetingId: w.meetingId }]]);
  });
});
