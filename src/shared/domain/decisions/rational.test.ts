import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, div, exact, fromNumber, mul, parseRational, rat, sub, sum, toDecimal, toFraction, toNumber } from './rational';

describe('rational', () => {
  it('keeps fractions exact and reduced', () => {
    expect(add(rat(1, 4), rat(1, 4))).toEqual(rat(1, 2));
    expect(sum([rat(1, 4), rat(1, 4), rat(1)])).toEqual({ n: 3n, d: 2n });
    expect(rat(6, -4)).toEqual({ n: -3n, d: 2n });
    expect(mul(rat(2, 3), rat(9, 4))).toEqual(rat(3, 2));
    expect(div(rat(1), rat(3))).toEqual(rat(1, 3));
    expect(sub(rat(1, 3), rat(1, 3))).toEqual(rat(0));
    expect(() => rat(1, 0)).toThrow();
    expect(() => div(rat(1), rat(0))).toThrow();
  });

  it('prints exact fractions and rounded decimals', () => {
    expect(toFraction(rat(9, 4))).toBe('9/4');
    expect(toFraction(rat(8, 4))).toBe('2');
    expect(toDecimal(rat(9, 4))).toBe('2.25');
    expect(toDecimal(rat(1, 3))).toBe('0.3333');
    expect(toDecimal(rat(2, 3))).toBe('0.6667');
    expect(toDecimal(rat(-1, 8), 2)).toBe('-0.13');
    expect(toDecimal(rat(5))).toBe('5');
    expect(exact(rat(7, 2))).toEqual({ exact: '7/2', value: 3.5 });
  });

  it('reads decimals and fractions exactly', () => {
    expect(fromNumber(0.6)).toEqual(rat(3, 5));
    expect(fromNumber(1e-7)).toEqual(rat(1, 10_000_000));
    expect(parseRational('9/4')).toEqual(rat(9, 4));
    expect(parseRational('0.25')).toEqual(rat(1, 4));
    expect(() => parseRational('a/b')).toThrow();
  });

  it('orders like the numbers it stands for, and parses back what it prints', () => {
    const r = fc.tuple(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 10_000 })).map(([n, d]) => rat(n, d));
    fc.assert(
      fc.property(r, r, (a, b) => {
        expect(Math.sign(toNumber(a) - toNumber(b))).toBe(cmp(a, b));
        expect(sub(add(a, b), b)).toEqual(a);
        expect(parseRational(toFraction(a))).toEqual(a);
      }),
    );
  });
});
