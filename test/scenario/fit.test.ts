import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { FitError, fitInterval, intervalLimit, Z95 } from '../../src/scenario/fit';
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

  it('refuses intervals no such distribution has, naming the rule and the field', () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(FitError);
        return (e as FitError).problem;
      }
      throw new Error('not refused');
    };
    expect(refusal(() => fitInterval('beta', 0.6, 0.4))).toMatchObject({ code: 'order', fields: ['p5', 'p95'] });
    expect(refusal(() => fitInterval('beta', 0, 0.4))).toMatchObject({ code: 'above', at: 'p5', params: { min: 0, dist: 'beta' } });
    expect(refusal(() => fitInterval('beta', 0.2, 1))).toMatchObject({ code: 'below', at: 'p95', params: { max: 1, dist: 'beta' } });
    expect(refusal(() => fitInterval('lognormal', 0, 2))).toMatchObject({ code: 'above', at: 'p5', params: { dist: 'lognormal' } });
    expect(refusal(() => fitInterval('pert', 1, 3, 3))).toMatchObject({ code: 'order', fields: ['mode', 'p95'] });
    expect(refusal(() => fitInterval('triangular', 1, 3))).toMatchObject({ code: 'required', at: 'mode' });
    expect(refusal(() => fitInterval('fixed', 1, 3))).toMatchObject({ code: 'invalid' });
  });
});

// Planners' 90 % intervals near 100 % (p5, mode, p95) that no PERT inside [0, 1] has: the
// PERT fitted to them ends above 1. A trial found each refused on activity B's seats filled.
const NEAR_ONE: [number, number, number][] = [[0.85, 0.95, 0.99], [0.9, 0.95, 0.99], [0.8, 0.9, 0.98], [0.6, 0.8, 0.95]];

describe('intervalLimit: how far a 90 % interval can reach with its fit inside the bounds', () => {
  const within = (d: Dist, lo: number, hi: number) => distQuantile(d, 0) >= lo - 1e-12 && distQuantile(d, 1) <= hi + 1e-12;
  const percentiles = (d: Dist, p5: number, p95: number) => {
    const tol = 1e-6 * (p95 - p5);
    expect(Math.abs(distQuantile(d, 0.05) - p5)).toBeLessThanOrEqual(tol);
    expect(Math.abs(distQuantile(d, 0.95) - p95)).toBeLessThanOrEqual(tol);
  };

  it.each(NEAR_ONE)('PERT %s / %s / %s: the largest 95th percentile that fits, checked with the PERT’s own quantile function', (p5, mode, p95) => {
    expect(distQuantile(fitInterval('pert', p5, p95, mode), 1)).toBeGreaterThan(1);
    const limit = intervalLimit('pert', 'high', p5, p95, mode, 0, 1)!;
    expect(limit).toBeGreaterThan(mode);
    expect(limit).toBeLessThan(p95);
    // The value offered works as given: a PERT with it has the planner's percentiles and stays within [0, 1] …
    const at = fitInterval('pert', p5, limit, mode);
    percentiles(at, p5, limit);
    expect(within(at, 0, 1)).toBe(true);
    // … and is the largest such value to the precision shown (0.1 percentage point).
    expect(within(fitInterval('pert', p5, limit + 0.001, mode), 0, 1)).toBe(false);
  });

  it.each(NEAR_ONE)('Beta takes the interval %s–%s–%s that PERT cannot (percentiles from its own quantile function)', (p5, _mode, p95) => {
    percentiles(fitInterval('beta', p5, p95), p5, p95);
  });

  it('the low side: the smallest 5th percentile for a PERT near 0, and for a triangular', () => {
    for (const type of ['pert', 'triangular'] as const) {
      const [p5, mode, p95] = [0.01, 0.04, 0.15];
      expect(distQuantile(fitInterval(type, p5, p95, mode), 0)).toBeLessThan(0);
      const limit = intervalLimit(type, 'low', p5, p95, mode, 0, 1)!;
      expect(limit).toBeGreaterThan(p5);
      expect(limit).toBeLessThan(mode);
      const at = fitInterval(type, limit, p95, mode);
      percentiles(at, limit, p95);
      expect(within(at, 0, 1)).toBe(true);
      const step = 10 ** (Math.floor(Math.log10(limit)) - 2);
      expect(within(fitInterval(type, limit - step, p95, mode), 0, 1)).toBe(false);
    }
  });

  it('a uniform: (18·hi + p5) / 19, in closed form', () => {
    expect(intervalLimit('uniform', 'high', 0.9, 0.99, undefined, 0, 1)).toBe(Math.floor(((18 + 0.9) / 19) * 1000) / 1000);
  });

  it('none when moving one end cannot bring the fit inside (the other end is out too)', () => {
    expect(distQuantile(fitInterval('pert', 0.01, 0.99, 0.5), 0)).toBeLessThan(0);
    expect(intervalLimit('pert', 'high', 0.01, 0.99, 0.5, 0, 1)).toBeUndefined();
  });
});
