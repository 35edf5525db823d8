import { CELLS } from './indicators';

/**
 * Mean and sum of squared deviations of every cell over one block, by Welford's update;
 * blocks are combined with Chan et al.'s pairwise formula ("Algorithms for computing the
 * sample variance", 1983) in block order, so the result is bit-identical however the
 * blocks were spread over workers. Layout: [mean_0..mean_{C-1}, m2_0..m2_{C-1}].
 */
export function createMoments(): Float64Array {
  return new Float64Array(2 * CELLS);
}

export function addMoments(m: Float64Array, n: number, out: Float64Array): void {
  for (let c = 0; c < CELLS; c++) {
    const d = out[c] - m[c];
    m[c] += d / n;
    m[CELLS + c] += d * (out[c] - m[c]);
  }
}

/** Combines blocks given in block order with their sizes: { mean, m2 } per cell. */
export function combineMoments(blocks: readonly { n: number; moments: Float64Array }[]): { n: number; mean: Float64Array; m2: Float64Array } {
  const mean = new Float64Array(CELLS);
  const m2 = new Float64Array(CELLS);
  let n = 0;
  for (const b of blocks) {
    if (b.n === 0) continue;
    const total = n + b.n;
    for (let c = 0; c < CELLS; c++) {
      const d = b.moments[c] - mean[c];
      mean[c] += (d * b.n) / total;
      m2[c] += b.moments[CELLS + c] + (d * d * n * b.n) / total;
    }
    n = total;
  }
  return { n, mean, m2 };
}
