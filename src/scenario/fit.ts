import { bisect } from 'simple-statistics';
import { distQuantile, type Dist } from '../engine/dist';
import { problem, type InputProblem } from './errors';

/** No distribution of the type has the interval: the rule it breaks, and at which of its fields. */
export class FitError extends Error {
  constructor(readonly problem: InputProblem) {
    super(`${problem.code}${problem.at ? ` at ${problem.at}` : ''}`);
  }
}

const fail = (p: InputProblem): never => {
  throw new FitError(p);
};
const order = (first: 'p5' | 'mode', second: 'mode' | 'p95', a: number, b: number): InputProblem =>
  ({ ...problem('order', { first, second, firstValue: a, secondValue: b, strict: true }), fields: [first, second] });

/** z such that Φ(z) = 0.95: a normal's 90 % interval is mean ± Z95·sd. */
export const Z95 = 1.6448536269514722;

/**
 * Native parameters of a distribution whose 5th and 95th percentiles are p5 and p95 (and
 * whose mode is `mode`, for triangular and PERT). Closed forms where they exist; beta,
 * triangular and PERT are solved numerically (nested bisection on the two quantile
 * equations, to 1e-9). Throws a FitError naming the rule when no such distribution exists.
 */
export function fitInterval(type: Dist['type'], p5: number, p95: number, mode?: number): Dist {
  // Validation runs on every keystroke in the editor; a numerical fit takes up to ~100 ms.
  const key = `${type}/${p5}/${p95}/${mode}`;
  const known = fits.get(key);
  if (known) return known;
  const d = fitChecked(type, p5, p95, mode);
  if (fits.size >= 1000) fits.delete(fits.keys().next().value!);
  fits.set(key, d);
  return d;
}

const fits = new Map<string, Dist>();

function fitChecked(type: Dist['type'], p5: number, p95: number, mode?: number): Dist {
  const d = fitUnchecked(type, p5, p95, mode);
  const tol = 1e-6 * (p95 - p5);
  if (Math.abs(distQuantile(d, 0.05) - p5) > tol || Math.abs(distQuantile(d, 0.95) - p95) > tol) {
    fail(problem('noFit', { type, p5, p95, mode }));
  }
  return d;
}

function fitUnchecked(type: Dist['type'], p5: number, p95: number, mode?: number): Dist {
  if (!(p5 < p95)) fail(order('p5', 'p95', p5, p95));
  switch (type) {
    case 'uniform': {
      const w = (p95 - p5) / 0.9;
      return { type, min: p5 - 0.05 * w, max: p95 + 0.05 * w };
    }
    case 'normal':
      return { type, mean: (p5 + p95) / 2, sd: (p95 - p5) / (2 * Z95) };
    case 'lognormal':
      if (p5 <= 0) fail({ ...problem('above', { min: 0, dist: 'lognormal' }), at: 'p5' });
      return { type, mu: (Math.log(p5) + Math.log(p95)) / 2, sigma: (Math.log(p95) - Math.log(p5)) / (2 * Z95) };
    case 'beta':
      if (p5 <= 0) fail({ ...problem('above', { min: 0, dist: 'beta' }), at: 'p5' });
      if (p95 >= 1) fail({ ...problem('below', { max: 1, dist: 'beta' }), at: 'p95' });
      return fitBeta(p5, p95);
    case 'triangular':
    case 'pert':
      if (mode === undefined) return fail({ ...problem('required', { expected: 'number' }), at: 'mode' });
      if (!(p5 < mode)) fail(order('p5', 'mode', p5, mode));
      if (!(mode < p95)) fail(order('mode', 'p95', mode, p95));
      return fitBounded(type, p5, mode, p95);
    case 'fixed':
      return fail(problem('invalid', { detail: 'a fixed value has no interval' }));
  }
}

const TOL = 1e-9;
const STEPS = 200;

/** Beta(α, β) = Beta(mκ, (1 − m)κ): for each κ the mean m that centres the interval, then κ for its width. */
function fitBeta(p5: number, p95: number): Dist {
  const meanFor = (k: number) =>
    bisect((m: number) => q(m, k, 0.05) - p5 + (q(m, k, 0.95) - p95), 1e-9, 1 - 1e-9, STEPS, TOL);
  const width = (logK: number) => {
    const k = Math.exp(logK);
    const m = meanFor(k);
    return q(m, k, 0.95) - q(m, k, 0.05) - (p95 - p5);
  };
  const logK = bisect(width, Math.log(0.05), Math.log(1e7), STEPS, TOL);
  const k = Math.exp(logK);
  const m = meanFor(k);
  return { type: 'beta', alpha: m * k, beta: (1 - m) * k };
}

function q(m: number, k: number, u: number): number {
  return distQuantile({ type: 'beta', alpha: m * k, beta: (1 - m) * k }, u);
}

/** min and max of a triangular or PERT with the given mode and 90 % interval. */
function fitBounded(type: 'triangular' | 'pert', p5: number, mode: number, p95: number): Dist {
  const spanLeft = mode - p5;
  const spanRight = p95 - mode;
  const dist = (min: number, max: number): Dist => ({ type, min, mode, max });
  const maxFor = (min: number) =>
    bisect((max: number) => distQuantile(dist(min, max), 0.95) - p95, p95, mode + 40 * spanRight, STEPS, TOL);
  const min = bisect(
    (lo: number) => distQuantile(dist(lo, maxFor(lo)), 0.05) - p5,
    mode - 40 * spanLeft,
    p5,
    STEPS,
    TOL,
  );
  return dist(min, maxFor(min));
}

