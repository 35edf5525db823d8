import { binValue, countAtLeast, histogramQuantiles } from './histogram';
import { cellKind } from './layout';
import type { ForecastResult } from './forecast-result';

/** Whether a cell is accumulated at all (others are 0 in every iteration). */
const isLive = (r: ForecastResult, cell: number) => r.layout.live.includes(cell);

/** The p-quantile of a cell at any level p (exact for counts, within the bin tolerance for amounts). O(bins). */
export function cellQuantile(r: ForecastResult, cell: number, p: number): number {
  if (!isLive(r, cell)) return 0;
  return histogramQuantiles(r.accumulator.bins[cell], r.iterations, cellKind(r.layout, cell), [p])[0];
}

/**
 * P(value >= x) for a cell: the share of iterations whose bin stands for a value of at
 * least x (exact for counts; for amounts, bins near x count by their middle). O(bins).
 */
export function probabilityAtLeast(r: ForecastResult, cell: number, x: number): number {
  if (!isLive(r, cell)) return x <= 0 ? 1 : 0;
  const bins = r.accumulator.bins[cell];
  if (cellKind(r.layout, cell) === 'count') return countAtLeast(bins, x) / r.iterations;
  let at = 0;
  for (let b = 0; b < bins.length; b++) if (bins[b] && binValue('amount', b) >= x) at += bins[b];
  return at / r.iterations;
}
