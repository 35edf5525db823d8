/*
 * How a run is cut into blocks of iterations, and what a block sends back: plain numbers and
 * types, so the page and the command line can plan and merge a run without loading a sampler.
 */

/** Iterations per block. Fixed: changing it changes every seeded result. */
export const BLOCK_SIZE = 5000;
/** Iterations 0 … SUBSAMPLE_SIZE − 1 keep their inputs and outputs, for sensitivity analysis. */
export const SUBSAMPLE_SIZE = 5000;
/** The most iterations one run may have: bins count in 32 bits, and time is finite. */
export const MAX_ITERATIONS = 100_000_000;

export function blockCount(iterations: number): number {
  return Math.ceil(iterations / BLOCK_SIZE);
}

export function blockLength(iterations: number, block: number): number {
  return Math.min(BLOCK_SIZE, iterations - block * BLOCK_SIZE);
}

export interface BlockResult {
  index: number;
  n: number;
  /**
   * Shifted sums of the amount cells over this block (see moments.ts); count cells are 0
   * here, since their exact histograms give their moments (see summarize).
   */
  moments: Float64Array;
  /** Companies sent along each route (routes in model order), then recruited directly into each activity, summed over the block. */
  flowSums: Float64Array;
  /** Inputs (n × inputs) and outputs (n × cells) of the iterations in the subsample, if any. */
  subsample?: { x: Float64Array; out: Float64Array };
}
