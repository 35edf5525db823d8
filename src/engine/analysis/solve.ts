import { distQuantile, type Dist } from '../dist';
import type { Model } from '../model';
import { runForecast } from '../run';
import { type RunOptions } from '../forecast-result';
import { inputIndex, recentre, withInput } from './model-edit';

export interface SolveRequest {
  cell: number;
  /** Wanted probability of meeting the cell's target, e.g. 0.8. */
  confidence: number;
  path: string;
  /** Where the input's median may go (its kind's bounds). */
  bounds: [number, number];
  /** Bisection steps; each costs one forecast. */
  steps?: number;
}

/** `searched`: the medians the input could take with its spread kept (see feasibleMedians), where the answer was looked for. */
export type SolveResult = (
  | { found: true; median: number; probability: number; direction: 'at least' | 'at most' }
  | { found: false; best: number; probabilityAtBest: number }
) & { searched: [number, number] };

/**
 * The median of one input (its spread kept, see `recentre`) at which the probability of
 * meeting a cell's target reaches `confidence`. Every trial uses the same seed, so the
 * probability is a smooth-enough function of the median for bisection (common random
 * numbers). Assumes the probability moves one way with the input; reports the best end of
 * the allowed range when no value reaches the confidence. Cost: (steps + 2) forecasts.
 */
export function solveForTarget(model: Model, opts: RunOptions, req: SolveRequest): SolveResult {
  const base = model.inputs[inputIndex(model, req.path)].dist;
  const [lo, hi] = feasibleMedians(base, req.bounds);
  const pAt = (median: number) => {
    const d = recentre(base, median, req.bounds[0], req.bounds[1]);
    if (!d) return NaN;
    return runForecast(withInput(model, req.path, d), opts).cells[req.cell].pMeetsTarget ?? NaN;
  };
  const pLo = pAt(lo);
  const pHi = pAt(hi);
  const rising = pHi >= pLo;
  const [weak, strong, pStrong] = rising ? [lo, hi, pHi] : [hi, lo, pLo];
  const searched: [number, number] = [lo, hi];
  if (!(pStrong >= req.confidence)) return { found: false, best: strong, probabilityAtBest: pStrong, searched };
  if ((rising ? pLo : pHi) >= req.confidence) return { found: true, median: weak, probability: rising ? pLo : pHi, direction: rising ? 'at least' : 'at most', searched };
  // The confidence is reached at the strong end and not at the weak one: bisect between.
  let a = Math.min(weak, strong);
  let b = Math.max(weak, strong);
  const tolerance = 1e-4 * (hi - lo);
  for (let i = 0; i < (req.steps ?? 30) && b - a > tolerance; i++) {
    const mid = (a + b) / 2;
    const reached = pAt(mid) >= req.confidence;
    // Rising: the answer is the smallest median that reaches it; falling: the largest.
    if (reached === rising) b = mid;
    else a = mid;
  }
  const median = rising ? b : a;
  return { found: true, median, probability: pAt(median), direction: rising ? 'at least' : 'at most', searched };
}

/**
 * The medians the distribution can be moved to without leaving its bounds, and within ten
 * times its own 1–99 % width of where it is (so unbounded money inputs stay searchable).
 */
function feasibleMedians(d: Dist, [lo, hi]: [number, number]): [number, number] {
  const median = distQuantile(d, 0.5);
  const width = distQuantile(d, 0.99) - distQuantile(d, 0.01) || Math.abs(median) || 1;
  const near: [number, number] = [Math.max(lo, median - 10 * width), Math.min(hi, median + 10 * width)];
  if (d.type === 'uniform' || d.type === 'triangular' || d.type === 'pert') {
    return [Math.max(near[0], lo + (median - d.min)), Math.min(near[1], hi - (d.max - median))];
  }
  const edge = d.type === 'beta' || d.type === 'lognormal' ? 1e-6 : 0;
  return [near[0] + edge, near[1] - edge];
}
