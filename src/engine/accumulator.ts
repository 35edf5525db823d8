import { AMOUNT_BINS, amountBin } from './histogram';
import { CELLS, HORIZONS, INDICATORS } from './indicators';

/** Exact count bins start at this size and double when a larger value arrives. */
const INITIAL_COUNT_BINS = 512;

/**
 * What a run keeps of every iteration, in fixed memory: a histogram per indicator × horizon
 * cell and, where the cell has a target, how often the target was met. Everything in it is
 * an integer count, so merging accumulators is exact and order-free.
 */
export interface Accumulator {
  n: number;
  bins: Uint32Array[];
  /** Per cell: iterations with value >= target (0 where there is no target). */
  meets: Float64Array;
}

export function createAccumulator(): Accumulator {
  const bins = INDICATORS.flatMap((ind) =>
    HORIZONS.map(() => new Uint32Array(ind.kind === 'count' ? INITIAL_COUNT_BINS : AMOUNT_BINS)),
  );
  return { n: 0, bins, meets: new Float64Array(CELLS) };
}

const isCount = INDICATORS.flatMap((ind) => HORIZONS.map(() => ind.kind === 'count'));

/** Adds one iteration's cells. `targets` holds NaN where a cell has none. O(cells). */
export function accumulate(acc: Accumulator, out: Float64Array, targets: Float64Array): void {
  acc.n++;
  for (let c = 0; c < CELLS; c++) {
    const v = out[c];
    if (v >= targets[c]) acc.meets[c]++;
    if (isCount[c]) {
      let bins = acc.bins[c];
      if (v >= bins.length) bins = acc.bins[c] = grow(bins, v);
      bins[v]++;
    } else {
      acc.bins[c][amountBin(v)]++;
    }
  }
}

function grow(bins: Uint32Array, v: number): Uint32Array {
  let size = bins.length;
  while (size <= v) size *= 2;
  const next = new Uint32Array(size);
  next.set(bins);
  return next;
}

/** Adds `from` into `into`. */
export function mergeAccumulator(into: Accumulator, from: Accumulator): void {
  into.n += from.n;
  for (let c = 0; c < CELLS; c++) {
    into.meets[c] += from.meets[c];
    let bins = into.bins[c];
    const src = from.bins[c];
    if (src.length > bins.length) bins = into.bins[c] = grow(bins, src.length - 1);
    for (let i = 0; i < src.length; i++) bins[i] += src[i];
  }
}
