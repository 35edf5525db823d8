import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/engine/analysis/sensitivity';
import { runForecast } from '../../../src/engine/run';
import { cell } from '../scenario-fixture';
import { oneStep } from './one-step-fixture';

describe('sensitivity', () => {
  it('ranks the one input that matters, with the binomial medians at its P10 and P90', () => {
    const v = oneStep({ type: 'uniform', min: 0.3, max: 0.7 });
    const opts = { seed: 5, iterations: 5_000, targets: v.targets };
    const target = cell('participants.A2', 'period1');
    const s = sensitivity(v.model, runForecast(v.model, opts), target, opts);
    const top = s[0];
    expect(top.path).toBe('activities.A1.routing.proceed');
    expect(top.low).toBeCloseTo(0.34, 10);
    expect(top.high).toBeCloseTo(0.66, 10);
    // The median of Binomial(100, p) is floor or round of 100p: 34 and 66.
    expect(top.medianAtLow).toBe(34);
    expect(top.medianAtHigh).toBe(66);
    expect(top.rankCorrelation).toBeGreaterThan(0.9);
    // Every other uncertain input has no effect on this count.
    for (const other of s.slice(1)) expect(other.swing).toBe(0);
  });
});
