import { layoutOf } from '../layout';
import type { Model } from '../model';
import { createBlockRunner } from '../blocks';
import { blockCount } from '../block-plan';
import { summarize, type CellSummary } from '../summarize';
import { createForecastMerger, finishForecast, type ForecastResult, type RunOptions } from '../forecast-result';

/** When a run is precise enough: the 95 % interval half-widths it must get under. */
export interface Precision {
  /** Cells whose means and probabilities count (those shown to the planner). */
  cells: number[];
  /** Largest half-width for a probability of meeting a target, e.g. 0.005 (±0.5 points). */
  probability: number;
  /** Largest half-width for a mean, relative to the mean, e.g. 0.005 (±0.5 %). */
  relativeMean: number;
}

export interface ConvergencePoint {
  iterations: number;
  /** Per watched cell: the running mean and probability of meeting the target. */
  means: number[];
  probabilities: (number | null)[];
  /** The widest half-width relative to what is allowed (<= 1 means precise enough). */
  worst: number;
}

const Z = 1.959963984540054;

/** The widest 95 % half-width over the watched cells, in units of what is allowed. */
function precisionRatio(cells: CellSummary[], p: Precision): number {
  let worst = 0;
  for (const c of p.cells) {
    const s = cells[c];
    // A cost per result has no mean (NaN: it is +∞ where there is no result): there is no precision of it to reach.
    if (Number.isNaN(s.mean)) continue;
    if (s.mean !== 0) worst = Math.max(worst, (Z * s.se) / (p.relativeMean * Math.abs(s.mean)));
    if (s.pSe !== null) worst = Math.max(worst, (Z * s.pSe) / p.probability);
  }
  return worst;
}

/**
 * Runs blocks in order until every watched mean and probability is within the precision
 * (checked after each block) or `opts.iterations` is reached, recording the running
 * estimates for a convergence plot. Stops at whole blocks, so the result equals a plain
 * forecast of the iterations it ran. Cost: one summary per block.
 */
export function runUntilPrecise(model: Model, opts: RunOptions, precision: Precision): { result: ForecastResult; trace: ConvergencePoint[]; precise: boolean } {
  const runner = createBlockRunner(model, opts.seed, opts.iterations, opts.targets);
  const merger = createForecastMerger(model);
  const trace: ConvergencePoint[] = [];
  let precise = false;
  for (let b = 0; b < blockCount(opts.iterations) && !precise; b++) {
    merger.add(runner.run(b));
    const cells = summarize(layoutOf(model), runner.accumulator, merger.moments, opts.targets);
    const worst = precisionRatio(cells, precision);
    trace.push({
      iterations: runner.accumulator.n,
      means: precision.cells.map((c) => cells[c].mean),
      probabilities: precision.cells.map((c) => cells[c].pMeetsTarget),
      worst,
    });
    // One block is too few to trust a standard error of a rare event.
    precise = b > 0 && worst <= 1;
  }
  const result = finishForecast(model, opts, runner.accumulator, merger);
  return { result, trace, precise };
}
