import { binValue, countAtLeast, histogramQuantiles } from './histogram';
import { LIVE_CELLS, cellKind as kindOf } from './indicators';
import type { ForecastResult } from './run';

const live = new Set(LIVE_CELLS);

/** The p-quantile of a cell at any level p (exact for counts, within the bin tolerance for amounts). O(bins). */
export function cellQuantile(r: ForecastResult, cell: number, p: number): number {
  if (!live.has(cell)) return 0;
  return histogramQuantiles(r.accumulator.bins[cell], r.iterations, kindOf(cell), [p])[0];
}

/**
 * P(value >= x) for a cell: the share of iterations whose bin stands for a value of at
 * least x (exact for counts; for amounts, bins near x count by their middle). O(bins).
 */
export function probabilityAtLeast(r: ForecastResult, cell: number, x: number): number {
  if (!live.has(cell)) return x <= 0 ? 1 : 0;
  const bins = r.accumulator.bins[cell];
  if (kindOf(cell) === 'count') return countAtLeast(bins, x) / r.iterations;
  let at = 0;
  for (let b = 0; b < bins.length; b++) if (bins[b] && binValue('amount', b) >= x) at += bins[b];
  return at / r.iterations;
}
