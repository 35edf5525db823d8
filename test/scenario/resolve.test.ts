import { describe, expect, it } from 'vitest';
import { KIND_BOUNDS, resolveInput } from '../../src/scenario/resolve';
import { validateScenario } from '../../src/scenario/parse';
import { distQuantile } from '../../src/engine/dist';
import { baselineDoc } from '../engine/scenario-fixture';

describe('resolveInput', () => {
  it('turns a plain number into a fixed value, inside the kind bounds only', () => {
    expect(resolveInput(0.4, 'probability')).toEqual({ type: 'fixed', value: 0.4 });
    expect(resolveInput(1.2, 'probability')).toBe('1.2 is above 1, the highest possible value');
    expect(resolveInput(-0.1, 'years')).toBe('-0.1 is below 0, the lowest possible value');
    expect(KIND_BOUNDS.probability).toEqual([0, 1]);
  });

  it('takes native parameters, and names the fields a type takes when they do not fit', () => {
    expect(resolveInput({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 }, 'probability')).toEqual({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 });
    expect(resolveInput({ type: 'beta', alpha: 2, beta: 3, note: 'why' }, 'probability')).toEqual({ type: 'beta', alpha: 2, beta: 3 });
    expect(resolveInput({ type: 'pert', min: 0.4, max: 0.6 }, 'probability')).toMatch(/pert takes min, mode, max or p5, mode, p95/);
    expect(resolveInput({ type: 'beta', alpha: 2, beta: 3, p5: 0.1 }, 'probability')).toMatch(/got alpha, beta, p5/);
  });

  it('keeps each kind in its place', () => {
    expect(resolveInput({ type: 'beta', alpha: 2, beta: 3 }, 'fte')).toMatch(/probabilities/);
    expect(resolveInput({ type: 'lognormal', mu: -1, sigma: 0.2 }, 'probability')).toMatch(/no upper limit; use beta or pert/);
    expect(resolveInput({ type: 'pert', min: 0.6, mode: 0.5, max: 0.7 }, 'probability')).toBe('min (0.6) must not be above mode (0.5)');
    expect(resolveInput({ type: 'uniform', min: 0.6, max: 0.6 }, 'probability')).toBe('min (0.6) must be below max (0.6)');
  });

  it('answers, not throws, for a draft the schema has not checked (an emptied field, a missing type)', () => {
    expect(resolveInput('' as never, 'probability')).toBe('must be a number; it is empty');
    expect(resolveInput({ min: 0.1 } as never, 'probability')).toMatch(/must be a number or a distribution/);
  });

  it('truncates a normal to the kind bounds', () => {
    expect(resolveInput({ type: 'normal', mean: 2, sd: 1 }, 'years')).toEqual({ type: 'normal', mean: 2, sd: 1, min: 0, max: 50 });
    expect(resolveInput({ type: 'normal', mean: 0.5, sd: 0.1, min: 0.3 }, 'probability')).toEqual({ type: 'normal', mean: 0.5, sd: 0.1, min: 0.3, max: 1 });
    expect(resolveInput({ type: 'normal', mean: 0.5, sd: 0.1, min: 2 }, 'probability')).toMatch(/leave nothing between 2 and 1/);
  });

  it('a normal 90 % interval near a bound keeps its percentiles, or is refused', () => {
    for (const [p5, p95] of [[0.7, 0.99], [0.02, 0.3]]) {
      const doc = baselineDoc();
      doc.activities.B.growthProbability = { type: 'normal', p5, p95 };
      const r = validateScenario(doc);
      if (!r.ok) {
        expect(r.errors.map((e) => e.path)).toContain('activities.B.growthProbability');
        continue;
      }
      const d = r.value.model.inputs.find((i) => i.path === 'activities.B.growthProbability')!.dist;
      expect(Math.abs(distQuantile(d, 0.05) - p5)).toBeLessThan(1e-3);
      expect(Math.abs(distQuantile(d, 0.95) - p95)).toBeLessThan(1e-3);
    }
  });
});

describe('a rate from observed counts', () => {
  it('"610 of 1,200" becomes Beta(611, 591), the uniform prior updated by the counts', () => {
    expect(resolveInput({ type: 'beta', successes: 610, trials: 1200 }, 'probability')).toEqual({ type: 'beta', alpha: 611, beta: 591 });
  });
  it('refuses more successes than trials', () => {
    expect(resolveInput({ type: 'beta', successes: 12, trials: 10 }, 'probability')).toBe('successes (12) must not be above trials (10)');
  });
});
