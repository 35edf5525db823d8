import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { createBlockRunner } from '../../src/engine/blocks';
import { BLOCK_SIZE } from '../../src/engine/block-plan';
import { cellOf, COST_INDICATORS, layoutOf } from '../../src/engine/layout';
import { AMOUNT_RELATIVE_TOLERANCE, amountBinValue } from '../../src/engine/histogram';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const v2Baseline = (): Doc => JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
const fixed = (value: number) => ({ type: 'fixed', value });
function ok(doc: unknown): ValidScenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** 20 companies, each a growth company with probability 0.1 at once; 20 units of DKK 50,000 and DKK 1,000,000 fixed: DKK 2,000,000 in all. */
function twenty(): Doc {
  const doc: Doc = structuredClone(blank);
  Object.assign(doc.activities[0], { units: { period1: 20 }, companiesPerUnit: 1, growthProbability: fixed(0.1), costPerUnitDkk: 50_000 });
  doc.budget = { fixedCostsDkk: { period1: 1_000_000 } };
  return doc;
}

describe('the public cost and the cost per result', () => {
  it('a scenario without costs has no cost indicators; one with a budget or a cost per unit has all four', () => {
    expect(layoutOf(ok(v2Baseline()).model).indicators.some((d) => d.cost)).toBe(false);
    const ids = layoutOf(ok(twenty()).model).indicators.map((d) => d.id);
    expect(ids.slice(-4)).toEqual(COST_INDICATORS.map((d) => d.id));
    const onlyUnit = twenty();
    delete onlyUnit.budget;
    expect(layoutOf(ok(onlyUnit).model).indicators.map((d) => d.id)).toContain('costPerNewFteDkk');
  });

  it('closed forms: the cost is DKK 2,000,000 and the cost per supported company DKK 100,000 in every iteration; per growth company it is 2,000,000 / Binomial(20, 0.1), +∞ with none', () => {
    const v = ok(twenty());
    const n = 20_000;
    const f = runForecast(v.model, { seed: 11, iterations: n, targets: v.targets });
    const at = (id: string, h: string) => f.cells[cellOf(f.layout, id, h)];
    const near = (x: number, y: number) => expect(Math.abs(x / y - 1)).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    // The same amount in every iteration reads back exactly, not as its histogram bin's middle.
    expect(at('costDkk', 'period1').p5).toBe(2_000_000);
    expect(at('costDkk', 'total').p95).toBe(2_000_000);
    expect(at('costDkk', 'total').mean).toBeCloseTo(2_000_000, 6);
    near(at('costPerSupportedCompanyDkk', 'projectTotal').p5, 100_000);
    near(at('costPerSupportedCompanyDkk', 'total').p95, 100_000);
    // The exact binomial: P(G = 0) = 0.9^20, P(G = 1) = 20 · 0.1 · 0.9^19, P(G = 2) = 190 · 0.01 · 0.9^18 = p2.
    const p0 = 0.9 ** 20;
    const p1 = 20 * 0.1 * 0.9 ** 19;
    const bins = f.accumulator.bins[cellOf(f.layout, 'costPerGrowthCompanyDkk', 'total')];
    let infinite = 0;
    let atMostOneMillion = 0;
    for (let b = 0; b < bins.length; b++) {
      const value = amountBinValue(b);
      if (value === Infinity) infinite += bins[b];
      else if (value <= 1_000_000 * (1 + AMOUNT_RELATIVE_TOLERANCE)) atMostOneMillion += bins[b];
    }
    const within = (share: number, p: number) => expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    within(infinite / n, p0);
    within(atMostOneMillion / n, 1 - p0 - p1);
    // Median: P(G ≥ 2) = 1 − p0 − p1 = 0.61 ≥ 0.5 > P(G ≥ 3) = 1 − p0 − p1 − p2 = 0.32, so 2,000,000 / 2; P75 is G = 1; P90 is +∞ (P(G = 0) = 0.12 > 0.10).
    const g = at('costPerGrowthCompanyDkk', 'total');
    near(g.p50, 1_000_000);
    near(g.p75, 2_000_000);
    expect(g.p90).toBe(Infinity);
    expect(g.mean).toBeNaN();
    expect(g.pMeetsTarget).toBeNull();
  });

  it('in every iteration, each cost per result is the project’s whole cost over its result, and the cost the units at that iteration’s cost per unit', () => {
    const doc = v2Baseline();
    doc.activities.find((a: Doc) => a.id === 'A1').costPerUnitDkk = { type: 'uniform', min: 10_000, max: 30_000 };
    doc.activities.find((a: Doc) => a.id === 'B').costPerUnitDkk = 120_000;
    doc.budget = { fixedCostsDkk: { period1: 500_000, period2: 750_000 } };
    const v = ok(doc);
    const layout = layoutOf(v.model);
    const runner = createBlockRunner(v.model, 5, BLOCK_SIZE, v.targets);
    const cells = layout.cells;
    const out = new Float64Array(BLOCK_SIZE * cells);
    const x = new Float64Array(BLOCK_SIZE * v.model.inputs.length);
    runner.run(0, out, x);
    const c = (id: string, h: string) => cellOf(layout, id, h);
    const a1 = v.model.inputs.findIndex((i) => i.path === 'activities.A1.costPerUnitDkk');
    const units = (id: string, p: string) => doc.activities.find((a: Doc) => a.id === id).units[p];
    for (let i = 0; i < BLOCK_SIZE; i++) {
      const o = (cell: number) => out[i * cells + cell];
      const costA1 = x[i * v.model.inputs.length + a1];
      expect(costA1).toBeGreaterThanOrEqual(10_000);
      expect(o(c('costDkk', 'period1'))).toBeCloseTo(500_000 + units('A1', 'period1') * costA1 + units('B', 'period1') * 120_000, 4);
      expect(o(c('costDkk', 'period2'))).toBeCloseTo(750_000 + units('A1', 'period2') * costA1 + units('B', 'period2') * 120_000, 4);
      expect(o(c('costDkk', 'after0to2'))).toBe(0);
      const cost = o(c('costDkk', 'projectTotal'));
      expect(o(c('costDkk', 'total'))).toBe(cost);
      for (const [per, of] of [['costPerSupportedCompanyDkk', 'supportedCompanies'], ['costPerGrowthCompanyDkk', 'growthCompanies'], ['costPerNewFteDkk', 'newJobsFte']]) {
        for (const h of ['projectTotal', 'total']) {
          const result = o(c(of, h));
          expect(o(c(per, h))).toBe(result > 0 ? cost / result : Infinity);
        }
        expect(o(c(per, 'period1'))).toBe(0);
      }
    }
  });

  it('costs change no other number: the baseline with costs forecasts every other cell bit-identically', () => {
    const plain = ok(v2Baseline());
    const doc = v2Baseline();
    doc.activities.find((a: Doc) => a.id === 'C').costPerUnitDkk = { type: 'pert', min: 40_000, mode: 60_000, max: 100_000 };
    doc.budget = { fixedCostsDkk: { period1: 1_000_000, period2: 1_000_000 } };
    const costed = ok(doc);
    const a = runForecast(plain.model, { seed: 2, iterations: 10_000, targets: plain.targets });
    const b = runForecast(costed.model, { seed: 2, iterations: 10_000, targets: costed.targets });
    for (const ind of a.layout.indicators) {
      for (const h of a.layout.horizons) expect(b.cells[cellOf(b.layout, ind.id, h)]).toEqual(a.cells[cellOf(a.layout, ind.id, h)]);
    }
    expect(b.joint).toEqual(a.joint);
  });
});

