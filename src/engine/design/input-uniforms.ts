import seedrandom from 'seedrandom';
import type { Correlation } from './gaussian-copula';
import { applyGaussianCopula } from './gaussian-copula';
import { latinHypercubeColumn } from './latin-hypercube';

/** How a block's programme-level inputs are sampled. */
export interface SamplingDesign {
  method: 'monte-carlo' | 'latin-hypercube';
  correlation?: Correlation;
}

/**
 * The uniforms behind one block's programme-level inputs, row i for iteration i. Each input
 * draws from its own stream seeded by (seed, block, input path), so two scenarios that share
 * an input get the same numbers for it: common random numbers for paired comparisons, and
 * the same answer whatever else a scenario adds. Latin hypercube stratifies each column
 * within the block (so results still do not depend on how blocks are split); a Gaussian
 * copula then imposes rank correlations. A null path (a fixed input) gets no draws. Written
 * into `into` when it is large enough, so a runner allocates once, not per block.
 * O(n·k) plus the copula.
 */
export function inputUniforms(
  paths: readonly (string | null)[], seed: number | string, block: number, n: number, design: SamplingDesign,
  into?: Float64Array,
): Float64Array {
  const k = paths.length;
  // A runner passes the same buffer for every block (a fixed input's column is never read).
  const u = into && into.length >= n * k ? into : new Float64Array(n * k);
  paths.forEach((path, j) => {
    if (path === null) return; // a fixed input: its column stays unused
    const rng = seedrandom.alea(`${seed}/${block}/${path}`);
    if (design.method === 'latin-hypercube') latinHypercubeColumn(u, n, k, j, rng);
    else for (let i = 0; i < n; i++) u[i * k + j] = rng();
  });
  if (design.correlation) applyGaussianCopula(u, n, k, design.correlation);
  return u;
}
