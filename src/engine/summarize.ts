import type { Accumulator } from './accumulator';
import type { MomentState } from './moments';
import { countAtLeast, countMoments, histogramQuantiles } from './histogram';
import { cellKind, type Layout } from './layout';

export const SUMMARY_QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

export interface CellSummary {
  mean: number;
  sd: number;
  /** Monte Carlo standard error of the mean: sd / √n. */
  se: number;
  p5: number; p10: number; p25: number; p50: number; p75: number; p90: number; p95: number;
  target: number | null;
  /** P(value >= target), estimated by the share of iterations that met it. */
  pMeetsTarget: number | null;
  /** Monte Carlo standard error of pMeetsTarget: √(p(1 − p)/n). */
  pSe: number | null;
}

/**
 * Per-cell summaries from the merged accumulator and the moments of all its blocks. Count
 * cells take their mean, variance and P(≥ target) from their exact histograms; amount cells
 * from the moments and target counts kept as the iterations arrived.
 */
export function summarize(layout: Layout, acc: Accumulator, moments: MomentState, targets: Float64Array): CellSummary[] {
  const n = moments.n;
  const cells: CellSummary[] = [];
  const live = new Set(layout.live);
  for (let c = 0; c < layout.cells; c++) {
    const kind = cellKind(layout, c);
    const hasTarget = !Number.isNaN(targets[c]);
    // A cost per result: +∞ in an iteration without the result, so quantiles but no mean; cells at the two totals only.
    const per = layout.indicators[Math.floor(c / layout.horizons.length)].per !== undefined;
    let mean = 0;
    let m2 = 0;
    let meets = hasTarget && targets[c] <= 0 ? n : 0;
    let quantiles = SUMMARY_QUANTILES.map(() => 0);
    // A cell that is never accumulated is 0 in every iteration.
    if (live.has(c)) {
      quantiles = histogramQuantiles(acc.bins[c], n, kind, SUMMARY_QUANTILES);
      if (kind === 'count') {
        ({ mean, m2 } = countMoments(acc.bins[c], n));
        if (hasTarget) meets = countAtLeast(acc.bins[c], targets[c]);
      } else if (per) {
        mean = NaN;
        m2 = NaN;
        meets = acc.meets[c];
      } else {
        mean = moments.mean[c];
        m2 = moments.m2[c];
        meets = acc.meets[c];
        // The same amount in every iteration (a fixed cost): its quantiles are that amount, not its bin's middle.
        if (m2 === 0 && n > 0) quantiles = SUMMARY_QUANTILES.map(() => mean);
      }
    }
    // Outside the two totals a cost per result has no value at all.
    if (per && !live.has(c)) {
      quantiles = SUMMARY_QUANTILES.map(() => NaN);
      mean = NaN;
      m2 = NaN;
    }
    const [p5, p10, p25, p50, p75, p90, p95] = quantiles;
    const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
    const p = hasTarget ? meets / n : null;
    cells.push({
      mean, sd, se: sd / Math.sqrt(n),
      p5, p10, p25, p50, p75, p90, p95,
      target: hasTarget ? targets[c] : null,
      pMeetsTarget: p,
      pSe: p === null ? null : Math.sqrt((p * (1 - p)) / n),
    });
  }
  return cells;
}
