import { describe, expect, it } from 'vitest';
import { accumulate, createAccumulator } from '../../../src/engine/accumulator';
import { addDifferences, createDifferenceAccumulator } from '../../../src/engine/analysis/differences';
import { comparePaired } from '../../../src/engine/analysis/paired';
import { CELLS, HORIZONS, INDICATORS, SEED_LAYOUT, cellIndex, indicatorIndex } from '../../seed-layout';
import { cellPairs } from '../../../src/engine/analysis/paired';
import { compareRows, differenceColumns, overlayColumns } from '../../../src/ui/compare/compare-data';
import { validateScenario } from '../../../src/scenario/parse';
import baseline from '../../../scenarios/baseline.json';
import evidence from '../../../scenarios/evidence.json';

const growthTotal = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
const noTargets = new Float64Array(CELLS).fill(NaN);

function withValues(values: number[]) {
  const acc = createAccumulator(SEED_LAYOUT);
  const out = new Float64Array(CELLS);
  for (const v of values) {
    out[growthTotal] = v;
    accumulate(acc, out, noTargets);
  }
  return acc;
}

describe('overlayColumns', () => {
  it('puts two count distributions on the same whole-number bars, each as shares of its own iterations', () => {
    const a = withValues([...Array(50).fill(10), ...Array(50).fill(11)]);
    const b = withValues([...Array(30).fill(11), ...Array(60).fill(12), ...Array(10).fill(13)]);
    const o = overlayColumns([a, b], [growthTotal, growthTotal], 'count');
    expect(o.x).toEqual([10, 11, 12, 13]);
    expect(o.ys).toEqual([[0.5, 0.5, 0, 0], [0, 0.3, 0.6, 0.1]]);
  });
});

describe('differenceColumns', () => {
  it('gives the shares of the paired differences, negative and positive, in order', () => {
    const d = createDifferenceAccumulator(CELLS);
    const n = 1000;
    const a = new Float64Array(n * CELLS);
    const b = new Float64Array(n * CELLS);
    // Differences: 400 × −2, 600 × +3.
    for (let i = 0; i < n; i++) b[i * CELLS + growthTotal] = i < 400 ? -2 : 3;
    addDifferences(d, 0, n, a, b, cellPairs(SEED_LAYOUT, SEED_LAYOUT));
    const cols = differenceColumns(d, growthTotal, 'count', 5);
    expect(cols.x[0]).toBeLessThan(0);
    expect(cols.x[cols.x.length - 1]).toBeGreaterThan(0);
    expect(cols.y[0]).toBeCloseTo(0.4, 12);
    expect(cols.y[cols.y.length - 1]).toBeCloseTo(0.6, 12);
    expect(cols.y.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('keeps whole-number differences of a count on whole-number bars', () => {
    const d = createDifferenceAccumulator(CELLS);
    const n = 300;
    const a = new Float64Array(n * CELLS);
    const b = new Float64Array(n * CELLS);
    // Differences −107, −106, −105, a hundred each: bins near 100 are 0.5 wide, the bars must not show gaps.
    for (let i = 0; i < n; i++) b[i * CELLS + growthTotal] = -107 + Math.floor(i / 100);
    addDifferences(d, 0, n, a, b, cellPairs(SEED_LAYOUT, SEED_LAYOUT));
    const cols = differenceColumns(d, growthTotal, 'count');
    expect(cols.x).toEqual([-107, -106, -105]);
    expect(cols.y.map((v) => Math.round(v * 300))).toEqual([100, 100, 100]);
  });
});

describe('compareRows', () => {
  const parse = (doc: unknown) => {
    const p = validateScenario(doc);
    if (!p.ok) throw new Error('scenario does not validate');
    return p.value;
  };
  const a = parse(baseline);
  const b = parse(evidence);
  const c = comparePaired([a.model, b.model], [a.targets, b.targets], { seed: 7, iterations: 5000 }, 0);

  it('has one row per indicator for one horizon, with the engine’s numbers and no difference for the reference', () => {
    const rows = compareRows(c, ['total']);
    expect(rows.length).toBe(INDICATORS.length);
    const g = rows.find((r) => r.cell === growthTotal)!;
    expect(g.scenarios[1]!.p50).toBe(c.results[1].cells[growthTotal].p50);
    expect(g.differences[0]).toBeNull();
    expect(g.differences[1]!.pGreater).toBe(c.differences[1]![growthTotal]!.pGreater);
    expect(g.differences[1]!.meanLow).toBeLessThanOrEqual(g.differences[1]!.mean);
  });

  it('leaves out the horizons after the programme for indicators counted only while companies take part', () => {
    const rows = compareRows(c, HORIZONS);
    expect(rows.some((r) => r.indicator.id === 'supportedCompanies' && r.horizon === 'after0to2')).toBe(false);
    expect(rows.some((r) => r.indicator.id === 'growthCompanies' && r.horizon === 'after0to2')).toBe(true);
  });
});