/**
 * The normal truncated to [lo, hi] whose 5th and 95th percentiles are p5 and p95: for each
 * sd the mean that centres the interval, then the sd that gives its width (nested
 * bisection, as for the beta). Near a bound the untruncated fit would move the planner's
 * percentiles; this keeps them. Throws a FitError when no truncated normal has them.
 */
export function fitTruncatedNormal(p5: number, p95: number, lo: number, hi: number): Dist {
  if (!(p5 < p95)) fail(order('p5', 'p95', p5, p95));
  if (!(lo <= p5)) fail({ ...problem('atLeast', { min: lo }), at: 'p5' });
  if (!(p95 <= hi)) fail({ ...problem('atMost', { max: hi }), at: 'p95' });
  const w = p95 - p5;
  const dist = (mean: number, sd: number): Dist => ({ type: 'normal', mean, sd, min: lo, max: hi });
  const meanFor = (sd: number) =>
    // Means more than 5 sd outside the bounds leave too little mass to compute quantiles.
    bisect((m: number) => distQuantile(dist(m, sd), 0.05) - p5 + (distQuantile(dist(m, sd), 0.95) - p95), Math.max(p5 - 20 * w, lo - 5 * sd), Math.min(p95 + 20 * w, hi + 5 * sd), STEPS, TOL * w);
  const width = (logSd: number) => {
    const sd = Math.exp(logSd);
    const m = meanFor(sd);
    return distQuantile(dist(m, sd), 0.95) - distQuantile(dist(m, sd), 0.05) - w;
  };
  const sd = Math.exp(bisect(width, Math.log(w / 100), Math.log(w * 100), STEPS, 1e-12));
  const d = dist(meanFor(sd), sd);
  const tol = 1e-6 * w;
  if (Math.abs(distQuantile(d, 0.05) - p5) > tol || Math.abs(distQuantile(d, 0.95) - p95) > tol) {
    fail(problem('noFit', { type: 'normal', p5, p95 }));
  }
  return d;
}

/**
 * How far one end of a uniform, triangular or PERT 90 % interval can go with the fitted
 * distribution inside [lo, hi], the other values kept: with `side` 'high' the largest p95
 * (for this p5 and mode), with 'low' the smallest p5. The fitted maximum rises with p95, so
 * the largest p95 is the 95th percentile of the distribution that ends at hi and has the
 * planner's mode and 5th percentile (one bisection; mirrored for 'low'). Rounded to three
 * significant digits towards the inside, so the value given works as written. Undefined
 * when moving that end alone cannot do it (the other end leaves the bounds too).
 */
export function intervalLimit(type: 'uniform' | 'triangular' | 'pert', side: 'low' | 'high', p5: number, p95: number, mode: number | undefined, lo: number, hi: number): number | undefined {
  const exact = type === 'uniform' ? uniformLimit(side, p5, p95, lo, hi) : boundedLimit(type, side, p5, p95, mode!, lo, hi);
  if (exact === undefined || !Number.isFinite(exact)) return undefined;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(exact) || 1)) - 2);
  const limit = Number((side === 'high' ? Math.floor(exact / step) * step : Math.ceil(exact / step) * step).toPrecision(12));
  const inner = side === 'high' ? Math.max(p5, mode ?? p5) : Math.min(p95, mode ?? p95);
  return side === 'high' ? (limit > inner ? limit : undefined) : limit < inner ? limit : undefined;
}

/** A uniform over a 90 % interval reaches (p95 − p5)/18 beyond each end. */
function uniformLimit(side: 'low' | 'high', p5: number, p95: number, lo: number, hi: number): number | undefined {
  if (side === 'high') {
    const limit = (18 * hi + p5) / 19;
    return p5 - (limit - p5) / 18 >= lo ? limit : undefined;
  }
  const limit = (18 * lo + p95) / 19;
  return p95 + (p95 - limit) / 18 <= hi ? limit : undefined;
}

function boundedLimit(type: 'triangular' | 'pert', side: 'low' | 'high', p5: number, p95: number, mode: number, lo: number, hi: number): number | undefined {
  const root = (f: (x: number) => number, a: number, b: number) => (Math.sign(f(a)) !== Math.sign(f(b)) ? bisect(f, a, b, STEPS, TOL) : undefined);
  if (side === 'high') {
    if (!(mode < hi)) return undefined;
    const dist = (min: number): Dist => ({ type, min, mode, max: hi });
    const min = root((m) => distQuantile(dist(m), 0.05) - p5, mode - 40 * (mode - p5), p5);
    return min !== undefined && min >= lo ? distQuantile(dist(min), 0.95) : undefined;
  }
  if (!(mode > lo)) return undefined;
  const dist = (max: number): Dist => ({ type, min: lo, mode, max });
  const max = root((m) => distQuantile(dist(m), 0.95) - p95, p95, mode + 40 * (p95 - mode));
  return max !== undefined && max <= hi ? distQuantile(dist(max), 0.05) : undefined;
}
