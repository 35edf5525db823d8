import { CELLS, LIVE_CELLS } from './indicators';

/**
 * Sums over one block of every cell's deviations from the block's first value (the
 * shifted-data method, which keeps the variance accurate when the spread is small beside
 * the mean). Blocks are combined with Chan et al.'s pairwise formula ("Algorithms for
 * computing the sample variance", 1983) in block order, so the result is bit-identical
 * however the blocks were spread over workers. Layout: [shift, Σ(v − shift), Σ(v − shift)²]
 * per cell, each a run of CELLS numbers.
 */
export function createMoments(): Float64Array {
  return new Float64Array(3 * CELLS);
}

// Module-local copies: an imported binding is re-read (and checked for the temporal dead zone) on every use in a hot loop.
const live = LIVE_CELLS.slice();
const cells = CELLS;

/** Adds an iteration; `first` says it is the block's first, whose values become the shifts. O(live cells). */
export function addMoments(m: Float64Array, first: boolean, out: Float64Array): void {
  if (first) for (let l = 0; l < live.length; l++) m[live[l]] = out[live[l]];
  for (let l = 0; l < live.length; l++) {
    const c = live[l];
    const d = out[c] - m[c];
    m[cells + c] += d;
    m[2 * cells + c] += d * d;
  }
}

/** Combines blocks given in block order with their sizes: mean and sum of squared deviations per cell. */
export function combineMoments(blocks: readonly { n: number; moments: Float64Array }[]): { n: number; mean: Float64Array; m2: Float64Array } {
  const mean = new Float64Array(CELLS);
  const m2 = new Float64Array(CELLS);
  let n = 0;
  for (const b of blocks) {
    if (b.n === 0) continue;
    const total = n + b.n;
    for (let c = 0; c < CELLS; c++) {
      const s1 = b.moments[CELLS + c];
      const blockMean = b.moments[c] + s1 / b.n;
      const blockM2 = Math.max(0, b.moments[2 * CELLS + c] - (s1 * s1) / b.n);
      const d = blockMean - mean[c];
      mean[c] += (d * b.n) / total;
      m2[c] += blockM2 + (d * d * n * b.n) / total;
    }
    n = total;
  }
  return { n, mean, m2 };
}
