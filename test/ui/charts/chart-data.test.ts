import { describe, expect, it } from 'vitest';
import { accumulate, createAccumulator } from '../../../src/engine/accumulator';
import { CELLS, HORIZONS, SEED_LAYOUT, cellIndex, indicatorIndex } from '../../seed-layout';
import type { CellSummary } from '../../../src/engine/summarize';
import { toCdf, toFan, toHistogram } from '../../../src/ui/charts/chart-data';

const growthTotal = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
const revenueTotal = cellIndex(indicatorIndex('revenueDkk'), HORIZONS.indexOf('total'));
const noTargets = new Float64Array(CELLS).fill(NaN);

/** An accumulator holding the given values in one cell (every other cell 0). */
function withValues(cell: number, values: number[]) {
  const acc = createAccumulator(SEED_LAYOUT);
  const out = new Float64Array(CELLS);
  for (const v of values) {
    out[cell] = v;
    accumulate(acc, out, noTargets);
  }
  return acc;
}

describe('toHistogram', () => {
  it('gives one bar per whole number for a narrow count, as shares of the iterations', () => {
    // 1000 iterations: 100 × 10, 300 × 11, 400 × 12, 200 × 13
    const values = [...Array(100).fill(10), ...Array(300).fill(11), ...Array(400).fill(12), ...Array(200).fill(13)];
    const h = toHistogram(withValues(growthTotal, values), growthTotal, 'count');
    expect(h.x).toEqual([10, 11, 12, 13]);
    expect(h.y).toEqual([0.1, 0.3, 0.4, 0.2]);
  });

  it('groups a wide count into at most the asked number of bars, without losing mass inside P0.5–P99.5', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    const h = toHistogram(withValues(growthTotal, values), growthTotal, 'count', 50);
    expect(h.x.length).toBeLessThanOrEqual(50);
    const inside = values.filter((v) => v >= 4 && v <= 994).length / 1000; // P0.5 = 4, P99.5 = 994
    expect(h.y.reduce((a, b) => a + b, 0)).toBeCloseTo(inside, 12);
  });

  it('bins amounts into equal-width bars whose middles lie inside the range', () => {
    const values = Array.from({ length: 2000 }, (_, i) => 1e6 + i * 1e3);
    const h = toHistogram(withValues(revenueTotal, values), revenueTotal, 'amount', 20);
    expect(h.x).toHaveLength(20);
    expect(h.x[0]).toBeGreaterThan(1e6);
    expect(h.x[19]).toBeLessThan(3e6);
    expect(h.y.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.98);
  });
});

describe('toCdf', () => {
  it('is the empirical distribution function at each value', () => {
    const values = [...Array(100).fill(10), ...Array(300).fill(11), ...Array(400).fill(12), ...Array(200).fill(13)];
    const c = toCdf(withValues(growthTotal, values), growthTotal, 'count');
    expect(c.x).toEqual([10, 11, 12, 13]);
    expect(c.y.map((y) => Math.round(y * 1000) / 1000)).toEqual([0.1, 0.4, 0.8, 1]);
  });
});

describe('toFan', () => {
  it('takes the quantiles and targets of the five event horizons, not the total', () => {
    const cells: CellSummary[] = Array.from({ length: CELLS }, (_, c) => ({
      mean: c, sd: 0, se: 0, p5: c, p10: c + 0.1, p25: c + 0.25, p50: c + 0.5, p75: c + 0.75, p90: c + 0.9, p95: c, target: c % 2 ? c : null, pMeetsTarget: null, pSe: null,
    }));
    const i = indicatorIndex('growthCompanies');
    const fan = toFan(cells, SEED_LAYOUT, i);
    const first = cellIndex(i, 0);
    expect(fan.x).toEqual([0, 1, 2, 3, 4]);
    expect(fan.bands[2]).toEqual([0, 1, 2, 3, 4].map((h) => first + h + 0.5));
    expect(fan.bands[0][0]).toBe(first + 0.1);
    expect(fan.target).toEqual([0, 1, 2, 3, 4].map((h) => ((first + h) % 2 ? first + h : null)));
  });
});
