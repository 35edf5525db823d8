import { distCdf, type Dist } from './dist';

/**
 * Start of each event horizon in years from the project's start: each period, then 0–2, 2–5
 * and 5+ years after the project; the last one is open-ended.
 */
export function horizonStarts(periodYears: readonly number[]): number[] {
  const starts = [0];
  for (let p = 0; p < periodYears.length; p++) starts.push(starts[p] + periodYears[p]);
  const end = starts[periodYears.length];
  starts.push(end + 2, end + 5);
  return starts;
}

/**
 * For a company that takes part in period `p` (placed at the period's middle) and whose
 * event follows after a lag with distribution `lag`, the probability that the event falls
 * in each event horizon (the periods, then the three windows after). They sum to 1; a lag
 * cannot move an event before the start. An event exactly at a horizon's end falls in it.
 */
export function horizonProbabilities(lag: Dist, periodYears: readonly number[], p: number): Float64Array {
  const starts = horizonStarts(periodYears);
  const events = starts.length;
  const t0 = starts[p] + periodYears[p] / 2;
  const probs = new Float64Array(events);
  let below = 0;
  for (let h = 0; h < events; h++) {
    const upper = h + 1 < events ? distCdf(lag, starts[h + 1] - t0) : 1;
    probs[h] = Math.max(0, upper - below);
    below = Math.max(below, upper);
  }
  return probs;
}
