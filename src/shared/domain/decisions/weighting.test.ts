import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat, toFraction, le, mul, type Rational } from './rational';
import { capCountries, capSteps, excessOverCap, shareOf, sumCarried } from './weighting';

const frac = (r: Rational) => toFraction(r);

describe('country cap', () => {
  it('leaves a side alone when no country is over its share', () => {
    const r = capCountries(
      [
        { country: 'AR', votes: 2 },
        { country: 'BR', votes: 2 },
        { country: 'CL', votes: 1 },
      ],
      rat(2, 5),
    );
    expect(frac(r.total)).toBe('5');
    expect(r.level).toBeNull();
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds[0].capped).toEqual([]);
    expect(r.countries.every((c) => !c.capped && frac(c.perVote) === '1')).toBe(true);
  });

  it('caps the over-represented country so its ALSes each count for a fraction', () => {
    // 6 ALSes of AR vote for, with 1 each of BR, CL, MX: AR holds 6/9 of the side, the cap is 1/3.
    const r = capCountries(
      [
        { country: 'AR', votes: 6 },
        { country: 'BR', votes: 1 },
        { country: 'CL', votes: 1 },
        { country: 'MX', votes: 1 },
      ],
      rat(1, 3),
    );
    // With AR capped, the others' 3 votes are 2/3 of the total: T = 3 / (1 - 1/3) = 9/2, AR carries 3/2.
    expect(r.rounds.map((x) => [x.round, frac(x.total), frac(x.limit), x.capped])).toEqual([
      [1, '9', '3', ['AR']],
      [2, '9/2', '3/2', []],
    ]);
    const ar = r.countries.find((c) => c.country === 'AR')!;
    expect([frac(ar.carried), frac(ar.perVote), ar.capped]).toEqual(['3/2', '1/4', true]);
    expect(frac(shareOf(r, 'AR'))).toBe('1/3');
    expect(frac(sumCarried(r))).toBe(frac(r.total));
  });

  it('water-fills: capping one country can push another over, which is capped in turn', () => {
    // AR 10, BR 5, four countries with 1: cap 30 %. Round 1: total 19, limit 5.7: AR over.
    // Round 2: total 9 / 0.7 = 90/7, limit 27/7 ≈ 3.86: now BR (5) is over too.
    // Round 3: total 4 / 0.4 = 10, limit 3: nobody else is over.
    const r = capCountries(
      [
        { country: 'AR', votes: 10 },
        { country: 'BR', votes: 5 },
        { country: 'CL', votes: 1 },
        { country: 'MX', votes: 1 },
        { country: 'PE', votes: 1 },
        { country: 'UY', votes: 1 },
      ],
      rat(3, 10),
    );
    expect(r.rounds.map((x) => [frac(x.total), frac(x.limit), x.capped])).toEqual([
      ['19', '57/10', ['AR']],
      ['90/7', '27/7', ['BR']],
      ['10', '3', []],
    ]);
    expect(r.countries.map((c) => [c.country, frac(c.carried), frac(c.perVote)])).toEqual([
      ['AR', '3', '3/10'],
      ['BR', '3', '3/5'],
      ['CL', '1', '1'],
      ['MX', '1', '1'],
      ['PE', '1', '1'],
      ['UY', '1', '1'],
    ]);
    const steps = capSteps('for', r);
    expect(steps.map((s) => s.code)).toEqual(['cap_round', 'cap_round', 'cap_round_none', 'cap_country', 'cap_country']);
    expect(steps[1].params).toMatchObject({ side: 'for', round: 2, totalExact: '90/7', limitExact: '27/7', countries: 'BR' });
  });

  it('with fewer countries than the cap allows, brings each down to the smallest delegation', () => {
    const r = capCountries(
      [
        { country: 'AR', votes: 4 },
        { country: 'UY', votes: 1 },
      ],
      rat(1, 5),
    );
    expect(r.unreachable).toBe(true);
    expect(frac(r.total)).toBe('2');
    expect(r.countries.map((c) => [c.country, frac(c.carried), frac(c.perVote)])).toEqual([
      ['AR', '1', '1/4'],
      ['UY', '1', '1'],
    ]);
    expect(capSteps('against', r)[0]).toEqual({ code: 'cap_unreachable', params: { side: 'against', countries: 2, share: '0.2', level: '1' } });
  });

  it('merges repeated countries, drops empty ones, and handles an empty side', () => {
    const r = capCountries(
      [
        { country: 'AR', votes: 1 },
        { country: 'AR', votes: 1 },
        { country: 'BR', votes: 0 },
      ],
      rat(1),
    );
    expect(r.countries).toHaveLength(1);
    expect(frac(r.total)).toBe('2');
    expect(capCountries([], rat(1, 2)).total).toEqual(rat(0));
    expect(() => capCountries([], rat(3, 2))).toThrow();
  });

  const sides = fc.uniqueArray(fc.tuple(fc.constantFrom('AR', 'BR', 'CL', 'MX', 'UY', 'PE', 'EC', 'CO', 'VE', 'PY'), fc.integer({ min: 0, max: 60 })), {
    selector: ([c]) => c,
    maxLength: 10,
  });
  const shares = fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).filter(([n, d]) => n <= d).map(([n, d]) => rat(n, d));

  it('property: no country ever carries more than its share of the side when the cap is reachable', () => {
    fc.assert(
      fc.property(sides, shares, (counts, s) => {
        const r = capCountries(
          counts.map(([country, votes]) => ({ country, votes })),
          s,
        );
        if (r.unreachable) {
          // Equal shares at the smallest delegation: the lowest maximum share any split can give.
          const carried = r.countries.map((c) => frac(c.carried));
          expect(new Set(carried).size).toBe(1);
          expect(r.countries.length * Number(s.n)).toBeLessThan(Number(s.d));
        } else {
          expect(le(excessOverCap(r), rat(0))).toBe(true);
        }
        for (const c of r.countries) {
          expect(le(c.carried, rat(c.votes))).toBe(true); // the cap only ever takes away
          if (!c.capped) expect(frac(c.perVote)).toBe('1');
          expect(frac(mul(c.perVote, rat(c.votes)))).toBe(frac(c.carried));
        }
        expect(frac(sumCarried(r))).toBe(frac(r.total));
        if (r.rawTotal > 0) expect(r.total.n > 0n).toBe(true);
      }),
    );
  });

  it('property: the order countries are listed in changes nothing', () => {
    fc.assert(
      fc.property(sides, shares, (counts, s) => {
        const list = counts.map(([country, votes]) => ({ country, votes }));
        expect(capCountries([...list].reverse(), s)).toEqual(capCountries(list, s));
      }),
    );
  });
});
