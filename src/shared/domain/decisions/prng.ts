// A deterministic, seeded pseudo-random generator for the draw that breaks a tie. The seed is recorded
// with the result, so anyone can replay the draw and get the same lot: same seed, same sequence, on
// every machine. Algorithm: the seed text is hashed with cyrb128 into four 32-bit words that seed
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), a well-tested 128-bit-state PRNG.

export const PRNG_ALGORITHM = 'sfc32-cyrb128';

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A generator of unsigned 32-bit integers from a seed text. */
export function createPrng(seed: string): () => number {
  let [a, b, c, d] = cyrb128(seed);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs so that similar seeds diverge.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** An integer in [0, n), unbiased (rejection sampling on 32-bit outputs). */
export function randomIndex(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError('n out of range');
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/**
 * The lot drawn among `candidates` with `seed`. Candidates are sorted first (code-unit order), so the
 * draw does not depend on the order they were listed in.
 */
export function drawLot<T extends string>(seed: string, candidates: readonly T[]): T {
  if (candidates.length === 0) throw new RangeError('no candidates');
  const sorted = [...new Set(candidates)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return sorted[randomIndex(createPrng(seed), sorted.length)];
}
