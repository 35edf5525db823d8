import type { Rng } from '../rng';

/**
 * Standard normal variate by Marsaglia's polar method (one of the pair is used, so the
 * sampler keeps no state between calls). Expected 1.27 pairs of uniforms per value.
 */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const x = 2 * rng() - 1;
    const y = 2 * rng() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}
