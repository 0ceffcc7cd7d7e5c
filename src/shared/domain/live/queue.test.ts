import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUEUE_POLICIES, SPEAKER_KINDS, type QueuePolicy } from './contract';
import { groupOf, moveRequest, placeRequest, removeRequest, type QueueEntry } from './queue';

const e = (id: string, over: Partial<QueueEntry> = {}): QueueEntry => ({ id, kind: 'normal', spoken: false, subRegion: null, gender: null, ...over });
const ids = (q: QueueEntry[]) => q.map((x) => x.id);
const build = (entries: QueueEntry[], policy: QueuePolicy = 'none') => entries.reduce<QueueEntry[]>((q, x) => placeRequest(q, x, policy), []);

const entryArb = fc.record({
  kind: fc.constantFrom(...SPEAKER_KINDS),
  spoken: fc.boolean(),
  subRegion: fc.constantFrom(null, 'caribbean', 'central_america', 'south_america', 'mexico'),
  gender: fc.constantFrom(null, 'female', 'male', 'other'),
});
const requestsArb = fc.array(entryArb, { maxLength: 30 }).map((xs) => xs.map((x, i) => ({ ...x, id: `r${i}` })));
const policyArb = fc.constantFrom(...QUEUE_POLICIES);

describe('placeRequest: kinds', () => {
  it('normal requests queue in order of request', () => {
    expect(ids(build([e('a'), e('b'), e('c')]))).toEqual(['a', 'b', 'c']);
  });

  it('a point of order jumps to the front, behind earlier points of order', () => {
    const q = build([e('a'), e('b'), e('poo1', { kind: 'point_of_order' }), e('c'), e('poo2', { kind: 'point_of_order' })]);
    expect(ids(q)).toEqual(['poo1', 'poo2', 'a', 'b', 'c']);
  });

  it('a direct reply goes right after the current speaker: behind points of order, before normal requests', () => {
    const q = build([e('a'), e('poo', { kind: 'point_of_order' }), e('dr1', { kind: 'direct_reply' }), e('b'), e('dr2', { kind: 'direct_reply' })]);
    expect(ids(q)).toEqual(['poo', 'dr1', 'dr2', 'a', 'b']);
    // a later point of order still goes before the direct replies
    expect(ids(placeRequest(q, e('poo2', { kind: 'point_of_order' }), 'none'))).toEqual(['poo', 'poo2', 'dr1', 'dr2', 'a', 'b']);
  });
});

describe('placeRequest: balanced policies', () => {
  it('not_spoken: those who have not spoken yet go before those who have, each in order of request', () => {
    const q = build([e('s1', { spoken: true }), e('s2', { spoken: true }), e('n1'), e('s3', { spoken: true }), e('n2')], 'not_spoken');
    expect(ids(q)).toEqual(['n1', 'n2', 's1', 's2', 's3']);
  });

  it('sub_region: groups take turns in order of request (the seed’s Caribbean / South America mix)', () => {
    const car = (id: string) => e(id, { subRegion: 'caribbean' });
    const sa = (id: string) => e(id, { subRegion: 'south_america' });
    const q = build([sa('sa1'), sa('sa2'), sa('sa3'), car('c1'), car('c2'), e('mx1', { subRegion: 'mexico' })], 'sub_region');
    expect(ids(q)).toEqual(['sa1', 'c1', 'sa2', 'c2', 'sa3', 'mx1']);
  });

  it('gender: a request goes no earlier than the last of its own group', () => {
    const f = (id: string) => e(id, { gender: 'female' });
    const m = (id: string) => e(id, { gender: 'male' });
    expect(ids(build([m('m1'), m('m2'), f('f1'), f('f2'), f('f3')], 'gender'))).toEqual(['m1', 'f1', 'm2', 'f2', 'f3']);
  });

  it('balanced placement happens behind points of order and direct replies', () => {
    const q = build([e('a', { gender: 'male' }), e('poo', { kind: 'point_of_order', gender: 'male' }), e('b', { gender: 'male' }), e('c', { gender: 'female' })], 'gender');
    expect(ids(q)).toEqual(['poo', 'a', 'c', 'b']);
  });
});

