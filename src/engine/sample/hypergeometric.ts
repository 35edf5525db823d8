import type { Rng } from '../rng';
import { logFactorial } from './log-factorial';

/**
 * How many of `draws` items taken without replacement from a pool of `good` + `bad` are
 * good: Hypergeometric(good, bad, draws), by drawing one item at a time. Drawing the
 * items left behind instead when they are fewer (the good among them are the good not
 * drawn), and stopping once only one kind is left, costs O(min(draws, pool − draws))
 * uniforms at most. Used when a capacity binds on a mixed inflow, which is small.
 */
export function hypergeometric(good: number, bad: number, draws: number, rng: Rng): number {
  const pool = good + bad;
  if (draws > pool - draws) return good - drawOneByOne(good, pool, pool - draws, rng);
  return drawOneByOne(good, pool, draws, rng);
}

function drawOneByOne(good: number, pool: number, draws: number, rng: Rng): number {
  let g = good;
  let left = pool;
  for (let i = 0; i < draws; i++) {
    // Only one kind left: the rest of the draws are all good, or all bad.
    if (g === 0) return good;
    if (g === left) return good - g + (draws - i);
    if (rng() * left < g) g--;
    left--;
  }
  return good - g;
}

/** Below this many draws (of the smaller side), drawing one item at a time is cheaper than the ratio-of-uniforms method. */
const RATIO_OF_UNIFORMS_FROM = 16;
/** The ratio-of-uniforms constants of Stadlober (1989): 2·√(2/e) and 3 − 2·√(3/e). */
const D1 = 2 * Math.sqrt(2 / Math.E);
const D2 = 3 - 2 * Math.sqrt(3 / Math.E);

/**
 * Hypergeometric(good, bad, draws) in O(1) expected time whatever its size: one item at a time
 * for few draws (hypergeometric above), else by Stadlober's ratio-of-uniforms rejection method
 * (HRUA; "The ratio of uniforms approach for generating discrete random variates", J. Comput.
 * Appl. Math. 31, 1990), which is exact: a candidate k = ⌊a + h·(v − ½)/u⌋ (u, v uniform) is
 * accepted when 2·ln u ≤ ln f(k) − ln f(mode), tested first against two cheap bounds of ln u,
 * so most candidates need no logarithm. The problem is reduced to the smaller side of the pool
 * and of the draws, then the answer mapped back.
 */
export function hypergeometricAnySize(good: number, bad: number, draws: number, rng: Rng): number {
  const pool = good + bad;
  const n = Math.min(draws, pool - draws);
  const small = Math.min(good, bad);
  if (n < RATIO_OF_UNIFORMS_FROM || small === 0) return hypergeometric(good, bad, draws, rng);
  const large = pool - small;
  // k of the `small` kind among n draws.
  const p = small / pool;
  const mean = n * p;
  const variance = ((pool - n) * n * p * (1 - p)) / (pool - 1);
  const a = mean + 0.5;
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const mode = Math.floor(((n + 1) * (small + 1)) / (pool + 2));
  const logF = (k: number) => logFactorial(k) + logFactorial(small - k) + logFactorial(n - k) + logFactorial(large - n + k);
  const atMode = logF(mode);
  // Beyond 16 standard deviations the probability is negligible (below 1e-50); never beyond the support.
  const end = Math.min(Math.min(n, small) + 1, Math.floor(a + 16 * c));
  let k: number;
  for (;;) {
    const u = rng();
    const v = rng();
    const x = a + (h * (v - 0.5)) / u;
    // (u = 0 gives no number at all: drawn again.)
    if (!(x >= 0 && x < end)) continue;
    k = Math.floor(x);
    const t = atMode - logF(k);
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * Math.log(u) <= t) break;
  }
  // Back from the smaller side of the pool, and of the draws.
  if (good > bad) k = n - k;
  return n < draws ? good - k : k;
}
