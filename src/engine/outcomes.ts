import type { Amount } from './model';
import type { Rng } from './rng';
import { gamma } from './sample/gamma';

/**
 * A per-company amount compiled for the hot loop: `sum(n, x, rng)` is the total over n
 * companies, n·minimum + Gamma(n/cv², (mean − minimum)·cv²), exact because independent
 * gammas of equal scale add up to a gamma. O(1).
 */
export interface AmountSum {
  sum(n: number, x: Float64Array, rng: Rng): number;
}

export function compileAmount(amount: Amount): AmountSum {
  const { minimum, meanInput } = amount;
  const cv2 = amount.cv * amount.cv;
  return {
    sum(n, x, rng) {
      if (n <= 0) return 0;
      const extra = x[meanInput] - minimum;
      if (extra <= 0) return n * minimum;
      if (cv2 === 0) return n * x[meanInput];
      return n * minimum + gamma(n / cv2, extra * cv2, rng);
    },
  };
}
