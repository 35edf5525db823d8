import { describe, expect, it } from 'vitest';
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import { MAX_SWEEP_STEPS, sweepInput, sweepValues, sweptDist } from '../../../src/engine/analysis/sweep';
import { runForecast } from '../../../src/engine/run';
import { baseline, baselineDoc, cell, valid } from '../scenario-fixture';
import { oneStep } from './one-step-fixture';

const MOBILISATION = 'activities.A1.routing.proceed';

describe('sweepValues', () => {
  it('spaces the values evenly, both ends exact, either way round', () => {
    // As a planner would write them: 0.35, not 0.35000000000000003.
    expect(sweepValues(0.3, 0.7, 9)).toEqual([0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]);
    expect(sweepValues(1_000_000, 2_000_000, 3)).toEqual([1_000_000, 1_500_000, 2_000_000]);
    const v = sweepValues(0.1, 0.7, 7);
    expect(v[0]).toBe(0.1);
    expect(v[6]).toBe(0.7);
    for (let i = 1; i < 7; i++) expect(v[i] - v[i - 1]).toBeCloseTo(0.1, 12);
    expect(sweepValues(10, 0, 3)).toEqual([10, 5, 0]);
  });

  it('names the rule a range or a step count breaks', () => {
    expect(() => sweepValues(0.5, 0.5, 5)).toThrow('from and to: must differ');
    expect(() => sweepValues(0, 1, 1)).toThrow(`steps: must be a whole number from 2 to ${MAX_SWEEP_STEPS}`);
    expect(() => sweepValues(0, 1, 2.5)).toThrow('steps');
    expect(() => sweepValues(0, 1, MAX_SWEEP_STEPS + 1)).toThrow('steps');
    expect(() => sweepValues(Number.NaN, 1, 3)).toThrow('from and to: must be numbers');
  });
});

