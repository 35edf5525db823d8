import { AMOUNT_BINS, amountBin } from './histogram';
import type { Layout } from './layout';

/** Exact count bins start at this size and double when a larger value arrives. */
const INITIAL_COUNT_BINS = 512;

/**
 * What a run keeps of every iteration, in fixed memory: a histogram per indicator × horizon
 * cell and, for amount cells with a target, how often the target was met (a count cell's
 * exact histogram already tells that). Everything in it is an integer count, so merging
 * accumulators is exact and order-free.
 */
/**
 * A forecast's histograms as its readers use them: per cell, bins that add up to n (whole
 * counts for a plain run; importance weights scaled to n for a forecast conditioned on
 * actuals), and per amount cell how many met the target.
 */
export interface Histograms {
  n: number;
  bins: ArrayLike<number>[];
  meets: Float64Array;
  /** Iterations (or weights) meeting every target at once: [all, ...per horizon] (see joint.ts). Absent in forecasts kept from before it was counted. */
  joint?: ArrayLike<number>;
}

export interface Accumulator extends Histograms {
  n: number;
  bins: Uint32Array[];
  /** Per amount cell: iterations with value >= target (0 where there is no target, and for count cells). */
  meets: Float64Array;
  joint: Float64Array;
  /** The live cells it accumulates, by kind (see Layout). */
  countCells: Int32Array;
  amountCells: Int32Array;
}

/**
 * An empty accumulator whose count histograms hold values up to `maxCount` without growing
 * (the model's total seats bound every count). All bins are views of one buffer, which a
 * worker can transfer in one piece.
 */
export function createAccumulator(layout: Layout, maxCount = INITIAL_COUNT_BINS - 1): Accumulator {
  const sizes = Array.from(layout.isCount, (count) => (count === 1 ? maxCount + 1 : AMOUNT_BINS));
  const flat = new Uint32Array(sizes.reduce((a, b) => a + b, 0));
  let offset = 0;
  const bins = sizes.map((size) => flat.subarray(offset, (offset += size)));
  return { n: 0, bins, meets: new Float64Array(layout.cells), joint: new Float64Array(1 + layout.horizons.length), countCells: layout.liveCount.slice(), amountCells: layout.liveAmount.slice() };
}

/**
 * Adds one iteration's cells. `targets` holds NaN where a cell has none. Cells outside
 * LIVE_CELLS are always 0 and are left alone here; `summarize` knows them. O(cells).
 */
export function accumulate(acc: Accumulator, out: Float64Array, targets: Float64Array): void {
  acc.n++;
  const { bins, meets, countCells, amountCells } = acc;
  for (let l = 0; l < countCells.length; l++) {
    const c = countCells[l];
    const v = out[c];
    const b = bins[c];
    if (v < b.length) b[v]++;
    else (bins[c] = grow(b, v))[v]++;
  }
  for (let l = 0; l < amountCells.length; l++) {
    const c = amountCells[l];
    const v = out[c];
    if (v >= targets[c]) meets[c]++;
    bins[c][amountBin(v)]++;
  }
}

function grow(bins: Uint32Array, v: number): Uint32Array {
  let size = bins.length;
  while (size <= v) size *= 2;
  const next = new Uint32Array(size);
  next.set(bins);
  return next;
}

/**
 * The sum of the accumulators of one run. One alone is returned as it is, not copied (a
 * copy cost the page about 10 ms after each forecast): the caller must own it, as it does
 * the accumulator of a runner or worker that has finished.
 */
export function mergeAccumulators(layout: Layout, parts: readonly Accumulator[]): Accumulator {
  if (parts.length === 1) return parts[0];
  if (parts.length === 0) return createAccumulator(layout);
  // Sized like the parts, so the sum has the same shape however many parts there were.
  const largest = Math.max(...parts.flatMap((a) => Array.from(layout.liveCount, (c) => a.bins[c].length)));
  const sum = createAccumulator(layout, largest - 1);
  for (const a of parts) mergeAccumulator(sum, a);
  return sum;
}

/** Adds `from` into `into`. */
function mergeAccumulator(into: Accumulator, from: Accumulator): void {
  into.n += from.n;
  for (let k = 0; k < into.joint.length; k++) into.joint[k] += from.joint[k];
  for (let c = 0; c < into.bins.length; c++) {
    into.meets[c] += from.meets[c];
    let bins = into.bins[c];
    const src = from.bins[c];
    if (src.length > bins.length) bins = into.bins[c] = grow(bins, src.length - 1);
    for (let i = 0; i < src.length; i++) bins[i] += src[i];
  }
}
