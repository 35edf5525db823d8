
/**
 * Sums over one block of every cell's deviations from the block's first value (the
 * shifted-data method, which keeps the variance accurate when the spread is small beside
 * the mean). Blocks are combined with Chan et al.'s pairwise formula ("Algorithms for
 * computing the sample variance", 1983) in block order, so the result is bit-identical
 * however the blocks were spread over workers. Layout: [shift, Σ(v − shift), Σ(v − shift)²]
 * per cell, each a run of `cells` numbers.
 */
export function createMoments(cells: number): Float64Array {
  return new Float64Array(3 * cells);
}

/**
 * Adds an iteration; `first` says it is the block's first, whose values become the shifts.
 * Only the `kept` cells are kept; the others stay 0. O(kept).
 */
export function addMoments(m: Float64Array, first: boolean, out: Float64Array, kept: Int32Array): void {
  const cells = m.length / 3;
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

export function createMomentState(cells: number): MomentState {
  return { n: 0, mean: new Float64Array(cells), m2: new Float64Array(cells) };
}

/** Folds one block's shifted sums into the state (Chan et al.'s pairwise update). O(cells). */
export function foldMoments(state: MomentState, block: { n: number; moments: Float64Array }): void {
  if (block.n === 0) return;
  const total = state.n + block.n;
  const cells = state.mean.length;
  for (let c = 0; c < cells; c++) {
    const s1 = block.moments[cells + c];
    const blockMean = block.moments[c] + s1 / block.n;
    const blockM2 = Math.max(0, block.moments[2 * cells + c] - (s1 * s1) / block.n);
    const d = blockMean - state.mean[c];
    state.mean[c] += (d * block.n) / total;
    state.m2[c] += blockM2 + (d * d * state.n * block.n) / total;
  }
  state.n = total;
}

/** Combines blocks given in block order with their sizes: mean and sum of squared deviations per cell. */
export function combineMoments(cells: number, blocks: readonly { n: number; moments: Float64Array }[]): MomentState {
  const state = createMomentState(cells);
  for (const b of blocks) foldMoments(state, b);
  return state;
}
