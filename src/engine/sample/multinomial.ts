import type { Rng } from '../rng';
import { binomial } from './binomial';

/**
 * Splits n exchangeable items over categories with probabilities `probs` (summing to at
 * most 1; the rest is an implicit last category) by conditional binomials, which is exact:
 * X_i | X_1..X_{i-1} ~ Binomial(n − Σ X_j, p_i / (1 − Σ p_j)). Writes counts into `out`
 * and returns how many fell in no listed category. O(k) binomials.
 */
export function multinomial(n: number, probs: ArrayLike<number>, out: Float64Array | number[], rng: Rng): number {
  let left = n;
  let mass = 1;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i];
    if (left === 0 || p <= 0) {
      out[i] = 0;
      continue;
    }
    const k = p >= mass ? left : binomial(left, p / mass, rng);
    out[i] = k;
    left -= k;
    mass -= p;
  }
  return left;
}
