import type { Histograms } from '../../engine/accumulator';
import type { CellSummary } from '../../engine/summarize';
import { amountBinValue, histogramQuantiles, largestFinite } from '../../engine/histogram';
import { cellIndex, type IndicatorDef, type Layout } from '../../engine/layout';

/**
 * The p-quantiles bounding a chart of a cell, the upper one brought down to the largest finite
 * value where it is +∞ (a cost per result with no result in many iterations): the chart then
 * shows the finite part, and the table says how much is not. O(bins).
 */
export function finiteRange(bins: ArrayLike<number>, n: number, kind: IndicatorDef['kind'], ps: [number, number]): [number, number] {
  const [lo, hi] = histogramQuantiles(bins, n, kind, ps);
  if (Number.isFinite(hi)) return [lo, hi];
  const top = largestFinite(bins, kind, 0);
  return [Math.min(Number.isFinite(lo) ? lo : top, top), top];
}

/** Columns for uPlot: x and one y series. */
export interface Columns { x: number[]; y: number[] }

/** The share of iterations of a cell that lie between P0.5 and P99.5, gathered into at most `bars` equal-width bars (x = bar middle). O(bins). */
export function toHistogram(acc: Histograms, cell: number, kind: IndicatorDef['kind'], bars = 50): Columns & { width: number } {
  const bins = acc.bins[cell];
  const [lo, hi] = finiteRange(bins, acc.n, kind, [0.005, 0.995]);
  let width = Math.max((hi - lo) / bars, Number.MIN_VALUE);
  if (kind === 'count') width = Math.max(1, Math.ceil((hi - lo + 1) / bars));
  const count = kind === 'count' ? Math.floor((hi - lo) / width) + 1 : hi > lo ? bars : 1;
  const y = new Array<number>(count).fill(0);
  for (let b = 0; b < bins.length; b++) {
    if (bins[b] === 0) continue;
    const v = kind === 'count' ? b : amountBinValue(b);
    if (v < lo || v > hi) continue;
    y[Math.min(count - 1, Math.floor((v - lo) / width))] += bins[b] / acc.n;
  }
  const x = y.map((_, i) => (kind === 'count' ? lo + i * width + (width - 1) / 2 : lo + (i + 0.5) * width));
  return { x, y, width };
}

/** The empirical CDF of a cell: P(value <= x) at each occupied bin between P0.1 and P99.9. O(bins). */
export function toCdf(acc: Histograms, cell: number, kind: IndicatorDef['kind']): Columns {
  const bins = acc.bins[cell];
  const [lo, hi] = finiteRange(bins, acc.n, kind, [0.001, 0.999]);
  const x: number[] = [];
  const y: number[] = [];
  let cum = 0;
  for (let b = 0; b < bins.length; b++) {
    cum += bins[b];
    const v = kind === 'count' ? b : amountBinValue(b);
    if (bins[b] === 0 || v < lo) continue;
    if (v > hi) break;
    x.push(v);
    y.push(cum / acc.n);
  }
  return { x, y };
}

/** P10/P25/P50/P75/P90 and the target of one indicator across the event horizons (not the total). */
export function toFan(cells: readonly CellSummary[], layout: Layout, indicator: number): { x: number[]; bands: number[][]; target: (number | null)[] } {
  const x = Array.from({ length: layout.eventHorizons }, (_, h) => h);
  const at = x.map((h) => cells[cellIndex(layout, indicator, h)]);
  return {
    x,
    bands: [at.map((c) => c.p10), at.map((c) => c.p25), at.map((c) => c.p50), at.map((c) => c.p75), at.map((c) => c.p90)],
    target: at.map((c) => c.target),
  };
}