describe('costs that break a rule', () => {
  it('a target on a cost, fixed costs of a period the programme has not, and a negative cost per unit are refused at their fields', () => {
    const doc = twenty();
    doc.targets = { costPerNewFteDkk: { total: 400_000 } };
    doc.budget.fixedCostsDkk.period9 = 5;
    doc.activities[0].costPerUnitDkk = -1;
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['budget.fixedCostsDkk.period9', 'activities.activity1.costPerUnitDkk']));
    const only = twenty();
    only.targets = { costPerNewFteDkk: { total: 400_000 } };
    const t = validateScenario(only);
    expect(t.ok ? [] : t.errors.map((e) => [e.path, e.code])).toEqual([['targets.costPerNewFteDkk', 'costTarget']]);
    const none = twenty();
    none.targets = { costPerNewFteDkk: { total: null } };
    expect(validateScenario(none).ok).toBe(true);
  });
});

describe('a costed forecast conditioned on actuals', () => {
  it('keeps the weighted costs per result as the plain forecast has them: quantiles at the totals, no mean, no value elsewhere', async () => {
    const { runConditioned } = await import('../../src/engine/conditioning/condition');
    const v = ok(twenty());
    const c = (id: string, h: string) => cellOf(layoutOf(v.model), id, h);
    // Observed: 20 supported companies in period 1 (what every iteration has), so the weights are even.
    const r = runConditioned(v.model, { seed: 3, iterations: 10_000, targets: v.targets }, [{ cell: c('supportedCompanies', 'period1'), value: 20, tolerance: 1, share: 1 }], []);
    const per = r.cells[c('costPerGrowthCompanyDkk', 'total')];
    expect(per.mean).toBeNaN();
    // P(G = 0) = 0.9^20 = 0.12 > 0.10: the weighted P90 is +∞ too.
    expect(per.p90).toBe(Infinity);
    expect(Math.abs(per.p50 / 1_000_000 - 1)).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    expect(r.cells[c('costPerGrowthCompanyDkk', 'period1')].p50).toBeNaN();
    expect(r.cells[c('costDkk', 'period1')].mean).toBeCloseTo(2_000_000, 3);
  });
});

