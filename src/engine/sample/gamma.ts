import type { Rng } from '../rng';
import { standardNormal } from './normal';

/**
 * Gamma(shape, scale) variate by Marsaglia & Tsang's squeeze method ("A simple method for
 * generating gamma variables", ACM TOMS 26, 2000); shape < 1 through
 * Gamma(shape + 1)·U^(1/shape). Shape 0 gives 0 (the empty sum). O(1) expected.
 */
export function gamma(shape: number, scale: number, rng: Rng): number {
  if (shape <= 0 || scale <= 0) return 0;
  if (shape < 1) {
    const u = rng();
    return gamma(shape + 1, scale, rng) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}
