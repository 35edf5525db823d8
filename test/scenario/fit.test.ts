import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { fitInterval, Z95 } from '../../src/scenario/fit';
import { distQuantile, type Dist } from '../../src/engine/dist';

describe('fitInterval', () => {
  it('Z95 is the standard normal 95th percentile', () => {
    expect(Z95).toBeCloseTo(normalQuantile(0.95, 0, 1), 14);
  });

  it.each([
    ['uniform', 0.2, 0.8, undefined],
    ['normal', -3, 10, undefined],
    ['lognormal', 1.5, 3, undefined],
    ['lognormal', 1_000_000, 2_000_000, undefined],
    ['beta', 0.4, 0.6, undefined],
    ['beta', 0.001, 0.05, undefined],
    ['beta', 0.9, 0.999, undefined],
    ['triangular', 1, 3, 2],
    ['triangular', 0.5, 1.4, 0.7],
    ['pert', 0.35, 0.62, 0.5],
    ['pert', 1.5, 3, 2.2],
  ] as [Dist['type'], number, number, number | undefined][])('%s with p5 %s, p95 %s (mode %s) has those percentiles', (type, p5, p95, mode) => {
    const d = fitInterval(type, p5, p95, mode);
    expect(d.type).toBe(type);
    const tol = 1e-6 * (p95 - p5);
    expect(Math.abs(distQuantile(d, 0.05) - p5)).toBeLessThanOrEqual(tol);
    expect(Math.abs(distQuantile(d, 0.95) - p95)).toBeLessThanOrEqual(tol);
    if (mode !== undefined && (d.type === 'triangular' || d.type === 'pert')) expect(d.mode).toBe(mode);
  });

  it('uniform over a 90 % interval extends it by 1/18 of its width on each side', () => {
    expect(fitInterval('uniform', 0.2, 0.8)).toEqual({ type: 'uniform', min: expect.closeTo(0.2 - 0.6 / 18, 12), max: expect.closeTo(0.8 + 0.6 / 18, 12) });
  });

  it('refuses intervals no such distribution has', () => {
    expect(() => fitInterval('beta', 0.6, 0.4)).toThrow(/below/);
    expect(() => fitInterval('beta', 0, 0.4)).toThrow();
    expect(() => fitInterval('lognormal', 0, 2)).toThrow(/p5 > 0/);
    expect(() => fitInterval('pert', 1, 3, 3)).toThrow(/mode/);
    expect(() => fitInterval('triangular', 1, 3)).toThrow(/mode/);
    expect(() => fitInterval('fixed', 1, 3)).toThrow(/fixed/);
  });
});