describe('what a review of the costs found', () => {
  it('precision watched over every cell of a costed forecast is reached: a cost per result has no mean to make precise', async () => {
    const { runUntilPrecise } = await import('../../src/engine/analysis/precision');
    const v = ok(twenty());
    const layout = layoutOf(v.model);
    const r = runUntilPrecise(v.model, { seed: 1, iterations: 60_000, targets: v.targets }, { cells: [...layout.live], probability: 0.01, relativeMean: 0.02 });
    expect(r.precise).toBe(true);
    expect(r.trace.every((p) => Number.isFinite(p.worst))).toBe(true);
  });

  it('an actual of a cost per result is refused, naming the field; one of the cost is taken', async () => {
    const { parseActuals } = await import('../../src/scenario/actuals');
    const v = ok(twenty());
    const refused = parseActuals({ schemaVersion: 1, asOf: '2026-06-30', observations: [{ indicator: 'costPerNewFteDkk', horizon: 'period1', value: 400_000 }] }, v);
    expect(refused.ok ? [] : refused.errors.map((e) => [e.path, e.code])).toEqual([['observations.0.indicator', 'perObservation']]);
    expect(parseActuals({ schemaVersion: 1, asOf: '2026-06-30', observations: [{ indicator: 'costDkk', horizon: 'period1', value: 2_000_000 }] }, v).ok).toBe(true);
  });

  it('nothing spent is a cost per result of 0, not ∞, whatever the result; a fixed cost above DKK 10^12 a period is refused', () => {
    const doc = twenty();
    doc.activities[0].costPerUnitDkk = 0;
    doc.budget.fixedCostsDkk.period1 = 0;
    doc.activities[0].growthProbability = { type: 'fixed', value: 0 };
    const v = ok(doc);
    const f = runForecast(v.model, { seed: 1, iterations: 2000, targets: v.targets });
    for (const id of ['costPerGrowthCompanyDkk', 'costPerNewFteDkk']) expect(f.cells[cellOf(f.layout, id, 'total')].p95).toBe(0);
    const big = twenty();
    big.budget.fixedCostsDkk.period1 = 2e13;
    const r = validateScenario(big);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['budget.fixedCostsDkk.period1', 'atMost']]);
  });
});