describe('sweepInput', () => {
  it('gives at each mobilisation rate m the median and P(≥ 50) of Binomial(100, m), as the exact binomial says', () => {
    // participants.A2 in period 1 is Binomial(100, m) given m (one-step-fixture.ts); P(X ≥ 50) = I_m(50, 51).
    const v = oneStep({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 });
    const c = cell('participants.A2', 'period1');
    const n = 20_000;
    const r = sweepInput(v.model, { seed: 5, iterations: n, targets: v.targets }, { path: MOBILISATION, values: sweepValues(0.3, 0.7, 9), mode: 'fixed', bounds: [0, 1], cells: [c] });
    expect(r.current).toBeCloseTo(0.5, 12);
    expect(r.points.map((p) => p.value)).toEqual(sweepValues(0.3, 0.7, 9));
    for (const p of r.points) {
      if (!p.ok) throw new Error('every rate in [0, 1] can be taken');
      expect(p.dist).toEqual({ type: 'fixed', value: p.value });
      const exact = betaCdf(p.value, 50, 51);
      const se = Math.sqrt((exact * (1 - exact)) / n);
      expect(Math.abs(p.cells[0].pMeetsTarget! - exact)).toBeLessThan(4 * se + 1e-9);
      // 100·m is a whole number here, and then it is the binomial's median.
      expect(p.cells[0].p50).toBe(Math.round(100 * p.value));
      // The 10th–90th percentiles of Binomial(100, m) lie about 1.28 sd either side.
      const sd = Math.sqrt(100 * p.value * (1 - p.value));
      expect(Math.abs(p.cells[0].p10 - (100 * p.value - 1.2816 * sd))).toBeLessThan(1.5);
      expect(Math.abs(p.cells[0].p90 - (100 * p.value + 1.2816 * sd))).toBeLessThan(1.5);
    }
  });

  it('is at each value exactly the forecast of the scenario with that value typed in, for the same seed', () => {
    const opts = { seed: 11, iterations: 3_000 };
    const cells = [cell('growthCompanies', 'total'), cell('newJobsFte', 'total'), cell('supportedCompanies', 'period2')];
    const v = baseline();
    const r = sweepInput(v.model, { ...opts, targets: v.targets }, { path: MOBILISATION, values: [0.35, 0.6], mode: 'fixed', bounds: [0, 1], cells });
    for (const p of r.points) {
      const doc = baselineDoc();
      doc.activities.A1.routing.proceed = p.value;
      const typed = valid(doc);
      const f = runForecast(typed.model, { ...opts, targets: typed.targets });
      if (!p.ok) throw new Error('reachable');
      expect(p.cells).toEqual(cells.map((c) => ({ mean: f.cells[c].mean, p10: f.cells[c].p10, p50: f.cells[c].p50, p90: f.cells[c].p90, pMeetsTarget: f.cells[c].pMeetsTarget, pSe: f.cells[c].pSe })));
      expect(p.jointAll).toEqual(f.joint!.all);
    }
  });

  it('at the input’s own median, moving it leaves the forecast as it is', () => {
    const v = baseline();
    const opts = { seed: 2, iterations: 2_000, targets: v.targets };
    const c = cell('growthCompanies', 'total');
    const probe = sweepInput(v.model, opts, { path: MOBILISATION, values: [0.5], mode: 'median', bounds: [0, 1], cells: [c] });
    const r = sweepInput(v.model, opts, { path: MOBILISATION, values: [probe.current], mode: 'median', bounds: [0, 1], cells: [c] });
    const base = runForecast(v.model, opts).cells[c];
    const p = r.points[0];
    if (!p.ok) throw new Error('its own median is reachable');
    expect(p.cells[0].p50).toBe(base.p50);
    expect(p.cells[0].mean).toBeCloseTo(base.mean, 9);
  });

  it('raises the baseline’s growth companies and P(target) with mobilisation, on common random numbers', () => {
    const v = baseline();
    const cells = [cell('growthCompanies', 'total'), cell('newJobsFte', 'period2')];
    expect(cells.map((c) => v.targets[c])).toEqual([130, 66]);
    const r = sweepInput(v.model, { seed: 1, iterations: 4_000, targets: v.targets }, { path: MOBILISATION, values: sweepValues(0.3, 0.7, 9), mode: 'median', bounds: [0, 1], cells });
    const ok = r.points.filter((p) => p.ok);
    expect(ok).toHaveLength(9);
    for (let k = 0; k < cells.length; k++) {
      const medians = ok.map((p) => p.cells[k].p50);
      const probabilities = ok.map((p) => p.cells[k].pMeetsTarget!);
      for (let i = 1; i < ok.length; i++) {
        expect(medians[i]).toBeGreaterThanOrEqual(medians[i - 1]);
        expect(probabilities[i]).toBeGreaterThanOrEqual(probabilities[i - 1]);
      }
      expect(medians[8]).toBeGreaterThan(medians[0]);
    }
  });

  it('marks the values a distribution cannot be moved to without leaving its bounds, and forecasts the rest', () => {
    // A PERT 0.4–0.5–0.6 keeps its ±0.1 spread: its median can go from 0.1 to 0.9 only.
    const v = oneStep({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 });
    const r = sweepInput(v.model, { seed: 1, iterations: 500, targets: v.targets }, { path: MOBILISATION, values: [0.05, 0.5, 0.95], mode: 'median', bounds: [0, 1], cells: [cell('participants.A2', 'period1')] });
    expect(r.points.map((p) => p.ok)).toEqual([false, true, false]);
    expect(sweptDist({ type: 'pert', min: 0.4, mode: 0.5, max: 0.6 }, 'fixed', 1.2, [0, 1])).toBeNull();
  });

  it('reports its progress over the whole sweep, and stops when told to', () => {
    const v = oneStep({ type: 'fixed', value: 0.5 });
    const seen: [number, number][] = [];
    const all = sweepInput(v.model, { seed: 1, iterations: 10_000, targets: v.targets }, { path: MOBILISATION, values: [0.2, 0.4, 0.6], mode: 'fixed', bounds: [0, 1], cells: [0] }, (done, total) => void seen.push([done, total]));
    expect(all.points).toHaveLength(3);
    expect(seen.at(-1)).toEqual([30_000, 30_000]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1][0])).toBe(true);
    const cut = sweepInput(v.model, { seed: 1, iterations: 10_000, targets: v.targets }, { path: MOBILISATION, values: [0.2, 0.4, 0.6], mode: 'fixed', bounds: [0, 1], cells: [0] }, (done) => done < 15_000);
    expect(cut.points.map((p) => p.value)).toEqual([0.2]);
  });

  it('refuses an input the scenario does not have, naming it', () => {
    const v = oneStep({ type: 'fixed', value: 0.5 });
    expect(() => sweepInput(v.model, { seed: 1, iterations: 100, targets: v.targets }, { path: 'activities.Q.routing.proceed', values: [0.5], mode: 'fixed', bounds: [0, 1], cells: [0] })).toThrow('activities.Q.routing.proceed: no such input');
  });
});
