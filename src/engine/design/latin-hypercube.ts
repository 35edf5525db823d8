import type { Rng } from '../rng';

/**
 * One column of a Latin hypercube design for n iterations: each of the n equal strata of
 * [0, 1) gets exactly one uniform, in random order (McKay, Beckman & Conover, 1979).
 * Writes column j of a row-major n × k matrix. O(n).
 */
export function latinHypercubeColumn(u: Float64Array, n: number, k: number, j: number, rng: Rng): void {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const r = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[r];
    order[r] = t;
  }
  for (let i = 0; i < n; i++) u[i * k + j] = (order[i] + rng()) / n;
}
