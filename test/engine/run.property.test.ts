import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runForecast } from '../../src/engine/run';
import { type ForecastResult } from '../../src/engine/forecast-result';
import { ACTIVITIES, CELLS, HORIZONS, INDICATORS, TOTAL, EVENT_HORIZONS, PROJECT_TOTAL } from '../seed-layout';
import { baselineDoc, cell, valid, type Doc } from './scenario-fixture';

const ITERATIONS = 2000;
const RUNS = 20;

// Whole thousandths (with 0 and 1 now and then): fc.double would mostly give subnormals
// and values a hair below 1, which let almost no company through.
const rate = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 999 }).map((k) => k / 1000), weight: 8 }, { arbitrary: fc.constantFrom(0, 1), weight: 1 });
const units = fc.integer({ min: 0, max: 30 });

/** Per activity: units in each period, and fixed rates wherever the baseline has an input. */
const activityArb = fc.record({ units1: units, units2: units, fillRate: rate, proceed: rate, growth: rate });
const scenarioArb = fc.record(Object.fromEntries(ACTIVITIES.map((a) => [a, activityArb])) as Record<(typeof ACTIVITIES)[number], typeof activityArb>);
type Variation = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** The baseline with the variation's units and rates (routing shares as in the baseline). */
function build(v: Variation, growth: (g: number) => number = (g) => g): Doc {
  const doc = baselineDoc();
  for (const id of ACTIVITIES) {
    const a = doc.activities[id];
    const x = v[id];
    a.units = { period1: x.units1, period2: x.units2 };
    if (a.recruitment) a.recruitment.fillRate = x.fillRate;
    if (a.routing) a.routing.proceed = x.proceed;
    if (a.growthProbability !== undefined) a.growthProbability = growth(x.growth);
  }
  return doc;
}

function forecast(doc: Doc, seed: string): ForecastResult {
  const { model, targets } = valid(doc);
  return runForecast(model, { seed, iterations: ITERATIONS, targets });
}

const QUANTILE_KEYS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

describe('forecast invariants over modified baselines (fast-check)', () => {
  it('participants never exceed seats; every summary is >= 0; total is the sum of the horizons', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const doc = build(v);
        const r = forecast(doc, 'invariants');
        const rows = r.blocks[0].subsample!.out;
        expect(rows.length).toBe(ITERATIONS * CELLS);

        for (const id of ACTIVITIES) {
          const a = doc.activities[id];
          const seats = [Math.round(a.units.period1 * a.companiesPerUnit), Math.round(a.units.period2 * a.companiesPerUnit)];
          const c1 = cell(`participants.${id}`, 'period1');
          const c2 = cell(`participants.${id}`, 'period2');
          let over = 0;
          for (let i = 0; i < ITERATIONS; i++) {
            if (rows[i * CELLS + c1] > seats[0] || rows[i * CELLS + c2] > seats[1]) over++;
          }
          expect(over, `participants.${id} above its seats ${seats}`).toBe(0);
          expect(r.cells[c1].p95).toBeLessThanOrEqual(seats[0]);
          expect(r.cells[c2].p95).toBeLessThanOrEqual(seats[1]);
          expect(r.cells[cell(`participants.${id}`, 'total')].mean).toBeLessThanOrEqual(seats[0] + seats[1] + 1e-9);
        }

        r.cells.forEach((s, c) => {
          const label = `${INDICATORS[Math.floor(c / HORIZONS.length)].id}.${HORIZONS[c % HORIZONS.length]}`;
          expect(s.mean, label).toBeGreaterThanOrEqual(0);
          for (const k of QUANTILE_KEYS) expect(s[k], `${label} ${k}`).toBeGreaterThanOrEqual(0);
          for (let j = 1; j < QUANTILE_KEYS.length; j++) expect(s[QUANTILE_KEYS[j]]).toBeGreaterThanOrEqual(s[QUANTILE_KEYS[j - 1]]);
        });

        // In every iteration: the total is the sum of the event horizons, the project total that of the periods.
        for (let i = 0; i < ITERATIONS; i++) {
          for (let c = i * CELLS; c < (i + 1) * CELLS; c += HORIZONS.length) {
            let sum = 0;
            for (let h = 0; h < EVENT_HORIZONS; h++) sum += rows[c + h];
            expect(Math.abs(rows[c + TOTAL] - sum)).toBeLessThanOrEqual(1e-9 * Math.abs(sum) + 1e-9);
            expect(rows[c + PROJECT_TOTAL]).toBe(rows[c] + rows[c + 1]);
          }
        }
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  }, 60_000);

  it('raising every growth probability never lowers the mean number of growth companies (common random numbers)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 5, max: 100 }).map((k) => k / 100), (v, lift) => {
        const c = cell('growthCompanies', 'total');
        const low = forecast(build(v), 'monotone').cells[c];
        const high = forecast(build(v, (g) => g + (1 - g) * lift), 'monotone').cells[c];
        // The two runs share their uniforms but not every draw, so allow for independent noise.
        expect(high.mean - low.mean).toBeGreaterThanOrEqual(-4 * Math.hypot(low.se, high.se));
      }),
      { numRuns: 15, seed: 1126 },
    );
  }, 60_000);
});
