import { distCdf, type Dist } from './dist';
import { EVENT_HORIZONS } from './indicators';

/**
 * Start of each event horizon in years from the project's start: period 1, period 2,
 * 0–2, 2–5 and 5+ years after the project; the last one is open-ended.
 */
export function horizonStarts(periodYears: [number, number]): number[] {
  const end = periodYears[0] + periodYears[1];
  return [0, periodYears[0], end, end + 2, end + 5];
}

/**
 * For a company that takes part in period `p` (placed at the period's middle) and whose
 * event follows after a lag with distribution `lag`, the probability that the event falls
 * in each event horizon. They sum to 1; a lag cannot move an event before the start.
 */
export function horizonProbabilities(lag: Dist, periodYears: [number, number], p: number): Float64Array {
  const starts = horizonStarts(periodYears);
  const t0 = starts[p] + periodYears[p] / 2;
  const probs = new Float64Array(EVENT_HORIZONS);
  let below = 0;
  for (let h = 0; h < EVENT_HORIZONS; h++) {
    const upper = h + 1 < EVENT_HORIZONS ? distCdf(lag, starts[h + 1] - t0) : 1;
    probs[h] = Math.max(0, upper - below);
    below = Math.max(below, upper);
  }
  return probs;
}
