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

/**
 * Adds an iteration; `first` says it is the block's first, whose values become the shifts.
 * Only the `kept` cells (all live cells unless told) are kept; the others stay 0. O(cells).
 */
export function addMoments(m: Float64Array, first: boolean, out: Float64Array, kept: Int32Array = live): void {
  if (first) for (let l = 0; l < kept.length; l++) m[kept[l]] = out[kept[l]];
  for (let l = 0; l < kept.length; l++) {
    const c = kept[l];
    const d = out[c] - m[c];
    m[cells + c] += d;
    m[2 * cells + c] += d * d;
  }
}

/** Running mean and sum of squared deviations of every cell over the blocks folded in so far. */
export interface MomentState {
  n: number;
  mean: Float64Array;
  m2: Float64Array;
}

export function createMomentState(): MomentState {
  return { n: 0, mean: new Float64Array(CELLS), m2: new Float64Array(CELLS) };
}

/** Folds one block's shifted sums into the state (Chan et al.'s pairwise update). O(cells). */
export function foldMoments(state: MomentState, block: { n: number; moments: Float64Array }): void {
  if (block.n === 0) return;
  const total = state.n + block.n;
  for (let c = 0; c < CELLS; c++) {
    const s1 = block.moments[CELLS + c];
    const blockMean = block.moments[c] + s1 / block.n;
    const blockM2 = Math.max(0, block.moments[2 * CELLS + c] - (s1 * s1) / block.n);
    const d = blockMean - state.mean[c];
    state.mean[c] += (d * block.n) / total;
    state.m2[c] += blockM2 + (d * d * state.n * block.n) / total;
  }
  state.n = total;
}

/** Combines blocks given in block order with their sizes: mean and sum of squared deviations per cell. */
export function combineMoments(blocks: readonly { n: number; moments: Float64Array }[]): MomentState {
  const state = createMomentState();
  for (const b of blocks) foldMoments(state, b);
  return state;
}
