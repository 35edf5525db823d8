import { AMOUNT_BINS, amountBin, amountBinValue } from '../histogram';
import { addMoments, createMoments } from '../moments';

/**
 * Per-iteration differences B − A of every cell, kept in fixed memory: per-block moments (for
 * the mean and its interval), how often B > A and B < A, and a signed histogram (amount bins
 * of |d| on each side of zero) for the distribution. O(live cells) an iteration.
 */
export interface DifferenceAccumulator {
  n: number;
  greater: Float64Array;
  less: Float64Array;
  positive: Uint32Array[];
  negative: Uint32Array[];
  blocks: { index: number; n: number; moments: Float64Array }[];
}

/** Differences over the reference's cells (`cells` of them). */
export function createDifferenceAccumulator(cells: number): DifferenceAccumulator {
  const bins = () => Array.from({ length: cells }, () => new Uint32Array(AMOUNT_BINS));
  return { n: 0, greater: new Float64Array(cells), less: new Float64Array(cells), positive: bins(), negative: bins(), blocks: [] };
}

/**
 * How the cells of two scenarios' forecasts pair up: the reference's cells, each with the
 * other's cell of the same indicator and horizon. Two programmes of different structure share
 * only some (`pairs` holds those, as [reference cell, other cell]).
 */
export interface CellPairs { cellsA: number; cellsB: number; pairs: Int32Array; /** Live cells of the reference the other has not. */ missing: Int32Array }

/** Adds a block of paired outputs (n × cells of each, same iterations in the same rows). */
export function addDifferences(acc: DifferenceAccumulator, index: number, n: number, a: Float64Array, b: Float64Array, cp: CellPairs): void {
  const moments = createMoments(cp.cellsA);
  const d = new Float64Array(cp.cellsA);
  const kept = Int32Array.from({ length: cp.pairs.length / 2 }, (_, l) => cp.pairs[2 * l]);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < kept.length; l++) {
      const c = cp.pairs[2 * l];
      const v = b[i * cp.cellsB + cp.pairs[2 * l + 1]] - a[i * cp.cellsA + c];
      d[c] = v;
      if (v > 0) {
        acc.greater[c]++;
        acc.positive[c][amountBin(v)]++;
      } else if (v < 0) {
        acc.less[c]++;
        acc.negative[c][amountBin(-v)]++;
      } else acc.positive[c][0]++;
    }
    addMoments(moments, i === 0, d, kept);
  }
  acc.n += n;
  acc.blocks.push({ index, n, moments });
}

/** The p-quantiles of cell c's differences, walking from the most negative to the most positive. */
export function differenceQuantiles(acc: DifferenceAccumulator, c: number, ps: readonly number[]): number[] {
  const out = ps.map(() => NaN);
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  let cum = 0;
  let j = 0;
  const visit = (count: number, value: number) => {
    cum += count;
    while (j < order.length && cum >= Math.max(1, Math.ceil(order[j][0] * acc.n - 1e-9))) out[order[j++][1]] = value;
  };
  for (let bin = AMOUNT_BINS - 1; bin >= 1; bin--) if (acc.negative[c][bin]) visit(acc.negative[c][bin], -amountBinValue(bin));
  for (let bin = 0; bin < AMOUNT_BINS; bin++) if (acc.positive[c][bin]) visit(acc.positive[c][bin], amountBinValue(bin));
  return out;
}

/** The non-empty bins of cell c's differences in ascending order of value, for charts. O(bins). */
export function differenceBins(acc: DifferenceAccumulator, c: number): { value: number; count: number }[] {
  const out: { value: number; count: number }[] = [];
  for (let bin = AMOUNT_BINS - 1; bin >= 1; bin--) if (acc.negative[c][bin]) out.push({ value: -amountBinValue(bin), count: acc.negative[c][bin] });
  for (let bin = 0; bin < AMOUNT_BINS; bin++) if (acc.positive[c][bin]) out.push({ value: amountBinValue(bin), count: acc.positive[c][bin] });
  return out;
}
