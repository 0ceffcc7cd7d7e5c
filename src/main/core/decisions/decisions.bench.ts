import { afterAll, bench, describe } from 'vitest';
import type { DecisionDetail, VoteView } from '../../../shared/domain/decisions/contract';
import { LACRALO_VOTE_RULES, type VoteRules } from '../../../shared/domain/decisions/rules';
import type { Meeting } from '../../../shared/domain/meetings/contract';
import type { Result } from '../../../shared/errors';
import { insert } from '../../db/repo';
import { tempDirectoryFile } from '../directory/bench-file';
import { seedDirectory } from '../directory/scale';
import { createCore } from '../index';

// `npx vitest bench --run --project node src/main/core/decisions/decisions.bench.ts`: recording a
// ballot through `dispatch` (validation, the pure refusals, the insert and its journal line, the
// `synchronous=FULL` commit, and the whole VoteView answer with the re-tallied result) on a RALO of
// 300 accredited ALSs in 20 countries (one country holds a third of them), LACRALO rules with the
// 1/N country cap, one recusal and 20 proxies, in a 5,000-member directory. The target is
// 30 ms p95 from the click to the updated result, renderer included: this is the core's share.
//
// Each vote takes 300 ballots; when everyone has voted the bench opens a fresh vote (outside the
// timed call). p50 / p95 are each dispatch timed on its own, printed at the end of each bench.

const core = createCore(tempDirectoryFile());
const COUNTRIES = ['AR', 'BR', 'MX', 'CO', 'CL', 'PE', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'HT', 'TT'];
const { lacralo, als, secretary } = core.ctx.db.transaction(() => {
  const { ralos } = seedDirectory(core.ctx, 5000);
  const body = ralos[3];
  const ids = Array.from({ length: 300 }, (_, i) =>
    insert(core.ctx, 'als', {
      name: `Bench ALS ${i}`,
      country: i % 3 === 0 ? 'AR' : COUNTRIES[1 + (i % (COUNTRIES.length - 1))],
      ralo_id: body,
      accreditation_status: 'accredited',
      accredited_on: '2015-01-01',
    }).id as string,
  );
  const sec = insert(core.ctx, 'members', { name: 'Bench Secretary', email: 'bench.secretary@example.org', country: 'UY', languages: ['es'] }).id as string;
  return { lacralo: body, als: ids, secretary: sec };
})();

function call<T>(channel: string, input: unknown): T {
  const res = core.dispatch(channel, input) as Result<T>;
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.value;
}

const meeting = call<Meeting>('meetings.create', { bodyId: lacralo, title: 'LACRALO General Assembly', kind: 'call', startsAt: '2030-03-20T19:00:00Z', durationMinutes: 90, timeZone: 'UTC' });
const itemId = call<{ id: string }>('agenda.add', { meetingId: meeting.id, title: 'Fallback vote', plannedMinutes: 30, kind: 'decision' }).id;
// The ALSs of the seed's LACRALO besides ours are on the roll too (300 + 20).

/** A fresh open vote: one recused ALS, 20 proxies (ALS 1..20 give theirs to ALS 21..40). */
function freshVote(rules: VoteRules): { voteId: string; voters: { voterId: string; castBy?: string }[] } {
  const d = call<DecisionDetail>('decisions.propose', { meetingId: meeting.id, itemId, text: 'Bench question' });
  call('decisions.recuse', { decisionId: d.id, alsId: als[0], reason: 'Bench recusal' });
  const vote = call<VoteView>('votes.create', { decisionId: d.id, rules });
  for (let i = 1; i <= 20; i++) call('votes.proxy', { voteId: vote.id, giverId: als[i], holderId: als[20 + i] });
  call('votes.open', { voteId: vote.id });
  const voters = als.slice(1).map((id, j) => (j < 20 ? { voterId: id, castBy: als[21 + j] } : { voterId: id }));
  return { voteId: vote.id, voters };
}

const samples: number[] = [];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const CHOICES = ['for', 'against', 'for', 'abstain', 'for', 'against'];

function caster(rules: VoteRules, label: string) {
  let current = freshVote(rules);
  let k = 0;
  return {
    fn: () => {
      if (k === current.voters.length) {
        current = freshVote(rules);
        k = 0;
      }
      const v = current.voters[k];
      const t0 = performance.now();
      call<VoteView>('votes.cast', { voteId: current.voteId, ...v, choice: CHOICES[k % CHOICES.length], how: 'show_of_hands', enteredBy: secretary });
      samples.push(performance.now() - t0);
      k++;
    },
    teardown: (_task?: unknown, mode?: 'warmup' | 'run') => {
      if (mode === 'run' && samples.length) {
        console.log(`  votes.cast ${label}: n=${samples.length} p50=${pct(samples, 50).toFixed(2)} ms p95=${pct(samples, 95).toFixed(2)} ms max=${Math.max(...samples).toFixed(2)} ms`);
      }
      samples.length = 0;
    },
  };
}

const rollCall = caster({ ...LACRALO_VOTE_RULES, ballot: 'roll_call' }, 'roll call (live result)');
const secret = caster(LACRALO_VOTE_RULES, 'secret (result hidden)');
const plain = caster({ ...LACRALO_VOTE_RULES, ballot: 'roll_call', weighting: { kind: 'none' } }, 'roll call, weighting off');

describe('votes.cast through dispatch: 300 ALSs in 20 countries, LACRALO rules, 1/N country cap', () => {
  bench('votes.cast, roll call: the answer carries the re-tallied result', rollCall.fn, { teardown: rollCall.teardown, time: 3000 });
  bench('votes.cast, secret ballot (result hidden until close)', secret.fn, { teardown: secret.teardown, time: 3000 });
  bench('votes.cast, roll call, weighting off', plain.fn, { teardown: plain.teardown, time: 3000 });
});

afterAll(() => core.close());
