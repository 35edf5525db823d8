import type { Histograms } from '../../engine/accumulator';
import type { Comparison, DifferenceSummary } from '../../engine/analysis/paired';
import { differenceBins, differenceQuantiles, type DifferenceAccumulator } from '../../engine/analysis/differences';
import { amountBinValue, histogramQuantiles } from '../../engine/histogram';
import { HORIZONS, INDICATORS, LIVE_CELLS, cellIndex } from '../../engine/indicators';
import type { CellSummary } from '../../engine/summarize';

/** One indicator × horizon of a comparison: each scenario's summary and its difference to the reference. */
export interface CompareRow {
  indicator: number;
  horizon: number;
  cell: number;
  scenarios: CellSummary[];
  /** Per scenario: scenario − reference over the paired iterations; null for the reference. */
  differences: (DifferenceSummary | null)[];
}

const live = new Set(LIVE_CELLS);

/** Rows for the given horizons, indicator by indicator; cells that are 0 by definition are left out. O(rows × scenarios). */
export function compareRows(c: Comparison, horizons: readonly number[]): CompareRow[] {
  return INDICATORS.flatMap((_, indicator) =>
    horizons
      .map((horizon) => cellIndex(indicator, horizon))
      .filter((cell) => live.has(cell))
      .map((cell) => ({
        indicator,
        horizon: cell % HORIZONS.length,
        cell,
        scenarios: c.results.map((r) => r.cells[cell]),
        differences: c.differences.map((d) => (d ? d[cell] : null)),
      })),
  );
}

/** Equal-width bars over [lo, hi]: whole-number widths for counts. */
function bars(lo: number, hi: number, kind: 'count' | 'amount', most: number) {
  if (kind === 'count') {
    const width = Math.max(1, Math.ceil((hi - lo + 1) / most));
    const count = Math.floor((hi - lo) / width) + 1;
    return { width, count, middle: (i: number) => lo + i * width + (width - 1) / 2, at: (v: number) => Math.floor((v - lo) / width) };
  }
  const count = hi > lo ? most : 1;
  const width = hi > lo ? (hi - lo) / most : 1;
  return { width, count, middle: (i: number) => lo + (i + 0.5) * width, at: (v: number) => Math.min(count - 1, Math.floor((v - lo) / width)) };
}

/**
 * The distributions of one cell in several scenarios on shared bars (x = bar middle, one y
 * column per scenario, shares of its iterations), over the widest P0.5–P99.5 range among
 * them, so they can be overlaid. O(bins × scenarios).
 */
export function overlayColumns(accs: readonly Histograms[], cell: number, most = 60): { x: number[]; ys: number[][] } {
  const { kind } = INDICATORS[Math.floor(cell / HORIZONS.length)];
  const ranges = accs.map((a) => histogramQuantiles(a.bins[cell], a.n, kind, [0.005, 0.995]));
  const lo = Math.min(...ranges.map((r) => r[0]));
  const hi = Math.max(...ranges.map((r) => r[1]));
  const b = bars(lo, hi, kind, most);
  const ys = accs.map((a) => {
    const y = new Array<number>(b.count).fill(0);
    const bins = a.bins[cell];
    for (let bin = 0; bin < bins.length; bin++) {
      const count = bins[bin];
      const v = kind === 'count' ? bin : amountBinValue(bin);
      if (count && v >= lo && v <= hi) y[b.at(v)] += count / a.n;
    }
    return y;
  });
  return { x: Array.from({ length: b.count }, (_, i) => b.middle(i)), ys };
}

/**
 * The distribution of the paired difference (scenario − reference) of one cell, as shares
 * of the iterations on equal-width bars between its P0.5 and P99.5. O(bins).
 */
export function differenceColumns(acc: DifferenceAccumulator, cell: number, most = 60): { x: number[]; y: number[] } {
  const { kind } = INDICATORS[Math.floor(cell / HORIZONS.length)];
  // A difference of counts is a whole number; its bin keeps it only to 1/512 relative, so round it back.
  const exact = (v: number) => (kind === 'count' ? Math.round(v) : v);
  const [lo, hi] = differenceQuantiles(acc, cell, [0.005, 0.995]).map(exact);
  const b = bars(lo, hi, kind, most);
  const y = new Array<number>(b.count).fill(0);
  for (const bin of differenceBins(acc, cell)) {
    const value = exact(bin.value);
    if (value >= lo && value <= hi) y[b.at(value)] += bin.count / acc.n;
  }
  return { x: Array.from({ length: b.count }, (_, i) => b.middle(i)), y };
}
