import type { Amount, Model } from './model';
import type { Rng } from './rng';
import type { FlowState } from './flow';
import { binomial } from './sample/binomial';
import { gamma } from './sample/gamma';

/**
 * Sum of a per-company amount over n companies: n·minimum + Gamma(n/cv², (mean − minimum)·cv²),
 * exact because independent gammas of equal scale add up to a gamma. O(1).
 */
export function sumAmount(n: number, amount: Amount, x: Float64Array, rng: Rng): number {
  if (n <= 0) return 0;
  const extra = x[amount.meanInput] - amount.minimum;
  if (extra <= 0) return n * amount.minimum;
  if (amount.cv === 0) return n * x[amount.meanInput];
  const cv2 = amount.cv * amount.cv;
  return n * amount.minimum + gamma(n / cv2, extra * cv2, rng);
}

/**
 * Per-period growth outcome of the flow: writes growth companies into into[0] and supported
 * companies that are not into into[1] (a scratch array, so the hot loop allocates nothing).
 */
export function drawGrowth(model: Model, x: Float64Array, rng: Rng, s: FlowState, into: Float64Array): void {
  let growth = 0;
  let otherSupported = 0;
  for (let a = 0; a < model.activities.length; a++) {
    const act = model.activities[a];
    if (act.group !== 'growth' || act.growthInput < 0) {
      otherSupported += s.exitS[a];
      continue;
    }
    const g = x[act.growthInput];
    const gS = binomial(s.exitS[a], g, rng);
    growth += gS + binomial(s.exitT[a], g, rng);
    otherSupported += s.exitS[a] - gS;
  }
  into[0] = growth;
  into[1] = otherSupported;
}
