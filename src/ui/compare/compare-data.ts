import type { Histograms } from '../../engine/accumulator';
import type { Comparison, DifferenceSummary } from '../../engine/analysis/paired';
import { differenceBins, differenceQuantiles, type DifferenceAccumulator } from '../../engine/analysis/differences';
import { amountBinValue } from '../../engine/histogram';
import { finiteRange } from '../charts/chart-data';
import { cellIndex, cellOf, type IndicatorDef } from '../../engine/layout';
import type { CellSummary } from '../../engine/summarize';

/**
 * One indicator × horizon of a comparison, of the reference's programme: each scenario's
 * summary (null where its programme has no such cell) and its difference to the reference.
 */
export interface CompareRow {
  indicator: IndicatorDef;
  horizon: string;
  /** The reference's cell. */
  cell: number;
  /** Per scenario: its own cell of this indicator and horizon, −1 where it has none. */
  cells: number[];
  scenarios: (CellSummary | null)[];
  /** Per scenario: scenario − reference over the paired iterations; null for the reference and where there is no pair. */
  differences: (DifferenceSummary | null)[];
}

/**
 * Rows for the given horizons (ids), indicator by indicator of the reference's programme;
 * cells that are 0 by definition are left out. O(rows × scenarios).
 */
export function compareRows(c: Comparison, horizons: readonly string[]): CompareRow[] {
  const ref = c.results[c.reference].layout;
  const live = new Set(ref.live);
  return ref.indicators.flatMap((indicator, i) =>
    horizons
      .filter((h) => ref.horizons.includes(h))
      .map((horizon) => ({ horizon, cell: cellIndex(ref, i, ref.horizons.indexOf(horizon)) }))
      .filter(({ cell }) => live.has(cell))
      .map(({ horizon, cell }) => {
        const cells = c.results.map((r, k) => (k === c.reference ? cell : cellOf(r.layout, indicator.id, horizon)));
        return {
          indicator, horizon, cell, cells,
          scenarios: c.results.map((r, k) => (cells[k] < 0 ? null : r.cells[cells[k]])),
          differences: c.differences.map((d) => (d ? d[cell] : null)),
        };
      }),
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
export function overlayColumns(accs: readonly Histograms[], cells: readonly number[], kind: IndicatorDef['kind'], most = 60): { x: number[]; ys: number[][] } {
  // A scenario without the cell (another programme) has no curve.
  const ranges = accs.flatMap((a, k) => (cells[k] < 0 ? [] : [finiteRange(a.bins[cells[k]], a.n, kind, [0.005, 0.995])]));
  const lo = Math.min(...ranges.map((r) => r[0]));
  const hi = Math.max(...ranges.map((r) => r[1]));
  const b = bars(lo, hi, kind, most);
  const ys = accs.map((a, k) => {
    const y = new Array<number>(b.count).fill(0);
    if (cells[k] < 0) return y;
    const bins = a.bins[cells[k]];
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
export function differenceColumns(acc: DifferenceAccumulator, cell: number, kind: IndicatorDef['kind'], most = 60): { x: number[]; y: number[] } {
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
