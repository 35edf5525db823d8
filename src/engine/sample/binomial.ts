import type { Rng } from '../rng';
import { logFactorial } from './log-factorial';

/** n·min(p, 1 − p) below which binomials are drawn by inversion (measured the cheaper of the two there, and monotone in p). */
export const INVERSION_BELOW = 25;

/**
 * Binomial(n, p) variate, exact in distribution.
 * Inversion (sequential search from 0) when n·min(p, 1−p) < 25, else Hörmann's BTRS
 * transformed rejection (W. Hörmann, "The generation of binomial random variates",
 * J. Stat. Comput. Simul. 46, 1993). Cost: O(n·p) below the switch, O(1) expected above.
 */
export function binomial(n: number, p: number, rng: Rng): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  // Above 1/2: n − Binomial(n, 1 − p), inverted at 1 − u, so a draw is the same F⁻¹(u) as
  // below 1/2 and stays monotone in p across it (a rate moved from 0.97 to 0.4 stays paired).
  const reflected = p > 0.5;
  const r = reflected ? 1 - p : p;
  const mean = n * r;
  if (mean >= INVERSION_BELOW) {
    const k = binomialBtrs(n, r, rng);
    return reflected ? n - k : k;
  }
  // Only NaN gets here unanswered; the engine's inputs are validated, so this is a bug.
  if (!(mean >= 0)) throw new RangeError(`binomial(${n}, ${p}): n and p must be numbers`);
  // Inversion, F⁻¹(u), walking the CDF from k = 0: 1 + n·r steps expected. Written out in
  // this one function (q^n too), since the engine calls it from so many places that the
  // compiler no longer inlines the helpers into it, and each call costs.
  let u = rng();
  if (reflected) u = 1 - u;
  const q = 1 - r;
  // q^n by squaring: Math.pow costs several times as much (relative error about n·2^−53,
  // far below the uniform's 2^−32 resolution).
  let f = 1;
  let x = q;
  for (let m = n; m > 0; m >>>= 1) {
    if (m & 1) f *= x;
    x *= x;
  }
  const s = r / q;
  let k = 0;
  // The guard on k stops a round-off walk past n.
  while (u > f && k < n) {
    u -= f;
    k++;
    f *= (s * (n - k + 1)) / k;
  }
  return reflected ? n - k : k;
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
