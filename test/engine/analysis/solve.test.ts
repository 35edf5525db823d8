import { describe, expect, it } from 'vitest';
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import { bisect } from 'simple-statistics';
import { solveForTarget } from '../../../src/engine/analysis/solve';
import { cell } from '../scenario-fixture';
import { oneStep } from './one-step-fixture';

describe('solveForTarget', () => {
  it('finds the mobilisation rate at which P(Binomial(100, m) >= 50) = 0.8, as the exact binomial says', () => {
    // P(X >= k) for X ~ Binomial(n, m) is the regularised incomplete beta I_m(k, n − k + 1).
    const exact = bisect((m: number) => betaCdf(m, 50, 51) - 0.8, 0.3, 0.7, 100, 1e-10);
    const v = oneStep({ type: 'fixed', value: 0.5 });
    const r = solveForTarget(v.model, { seed: 3, iterations: 20_000, targets: v.targets }, {
      cell: cell('participants.A2', 'period1'), confidence: 0.8, path: 'activities.A1.routing.proceed', bounds: [0, 1],
    });
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.direction).toBe('at least');
    expect(Math.abs(r.median - exact)).toBeLessThan(0.006);
    expect(r.probability).toBeGreaterThanOrEqual(0.8);
  });

  it('says so when no rate in the allowed range reaches the confidence', () => {
    const v = oneStep({ type: 'fixed', value: 0.5 });
    v.targets[cell('participants.A2', 'period1')] = 101;
    const r = solveForTarget(v.model, { seed: 3, iterations: 5_000, targets: v.targets }, {
      cell: cell('participants.A2', 'period1'), confidence: 0.8, path: 'activities.A1.routing.proceed', bounds: [0, 1],
    });
    expect(r).toEqual({ found: false, best: 1, probabilityAtBest: 0, searched: [0, 1] });
  });

  it('states the range it searched: a PERT ±0.1 around its mode can move its median only within [0.1, 0.9]', () => {
    const v = oneStep({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 });
    v.targets[cell('participants.A2', 'period1')] = 101;
    const r = solveForTarget(v.model, { seed: 3, iterations: 5_000, targets: v.targets }, {
      cell: cell('participants.A2', 'period1'), confidence: 0.8, path: 'activities.A1.routing.proceed', bounds: [0, 1],
    });
    expect(r.found).toBe(false);
    expect(r.searched[0]).toBeCloseTo(0.1, 9);
    expect(r.searched[1]).toBeCloseTo(0.9, 9);
  });

  it('keeps the spread of a PERT input while moving it', () => {
    const v = oneStep({ type: 'pert', min: 0.3, mode: 0.4, max: 0.5 });
    const r = solveForTarget(v.model, { seed: 3, iterations: 10_000, targets: v.targets }, {
      cell: cell('participants.A2', 'period1'), confidence: 0.5, path: 'activities.A1.routing.proceed', bounds: [0, 1],
    });
    expect(r.found).toBe(true);
    // Median of the binomial-mixed count is 50 when the rate's median is about 0.5.
    if (r.found) expect(Math.abs(r.median - 0.5)).toBeLessThan(0.01);
  });
});
