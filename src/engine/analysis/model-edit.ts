import { distQuantile, type Dist } from '../dist';
import type { Model } from '../model';

/** The index of an input by its scenario path; throws a plain message if there is none. */
export function inputIndex(model: Model, path: string): number {
  const i = model.inputs.findIndex((x) => x.path === path);
  if (i < 0) throw new Error(`${path}: no such input in this scenario`);
  return i;
}

/** A copy of the model with one input's distribution replaced. O(inputs). */
export function withInput(model: Model, path: string, dist: Dist): Model {
  const i = inputIndex(model, path);
  return { ...model, inputs: model.inputs.map((x, j) => (j === i ? { ...x, dist } : x)) };
}

/**
 * The distribution moved so that its median is `median`, keeping its spread: bounded
 * shapes slide, a normal moves its mean (its truncation stays), a lognormal scales, a beta
 * keeps its concentration α + β. Returns null when the moved distribution would leave
 * [lo, hi].
 */
export function recentre(d: Dist, median: number, lo: number, hi: number): Dist | null {
  const delta = median - distQuantile(d, 0.5);
  const inside = (a: number, b: number) => a >= lo - 1e-12 && b <= hi + 1e-12;
  switch (d.type) {
    case 'fixed':
      return inside(median, median) ? { type: 'fixed', value: median } : null;
    case 'uniform':
      return inside(d.min + delta, d.max + delta) ? { ...d, min: d.min + delta, max: d.max + delta } : null;
    case 'triangular':
    case 'pert':
      return inside(d.min + delta, d.max + delta) ? { ...d, min: d.min + delta, mode: d.mode + delta, max: d.max + delta } : null;
    case 'normal':
      return inside(median, median) ? { ...d, mean: d.mean + delta } : null;
    case 'lognormal':
      return median > 0 && inside(median, median) ? { ...d, mu: Math.log(median) } : null;
    case 'beta':
      return median > 0 && median < 1 && inside(median, median) ? betaWithMedian(d.alpha + d.beta, median) : null;
  }
}

/** Beta with concentration κ whose median is m (by bisection on the mean). */
function betaWithMedian(k: number, m: number): Dist {
  let lo = 1e-9;
  let hi = 1 - 1e-9;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (distQuantile({ type: 'beta', alpha: mid * k, beta: (1 - mid) * k }, 0.5) < m) lo = mid;
    else hi = mid;
  }
  const mean = (lo + hi) / 2;
  return { type: 'beta', alpha: mean * k, beta: (1 - mean) * k };
}
