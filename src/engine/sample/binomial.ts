import type { Rng } from '../rng';
import { logFactorial } from './log-factorial';

/**
 * Binomial(n, p) variate, exact in distribution.
 * Inversion (sequential search from 0) when n·min(p, 1−p) < 25, else Hörmann's BTRS
 * transformed rejection (W. Hörmann, "The generation of binomial random variates",
 * J. Stat. Comput. Simul. 46, 1993). Cost: O(n·p) below the switch, O(1) expected above.
 */
export function binomial(n: number, p: number, rng: Rng): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  // n − Binomial(n, 1 − p), inverted at 1 − u: the same F⁻¹(u) as the direct branch, so
  // the draw stays monotone in p across 1/2 (a rate moved from 0.97 to 0.4 stays paired).
  if (p > 0.5) return n - binomialBelowHalf(n, 1 - p, rng, true);
  return binomialBelowHalf(n, p, rng, false);
}

/** n·min(p, 1 − p) below which binomials are drawn by inversion. */
export const INVERSION_BELOW = 25;

function binomialBelowHalf(n: number, p: number, rng: Rng, reflected: boolean): number {
  // Inversion is the cheaper of the two below about 25 here (measured), and it draws one
  // uniform and is monotone in p, which keeps paired comparisons of two rates in step.
  if (n * p < INVERSION_BELOW) return binomialInversion(n, p, reflected ? 1 - rng() : rng());
  return binomialBtrs(n, p, rng);
}

/**
 * F⁻¹(u): walks the CDF from k = 0, 1 + n·p steps expected. q^n by squaring, since
 * Math.pow costs several times as much (relative error about n·2^−53, far below the
 * uniform's 2^−32 resolution).
 */
function binomialInversion(n: number, p: number, u: number): number {
  const q = 1 - p;
  const s = p / q;
  let f = powInt(q, n);
  let k = 0;
  // The guard on k stops a round-off walk past n.
  while (u > f && k < n) {
    u -= f;
    k++;
    f *= (s * (n - k + 1)) / k;
  }
  return k;
}

/** x^n for whole n >= 0 by binary exponentiation. O(log n). */
export function powInt(x: number, n: number): number {
  let r = 1;
  while (n > 0) {
    if (n & 1) r *= x;
    x *= x;
    n >>>= 1;
  }
  return r;
}

function binomialBtrs(n: number, p: number, rng: Rng): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / (1 - p));
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const lv = Math.log((v * alpha) / (a / (us * us) + b));
    if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}
