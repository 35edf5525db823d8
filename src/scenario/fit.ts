import { bisect } from 'simple-statistics';
import { distQuantile, type Dist } from '../engine/dist';

/** z such that Φ(z) = 0.95: a normal's 90 % interval is mean ± Z95·sd. */
export const Z95 = 1.6448536269514722;

/**
 * Native parameters of a distribution whose 5th and 95th percentiles are p5 and p95 (and
 * whose mode is `mode`, for triangular and PERT). Closed forms where they exist; beta,
 * triangular and PERT are solved numerically (nested bisection on the two quantile
 * equations, to 1e-9). Throws a plain-words Error when no such distribution exists.
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
    throw new Error(`no ${type} distribution has the 90 % interval ${p5}–${p95}${mode === undefined ? '' : ` with mode ${mode}`}`);
  }
  return d;
}

function fitUnchecked(type: Dist['type'], p5: number, p95: number, mode?: number): Dist {
  if (!(p5 < p95)) throw new Error(`p5 (${p5}) must be below p95 (${p95})`);
  switch (type) {
    case 'uniform': {
      const w = (p95 - p5) / 0.9;
      return { type, min: p5 - 0.05 * w, max: p95 + 0.05 * w };
    }
    case 'normal':
      return { type, mean: (p5 + p95) / 2, sd: (p95 - p5) / (2 * Z95) };
    case 'lognormal':
      if (p5 <= 0) throw new Error('a lognormal needs p5 > 0');
      return { type, mu: (Math.log(p5) + Math.log(p95)) / 2, sigma: (Math.log(p95) - Math.log(p5)) / (2 * Z95) };
    case 'beta':
      if (p5 <= 0 || p95 >= 1) throw new Error('a beta needs 0 < p5 and p95 < 1');
      return fitBeta(p5, p95);
    case 'triangular':
    case 'pert':
      if (mode === undefined || !(p5 < mode && mode < p95)) throw new Error('the mode must lie strictly between p5 and p95');
      return fitBounded(type, p5, mode, p95);
    case 'fixed':
      throw new Error('a fixed value has no interval');
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
 * percentiles; this keeps them. Throws when no truncated normal has them.
 */
export function fitTruncatedNormal(p5: number, p95: number, lo: number, hi: number): Dist {
  if (!(p5 < p95)) throw new Error(`p5 (${p5}) must be below p95 (${p95})`);
  if (!(lo <= p5 && p95 <= hi)) throw new Error(`the interval ${p5}–${p95} must lie within ${lo}–${hi}`);
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
    throw new Error(`no normal within ${lo}–${hi} has the 90 % interval ${p5}–${p95}; try a beta or PERT`);
  }
  return d;
}
