import { countJoint, createJointCounter, summarizeJoint, type JointSummary } from '../joint';
import { totalSeats, type InputKind, type Model } from '../model';
import { createBlockRunner } from '../blocks';
import { BLOCK_SIZE, blockCount } from '../block-plan';
import { layoutOf } from '../layout';
import { SUMMARY_QUANTILES, type CellSummary } from '../summarize';
import type { RunOptions } from '../forecast-result';
import type { Histograms } from '../accumulator';
import { conjugateUpdate, relativeBinomialLogLikelihood, type RateActual } from './conjugate';
import { addWeighted, createWeightedAccumulator, effectiveSampleSize, weightedQuantiles, type WeightedAccumulator } from './weighted';

/** An observed indicator value in a horizon that has passed (or a part of one). */
export interface Observation {
  cell: number;
  value: number;
  /** How far a simulated value may sit from the observation: the sd of the ABC kernel. */
  tolerance: number;
  /**
   * The share of the horizon the observation covers (1: all of it). Part-way through a
   * period the observation is compared with that share of the simulated value for the whole
   * period, as if its events were spread evenly over it.
   */
  share: number;
}

export interface InputUpdate {
  path: string;
  kind: InputKind;
  priorMean: number;
  priorSd: number;
  updatedMean: number;
  updatedSd: number;
  how: 'conjugate' | 'weights' | 'unchanged';
}

export interface ConditionedForecast {
  iterations: number;
  /** Kish's effective sample size of the weights; equals `iterations` when nothing is weighted. */
  effectiveSampleSize: number;
  cells: CellSummary[];
  inputs: InputUpdate[];
  /** The model after the exact conjugate updates (the one that was run). */
  model: Model;
  /** The weighted histograms, each scaled to add up to `iterations` (see Histograms). */
  histograms: Histograms;
  /** P(every target met) under the weights, overall and per horizon. */
  joint: JointSummary;
}

/** Below this effective sample size the updated forecast rests on too few iterations to trust. */
export const LOW_ESS = 1000;

/**
 * The assumptions the actuals moved: updated exactly, or shifted by weighting by at least a
 * tenth of their prior spread (smaller shifts are within the Monte Carlo noise of the weights).
 */
export function movedInputs(inputs: readonly InputUpdate[]): InputUpdate[] {
  return inputs.filter((x) => x.how === 'conjugate' || (x.how === 'weights' && x.priorSd > 0 && Math.abs(x.updatedMean - x.priorMean) >= 0.1 * x.priorSd));
}

/**
 * Forecast given what has happened. Rates with a beta distribution are updated exactly
 * (beta–binomial conjugacy) before the run; every other piece of evidence weights the
 * iterations by how well they reproduce it (importance sampling): a rate's binomial
 * likelihood at the iteration's drawn rate, and for an observed indicator a Gaussian ABC
 * kernel exp(−½((simulated − observed)/tolerance)²). Summaries are weighted; the effective
 * sample size says how many iterations the weights are worth. Cost: one forecast.
 */
