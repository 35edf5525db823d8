import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * An uncertain quantity in its native parameters. The scenario layer turns the planner's
 * forms (a 90 % interval, a plain number) into one of these; the engine trusts them.
 * `normal` is truncated to [min, max] when either is given.
 */
export type Dist =
  | { type: 'fixed'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'pert'; min: number; mode: number; max: number }
  | { type: 'beta'; alpha: number; beta: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { type: 'lognormal'; mu: number; sigma: number };

export type DistType = Dist['type'];

/** The PERT distribution as a scaled beta (shape parameter λ = 4). */
export function pertShape(d: { min: number; mode: number; max: number }): { alpha: number; beta: number } {
  const w = d.max - d.min;
  return { alpha: 1 + (4 * (d.mode - d.min)) / w, beta: 1 + (4 * (d.max - d.mode)) / w };
}

/** Expected value. O(1). */
export function distMean(d: Dist): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
    case 'beta':
      return d.alpha / (d.alpha + d.beta);
    case 'lognormal':
      return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
    case 'normal': {
      const { a, b, z } = normalBounds(d);
      if (z === 1) return d.mean;
      const pdf = (x: number) => (Number.isFinite(x) ? Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) : 0);
      return d.mean + (d.sd * (pdf(a) - pdf(b))) / z;
    }
  }
}

/** Cumulative distribution function P(X <= x). O(1) but for beta/PERT (series). */
export function distCdf(d: Dist, x: number): number {
  switch (d.type) {
    case 'fixed':
      return x >= d.value ? 1 : 0;
    case 'uniform':
      return clamp01((x - d.min) / (d.max - d.min));
    case 'triangular':
      return triangularCdf(d, x);
    case 'pert': {
      const { alpha, beta } = pertShape(d);
      return betaCdf(clamp01((x - d.min) / (d.max - d.min)), alpha, beta);
    }
    case 'beta':
      return betaCdf(clamp01(x), d.alpha, d.beta);
    case 'lognormal':
      return x <= 0 ? 0 : normalCdf(Math.log(x), d.mu, d.sigma);
    case 'normal': {
      const { lo, z } = normalBounds(d);
      if (d.min !== undefined && x < d.min) return 0;
      if (d.max !== undefined && x >= d.max) return 1;
      return clamp01((normalCdf(x, d.mean, d.sd) - lo) / z);
    }
  }
}

/**
 * Quantile function (inverse CDF) of u in (0, 1), exact: the reference the fast
 * samplers of `compileQuantile` are tested against.
 */
export function distQuantile(d: Dist, u: number): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.min + u * (d.max - d.min);
    case 'triangular':
      return triangularQuantile(d, u);
    case 'pert': {
      const { alpha, beta } = pertShape(d);
      return d.min + (d.max - d.min) * betaQuantile(u, alpha, beta);
    }
    case 'beta':
      return betaQuantile(u, d.alpha, d.beta);
    case 'lognormal':
      return Math.exp(normalQuantile(u, d.mu, d.sigma));
    case 'normal': {
      const { lo, z } = normalBounds(d);
      return normalQuantile(lo + u * z, d.mean, d.sd);
    }
  }
}

function normalBounds(d: { mean: number; sd: number; min?: number; max?: number }) {
  const a = d.min === undefined ? -Infinity : (d.min - d.mean) / d.sd;
  const b = d.max === undefined ? Infinity : (d.max - d.mean) / d.sd;
  const lo = d.min === undefined ? 0 : normalCdf(d.min, d.mean, d.sd);
  const hi = d.max === undefined ? 1 : normalCdf(d.max, d.mean, d.sd);
  return { a, b, lo, z: hi - lo };
}

function triangularCdf(d: { min: number; mode: number; max: number }, x: number): number {
  const { min, mode, max } = d;
  if (x <= min) return 0;
  if (x >= max) return 1;
  if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
  return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
}

function triangularQuantile(d: { min: number; mode: number; max: number }, u: number): number {
  const { min, mode, max } = d;
  const fc = (mode - min) / (max - min);
  return u < fc ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