describe('queue properties', () => {
  it('the queue is a permutation of the requests', () => {
    fc.assert(
      fc.property(requestsArb, policyArb, (reqs, policy) => {
        expect(ids(build(reqs, policy)).sort()).toEqual(ids(reqs).sort());
      }),
    );
  });

  it('a point of order is always first once one is waiting', () => {
    fc.assert(
      fc.property(requestsArb, policyArb, (reqs, policy) => {
        let q: QueueEntry[] = [];
        for (const r of reqs) {
          q = placeRequest(q, r, policy);
          if (r.kind === 'point_of_order') expect(q[0].kind).toBe('point_of_order');
        }
        // points of order lead, then direct replies, then normal requests
        const rank = { point_of_order: 0, direct_reply: 1, normal: 2 };
        const ranks = q.map((x) => rank[x.kind]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('each kind keeps its order of request (first come, first served)', () => {
    fc.assert(
      fc.property(requestsArb, (reqs) => {
        const q = build(reqs, 'none');
        for (const kind of SPEAKER_KINDS) expect(ids(q.filter((x) => x.kind === kind))).toEqual(ids(reqs.filter((x) => x.kind === kind)));
      }),
    );
  });

  for (const policy of ['sub_region', 'gender'] as const) {
    it(`${policy}: never two of one group adjacent while another group waits behind them; order of request kept within a group`, () => {
      fc.assert(
        fc.property(requestsArb, (reqs) => {
          const normal = build(reqs, policy).filter((x) => x.kind === 'normal');
          for (let i = 0; i + 1 < normal.length; i++) {
            const g = groupOf(normal[i], policy);
            if (groupOf(normal[i + 1], policy) !== g) continue;
            for (const later of normal.slice(i + 2)) expect(groupOf(later, policy)).toBe(g);
          }
          const byGroup = (q: QueueEntry[]) => q.map((x) => `${groupOf(x, policy)}:${x.id}`).sort();
          for (const g of new Set(normal.map((x) => groupOf(x, policy)))) {
            const inQueue = ids(normal.filter((x) => groupOf(x, policy) === g));
            const requested = ids(reqs.filter((x) => x.kind === 'normal' && groupOf(x, policy) === g));
            expect(inQueue).toEqual(requested);
          }
          expect(byGroup(normal)).toEqual(byGroup(reqs.filter((x) => x.kind === 'normal')));
        }),
      );
    });
  }

  it('not_spoken: among normal requests, all who have not spoken come before all who have', () => {
    fc.assert(
      fc.property(requestsArb, (reqs) => {
        const spoken = build(reqs, 'not_spoken')
          .filter((x) => x.kind === 'normal')
          .map((x) => x.spoken);
        expect(spoken).toEqual([...spoken].sort((a, b) => Number(a) - Number(b)));
      }),
    );
  });
});

describe('moveRequest / removeRequest', () => {
  const q = [e('a'), e('b'), e('c'), e('d')];
  it('moves to a position among the others, clamped', () => {
    expect(ids(moveRequest(q, 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(moveRequest(q, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveRequest(q, 'b', 99))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(moveRequest(q, 'zz', 0))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('removes', () => {
    expect(ids(removeRequest(q, 'b'))).toEqual(['a', 'c', 'd']);
  });
  it('a move or a removal keeps a permutation', () => {
    fc.assert(
      fc.property(requestsArb, fc.nat(40), fc.nat(40), (reqs, which, to) => {
        const queue = build(reqs);
        if (queue.length === 0) return;
        const id = queue[which % queue.length].id;
        const moved = moveRequest(queue, id, to);
        expect(ids(moved).sort()).toEqual(ids(queue).sort());
        expect(moved.findIndex((x) => x.id === id)).toBe(Math.min(to, queue.length - 1));
        expect(ids(removeRequest(queue, id))).toEqual(ids(queue).filter((x) => x !== id));
      }),
    );
  });
});
