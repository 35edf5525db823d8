import { distQuantile, type Dist } from '../dist';
import type { InputKind, Model } from '../model';
import { runForecast } from '../run';
import { type RunOptions } from '../forecast-result';
import type { JointProbability } from '../joint';
import { inputIndex, recentre, withInput } from './model-edit';

/** The most values one sweep runs: each costs one forecast. */
export const MAX_SWEEP_STEPS = 41;

/**
 * How the input takes each value: `median` moves its distribution so that its median is the
 * value, its spread kept (see `recentre`, as solving does); `fixed` makes it exactly the value,
 * without uncertainty.
 */
export type SweepMode = 'median' | 'fixed';

export interface SweepRequest {
  path: string;
  /** The values the input takes, in order (see sweepValues). */
  values: number[];
  mode: SweepMode;
  /** Where the input may go (its kind's bounds). */
  bounds: [number, number];
  /** The cells reported at each value. */
  cells: number[];
}

/** One reported cell at one value of the input. */
export interface SweepCell {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  /** P(cell ≥ its target) and its Monte Carlo error; null where the cell has no target. */
  pMeetsTarget: number | null;
  pSe: number | null;
}

export type SweepPoint =
  | { value: number; ok: true; dist: Dist; cells: SweepCell[]; jointAll: JointProbability | null }
  /** The input cannot take this value: its distribution would leave its bounds. */
  | { value: number; ok: false };

export interface SweepResult {
  path: string;
  /** What the input measures (the model's input's kind). */
  kind: InputKind;
  mode: SweepMode;
  seed: number | string;
  iterations: number;
  cells: number[];
  /** The input's median in the scenario as it is, for the picture. */
  current: number;
  points: SweepPoint[];
}

/**
 * `steps` evenly spaced values from `from` to `to`, both ends exact; the rule broken is
 * named when the range or the steps are not usable.
 */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError('from and to: must be numbers');
  if (from === to) throw new RangeError('from and to: must differ');
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS) throw new RangeError(`steps: must be a whole number from 2 to ${MAX_SWEEP_STEPS}`);
  // To 12 significant digits, so that a value reads as typed (0.35, not 0.35000000000000003).
  return Array.from({ length: steps }, (_, i) => (i === steps - 1 ? to : Number((from + ((to - from) * i) / (steps - 1)).toPrecision(12))));
}

/** The input's distribution at `value`, or null where it would leave `[lo, hi]`. */
export function sweptDist(base: Dist, mode: SweepMode, value: number, [lo, hi]: [number, number]): Dist | null {
  if (mode === 'fixed') return value >= lo && value <= hi ? { type: 'fixed', value } : null;
  return recentre(base, value, lo, hi);
}

/**
 * One input taken across `values`, a forecast at each, every one with the same seed: common
 * random numbers, so the differences between neighbouring values are the input's doing and not
 * sampling noise (for draws that are monotone in their rate, see sample/binomial.ts, a higher
 * rate never gives fewer companies in the same iteration). `onProgress` is told the
 * iterations done over the whole sweep and may return false to stop (the result then ends
 * at the last value finished). Cost: one forecast per value.
 */
export function sweepInput(model: Model, opts: RunOptions, req: SweepRequest, onProgress?: (done: number, total: number) => boolean | void): SweepResult {
  if (req.values.length < 1 || req.values.length > MAX_SWEEP_STEPS) throw new RangeError(`values: give 1 to ${MAX_SWEEP_STEPS}`);
  const { dist: base, kind } = model.inputs[inputIndex(model, req.path)];
  const total = req.values.length * opts.iterations;
  const points: SweepPoint[] = [];
  let stopped = false;
  for (const [k, value] of req.values.entries()) {
    const dist = sweptDist(base, req.mode, value, req.bounds);
    if (!dist) {
      points.push({ value, ok: false });
      if (onProgress?.((k + 1) * opts.iterations, total) === false) break;
      continue;
    }
    const r = runForecast(withInput(model, req.path, dist), opts, {
      onProgress: (done) => {
        if (onProgress?.(k * opts.iterations + done, total) === false) stopped = true;
        return !stopped;
      },
    });
    if (stopped) break;
    points.push({
      value,
      ok: true,
      dist,
      cells: req.cells.map((c) => {
        const s = r.cells[c];
        return { mean: s.mean, p10: s.p10, p50: s.p50, p90: s.p90, pMeetsTarget: s.pMeetsTarget, pSe: s.pSe };
      }),
      jointAll: r.joint?.all ?? null,
    });
  }
  return { path: req.path, kind, mode: req.mode, seed: opts.seed, iterations: opts.iterations, cells: req.cells, current: distQuantile(base, 0.5), points };
}
