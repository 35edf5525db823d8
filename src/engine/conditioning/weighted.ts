import { AMOUNT_BINS, amountBin, firstBinsReaching } from '../histogram';
import type { Layout } from '../layout';

/**
 * Importance-weighted summaries in fixed memory: per cell a weighted histogram (the same
 * bins as the plain accumulator), weighted sums for the mean and spread, and the weight of
 * iterations that met the target; per input weighted sums, for the updated assumptions.
 */
export interface WeightedAccumulator {
  layout: Layout;
  n: number;
  sumW: number;
  sumW2: number;
  bins: Float64Array[];
  sum: Float64Array;
  sumSq: Float64Array;
  meets: Float64Array;
  inputSum: Float64Array;
  inputSumSq: Float64Array;
}

export function createWeightedAccumulator(layout: Layout, inputs: number, maxCount: number): WeightedAccumulator {
  const cells = layout.cells;
  return {
    layout, n: 0, sumW: 0, sumW2: 0,
    bins: Array.from({ length: cells }, (_, c) => new Float64Array(layout.isCount[c] === 1 ? maxCount + 1 : AMOUNT_BINS)),
    sum: new Float64Array(cells), sumSq: new Float64Array(cells), meets: new Float64Array(cells),
    inputSum: new Float64Array(inputs), inputSumSq: new Float64Array(inputs),
  };
}

/** Adds one iteration with weight w. O(cells + inputs). */
export function addWeighted(acc: WeightedAccumulator, w: number, out: Float64Array, x: Float64Array, targets: Float64Array): void {
  acc.n++;
  if (w === 0) return;
  acc.sumW += w;
  acc.sumW2 += w * w;
  const { live, isCount } = acc.layout;
  for (let l = 0; l < live.length; l++) {
    const c = live[l];
    const v = out[c];
    acc.sum[c] += w * v;
    acc.sumSq[c] += w * v * v;
    if (v >= targets[c]) acc.meets[c] += w;
    acc.bins[c][isCount[c] === 1 ? Math.min(v, acc.bins[c].length - 1) : amountBin(v)] += w;
  }
  for (let j = 0; j < x.length; j++) {
    acc.inputSum[j] += w * x[j];
    acc.inputSumSq[j] += w * x[j] * x[j];
  }
}

/** Kish's effective sample size (Σw)² / Σw²: how many equally weighted iterations the weights are worth. */
export function effectiveSampleSize(acc: WeightedAccumulator): number {
  return acc.sumW2 > 0 ? (acc.sumW * acc.sumW) / acc.sumW2 : 0;
}

/** The p-quantiles of cell c under the weights: the first bin where the cumulative weight reaches p·Σw. O(bins). */
export function weightedQuantiles(acc: WeightedAccumulator, c: number, ps: readonly number[]): number[] {
  if (!acc.layout.live.includes(c) || acc.sumW === 0) return ps.map(() => 0);
  // A hair below p·Σw, so that rounding in the sum of weights cannot skip the bin that reaches it.
  return firstBinsReaching(acc.bins[c], acc.layout.isCount[c] === 1 ? 'count' : 'amount', ps.map((p) => p * acc.sumW * (1 - 1e-12)));
}
