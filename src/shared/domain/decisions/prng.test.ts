import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, drawLot, randomIndex } from './prng';

describe('seeded draw', () => {
  it('replays: the same seed gives the same sequence, another seed another one', () => {
    const a = createPrng('2026-11-22 LACRALO vote 7');
    const b = createPrng('2026-11-22 LACRALO vote 7');
    const c = createPrng('2026-11-22 LACRALO vote 8');
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
  });

  it('pins the algorithm: a recorded seed keeps drawing the same lot in later versions', () => {
    expect(Array.from({ length: 3 }, createPrng('palabra'))).toEqual([1978271158, 4108387536, 3755491727]);
    expect(drawLot('palabra', ['for', 'against'])).toBe('against');
  });

  it('does not depend on the order the candidates are listed in', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 6 }), (seed, cands) => {
        expect(drawLot(seed, cands)).toBe(drawLot(seed, [...cands].reverse()));
        expect(cands).toContain(drawLot(seed, cands));
      }),
    );
  });

  it('draws each index about equally often', () => {
    const next = createPrng('fairness');
    const hits = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) hits[randomIndex(next, 3)]++;
    for (const h of hits) expect(Math.abs(h - 10_000)).toBeLessThan(500);
  });
});
