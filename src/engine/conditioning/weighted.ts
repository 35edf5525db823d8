import { AMOUNT_BINS, amountBin, firstBinsReaching } from '../histogram';
import { CELLS, LIVE_CELLS, cellKind } from '../indicators';

/**
 * Importance-weighted summaries in fixed memory: per cell a weighted histogram (the same
 * bins as the plain accumulator), weighted sums for the mean and spread, and the weight of
 * iterations that met the target; per input weighted sums, for the updated assumptions.
 */
export interface WeightedAccumulator {
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

const isCount = Array.from({ length: CELLS }, (_, c) => cellKind(c) === 'count');

export function createWeightedAccumulator(inputs: number, maxCount: number): WeightedAccumulator {
  return {
    n: 0, sumW: 0, sumW2: 0,
    bins: Array.from({ length: CELLS }, (_, c) => new Float64Array(isCount[c] ? maxCount + 1 : AMOUNT_BINS)),
    sum: new Float64Array(CELLS), sumSq: new Float64Array(CELLS), meets: new Float64Array(CELLS),
    inputSum: new Float64Array(inputs), inputSumSq: new Float64Array(inputs),
  };
}

/** Adds one iteration with weight w. O(cells + inputs). */
export function addWeighted(acc: WeightedAccumulator, w: number, out: Float64Array, x: Float64Array, targets: Float64Array): void {
  acc.n++;
  if (w === 0) return;
  acc.sumW += w;
  acc.sumW2 += w * w;
  for (const c of LIVE_CELLS) {
    const v = out[c];
    acc.sum[c] += w * v;
    acc.sumSq[c] += w * v * v;
    if (v >= targets[c]) acc.meets[c] += w;
    acc.bins[c][isCount[c] ? Math.min(v, acc.bins[c].length - 1) : amountBin(v)] += w;
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
  if (!LIVE_CELLS.includes(c) || acc.sumW === 0) return ps.map(() => 0);
  // A hair below p·Σw, so that rounding in the sum of weights cannot skip the bin that reaches it.
  return firstBinsReaching(acc.bins[c], isCount[c] ? 'count' : 'amount', ps.map((p) => p * acc.sumW * (1 - 1e-12)));
}
