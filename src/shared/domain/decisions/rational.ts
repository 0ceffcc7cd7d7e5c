// Exact rational arithmetic on bigints, so a weighted result is exact and anyone can check it by hand:
// 1/4 + 1/4 + 1 = 3/2, never 1.4999999. Values are immutable and always reduced, with a positive
// denominator, so two equal rationals have equal fields.

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** n/d, reduced. Throws on a zero denominator (a programming error, never a user one). */
export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = typeof n === 'bigint' ? n : BigInt(n);
  let dd = typeof d === 'bigint' ? d : BigInt(d);
  if (dd === 0n) throw new RangeError('zero denominator');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  if (dd === 1n) return { n: nn, d: 1n };
  const g = gcd(nn, dd);
  return g === 1n || g === 0n ? { n: nn, d: dd } : { n: nn / g, d: dd / g };
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export const add = (a: Rational, b: Rational): Rational => (a.d === b.d && a.d === 1n ? { n: a.n + b.n, d: 1n } : rat(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
};
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });

/** -1, 0 or 1. */
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const eq = (a: Rational, b: Rational) => a.n === b.n && a.d === b.d;
export const lt = (a: Rational, b: Rational) => cmp(a, b) < 0;
export const le = (a: Rational, b: Rational) => cmp(a, b) <= 0;
export const gt = (a: Rational, b: Rational) => cmp(a, b) > 0;
export const ge = (a: Rational, b: Rational) => cmp(a, b) >= 0;
export const isZero = (a: Rational) => a.n === 0n;
export const min = (a: Rational, b: Rational) => (le(a, b) ? a : b);
export const max = (a: Rational, b: Rational) => (ge(a, b) ? a : b);
export const sum = (xs: Iterable<Rational>): Rational => {
  let s = ZERO;
  for (const x of xs) s = add(s, x);
  return s;
};

/** Exact value of a finite JS number as written in decimal (0.6 -> 3/5, 0.6667 -> 6667/10000). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError('not a finite number');
  if (Number.isInteger(x)) return rat(BigInt(x));
  const s = String(x);
  const m = /^(-?)(\d*)\.?(\d*)(?:e([+-]?\d+))?$/i.exec(s);
  if (!m) throw new RangeError(`cannot read ${s}`);
  const [, sign, int, frac, exp] = m;
  let n = BigInt(`${int || '0'}${frac}`);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exp ?? 0);
  if (e > 0) n *= 10n ** BigInt(e);
  if (e < 0) d *= 10n ** BigInt(-e);
  return rat(sign === '-' ? -n : n, d);
}

/** Reads "3", "-3", "9/4" or a decimal "0.25". */
export function parseRational(s: string): Rational {
  const t = s.trim();
  const m = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (m) return rat(BigInt(m[1]), BigInt(m[2]));
  if (/^-?\d+(\.\d+)?$/.test(t)) return fromNumber(Number(t));
  throw new RangeError(`not a rational: ${s}`);
}

/** "3" or "9/4": exact, reads back with parseRational. */
export const toFraction = (a: Rational): string => (a.d === 1n ? String(a.n) : `${a.n}/${a.d}`);

/** Nearest JS number (for charts and sorting only, never for a decision). */
export const toNumber = (a: Rational): number => {
  const whole = a.n / a.d;
  const rest = a.n - whole * a.d;
  return Number(whole) + Number(rest) / Number(a.d);
};

/** Decimal rounded half away from zero to `digits` places, trailing zeros dropped: 9/4 -> "2.25", 1/3 -> "0.3333". */
export function toDecimal(a: Rational, digits = 4): string {
  const scale = 10n ** BigInt(digits);
  const negative = a.n < 0n;
  const n = abs(a.n) * scale;
  let q = n / a.d;
  if ((n % a.d) * 2n >= a.d) q += 1n;
  let s = q.toString().padStart(digits + 1, '0');
  s = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  if (digits > 0) s = s.replace(/\.?0+$/, '');
  return (negative && q !== 0n ? '-' : '') + s;
}

/** What a result carries for each exact figure: JSON-safe (no bigint), exact, and readable. */
export interface Exact {
  /** "9/4": exact; parseRational reads it back. */
  exact: string;
  /** 2.25: for display and charts. */
  value: number;
}
export const exact = (a: Rational): Exact => ({ exact: toFraction(a), value: toNumber(a) });