export function runConditioned(model: Model, opts: RunOptions, observations: Observation[], rates: RateActual[]): ConditionedForecast {
  const { model: updated, weighted, conjugate } = conjugateUpdate(model, rates);
  const k = updated.inputs.length;
  const runner = createBlockRunner(updated, opts.seed, opts.iterations, opts.targets);
  // The prior needs only the inputs' plain sums (for their mean and spread before the update).
  const priorSum = new Float64Array(k);
  const priorSumSq = new Float64Array(k);
  let priorN = 0;
  const layout = layoutOf(updated);
  const CELLS = layout.cells;
  const posterior = createWeightedAccumulator(layout, k, totalSeats(updated));
  const joint = createJointCounter(layout, opts.targets);
  const outputs = new Float64Array(BLOCK_SIZE * CELLS);
  const xs = new Float64Array(BLOCK_SIZE * k);
  for (let b = 0; b < blockCount(opts.iterations); b++) {
    const { n } = runner.run(b, outputs, xs);
    for (let i = 0; i < n; i++) {
      const out = outputs.subarray(i * CELLS, (i + 1) * CELLS);
      const x = xs.subarray(i * k, (i + 1) * k);
      let logW = 0;
      for (const r of weighted) logW += relativeBinomialLogLikelihood(x[r.input], r.successes, r.trials);
      for (const o of observations) logW -= 0.5 * ((o.share * out[o.cell] - o.value) / o.tolerance) ** 2;
      priorN++;
      for (let j = 0; j < k; j++) {
        priorSum[j] += x[j];
        priorSumSq[j] += x[j] * x[j];
      }
      addWeighted(posterior, Math.exp(logW), out, x, opts.targets);
      countJoint(joint, out, Math.exp(logW));
    }
  }
  return {
    iterations: posterior.n,
    effectiveSampleSize: effectiveSampleSize(posterior),
    cells: summarizeWeighted(posterior, opts.targets),
    // Weighted like every other summary: the weights' share, its error by the effective sample size.
    joint: summarizeJoint(layout, opts.targets, joint.met, posterior.sumW, effectiveSampleSize(posterior)),
    inputs: model.inputs.map((input, j) => {
      const how = conjugate.some((r) => r.input === j) ? 'conjugate' : weighted.some((r) => r.input === j) || observations.length ? 'weights' : 'unchanged';
      // A conjugate input was run with its updated beta: its prior is the one written.
      const d = input.dist;
      const before = how === 'conjugate' && d.type === 'beta' ? betaMoments(d.alpha, d.beta) : undefined;
      return {
        path: input.path,
        kind: input.kind,
        priorMean: before?.mean ?? priorSum[j] / priorN,
        priorSd: before?.sd ?? spread(priorSum[j], priorSumSq[j], priorN),
        updatedMean: posterior.inputSum[j] / posterior.sumW,
        updatedSd: spread(posterior.inputSum[j], posterior.inputSumSq[j], posterior.sumW),
        how,
      };
    }),
    model: updated,
    histograms: scaledHistograms(posterior),
  };
}

/**
 * The weighted histograms as a plain forecast's: each bin's weight scaled by n / Σw, so they
 * add up to n and every reader of a forecast's histograms (quantiles at any level, P(≥ x), the
 * charts) reads the conditioned distribution. O(bins).
 */
function scaledHistograms(acc: WeightedAccumulator): Histograms {
  const scale = acc.sumW > 0 ? acc.n / acc.sumW : 0;
  return {
    n: acc.n,
    bins: acc.bins.map((b) => b.map((w) => w * scale)),
    meets: acc.meets.map((w) => w * scale),
  };
}


function betaMoments(a: number, b: number): { mean: number; sd: number } {
  return { mean: a / (a + b), sd: Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))) };
}

function spread(sum: number, sumSq: number, w: number): number {
  return w > 0 ? Math.sqrt(Math.max(0, sumSq / w - (sum / w) ** 2)) : 0;
}

/** Weighted cell summaries; standard errors use the effective sample size. */
function summarizeWeighted(acc: WeightedAccumulator, targets: Float64Array): CellSummary[] {
  const ess = effectiveSampleSize(acc);
  const live = new Set(acc.layout.live);
  return Array.from({ length: acc.layout.cells }, (_, c) => {
    // A cost per result has no mean (it is +∞ where there is no result), and no value outside the two totals (as summarize.ts).
    const per = acc.layout.indicators[Math.floor(c / acc.layout.horizons.length)].per !== undefined;
    const mean = per ? NaN : acc.sumW > 0 ? acc.sum[c] / acc.sumW : 0;
    const sd = per ? NaN : spread(acc.sum[c], acc.sumSq[c], acc.sumW);
    const [p5, p10, p25, p50, p75, p90, p95] = live.has(c) ? weightedQuantiles(acc, c, SUMMARY_QUANTILES) : SUMMARY_QUANTILES.map(() => (per ? NaN : 0));
    const hasTarget = !Number.isNaN(targets[c]);
    const p = hasTarget ? (live.has(c) ? acc.meets[c] / acc.sumW : targets[c] <= 0 ? 1 : 0) : null;
    return {
      mean, sd, se: ess > 0 ? sd / Math.sqrt(ess) : NaN, p5, p10, p25, p50, p75, p90, p95,
      target: hasTarget ? targets[c] : null,
      pMeetsTarget: p,
      pSe: p === null ? null : ess > 0 ? Math.sqrt((p * (1 - p)) / ess) : NaN,
    };
  });
}
