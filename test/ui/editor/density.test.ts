import { describe, expect, it } from 'vitest';
import type { Dist } from '../../../src/engine/dist';
import { densityOf, sparkPath } from '../../../src/ui/editor/density';

const mass = (d: Dist) => {
  const { edges, heights } = densityOf(d);
  return heights.reduce((s, h, i) => s + h * (edges[i + 1] - edges[i]), 0);
};

describe('density preview', () => {
  it.each<[string, Dist, number]>([
    ['uniform', { type: 'uniform', min: 2, max: 5 }, 1e-12],
    ['triangular', { type: 'triangular', min: 1, mode: 2, max: 3 }, 1e-12],
    ['PERT', { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 }, 1e-9],
    ['beta', { type: 'beta', alpha: 2, beta: 8 }, 1e-9],
    // Unbounded: the range is the 0.1 %–99.9 % quantiles, so 99.8 % of the mass is drawn.
    ['normal', { type: 'normal', mean: 10, sd: 2 }, 0.0021],
    ['lognormal', { type: 'lognormal', mu: 0, sigma: 0.5 }, 0.0021],
    ['truncated normal', { type: 'normal', mean: 0.5, sd: 0.3, min: 0, max: 1 }, 1e-9],
  ])('integrates to about 1 for a %s distribution', (_name, d, tol) => {
    expect(Math.abs(mass(d) - 1)).toBeLessThanOrEqual(tol);
  });

  it('peaks at the mode', () => {
    const { edges, heights } = densityOf({ type: 'triangular', min: 0, mode: 0.25, max: 1 }, 40);
    const top = heights.indexOf(Math.max(...heights));
    expect(edges[top]).toBeLessThanOrEqual(0.25);
    expect(edges[top + 1]).toBeGreaterThanOrEqual(0.25);
  });

  it('draws a fixed value as a spike and a density as a closed area inside the box', () => {
    expect(sparkPath(densityOf({ type: 'fixed', value: 3 }), 100, 20)).toBe('M50,20L50,0');
    const path = sparkPath(densityOf({ type: 'pert', min: 0, mode: 1, max: 4 }), 100, 20);
    expect(path.startsWith('M0,20')).toBe(true);
    expect(path.endsWith('L100,20Z')).toBe(true);
    const ys = [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(20);
  });
});
