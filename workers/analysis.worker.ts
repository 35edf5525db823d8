import * as Comlink from 'comlink';
import type { Model } from '../src/engine/model';
import type { RunOptions } from '../src/engine/forecast-result';
import { runForecast } from '../src/engine/run';
import { comparePaired } from '../src/engine/analysis/paired';
import { sensitivity } from '../src/engine/analysis/sensitivity';
import { solveForTarget, type SolveRequest } from '../src/engine/analysis/solve';
import { runUntilPrecise, type Precision } from '../src/engine/analysis/precision';
import { sweepInput, type SweepRequest } from '../src/engine/analysis/sweep';
import { runConditioned, type Observation } from '../src/engine/conditioning/condition';
import type { RateActual } from '../src/engine/conditioning/conjugate';

/**
 * Every ArrayBuffer under `x`, once each (histogram bins share one buffer), so a result
 * crosses to the page by transfer instead of a copy of several megabytes.
 */
function buffersOf(x: unknown, found = new Set<ArrayBuffer>(), seen = new Set<object>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(x)) found.add(x.buffer as ArrayBuffer);
  else if (x && typeof x === 'object' && !seen.has(x)) {
    seen.add(x);
    for (const v of Object.values(x)) buffersOf(v, found, seen);
  }
  return [...found];
}
const transferred = <T>(x: T): T => Comlink.transfer(x, buffersOf(x));

/** The analysis functions of the engine, one call each; the client owns the worker. */
export const api = {
  compare(models: Model[], targets: Float64Array[], opts: { seed: number | string; iterations: number }, reference: number, onProgress?: (done: number) => void) {
    return transferred(comparePaired(models, targets, opts, reference, onProgress));
  },
  /** The base forecast (its subsample gives the rank correlations), then the P10/P90 swings. */
  sensitivity(model: Model, cell: number, opts: RunOptions) {
    const base = runForecast(model, opts);
    return { base: base.cells[cell], inputs: sensitivity(model, base, cell, opts) };
  },
  solve(model: Model, opts: RunOptions, req: SolveRequest) {
    return solveForTarget(model, opts, req);
  },
  /** One input across a range, a forecast at each value on the same seed; progress as iterations done of all. */
  sweep(model: Model, opts: RunOptions, req: SweepRequest, onProgress?: (done: number, total: number) => void) {
    let last = 0;
    return sweepInput(model, opts, req, (done, total) => {
      // At most every 50 ms across to the page: each report is a message.
      const now = performance.now();
      if (onProgress && (now - last > 50 || done === total)) (last = now), void onProgress(done, total);
    });
  },
  precise(model: Model, opts: RunOptions, precision: Precision) {
    return transferred(runUntilPrecise(model, opts, precision));
  },
  /** The plain forecast and the one conditioned on the actuals, same seed; the prior's summaries only (its histograms are not shown). */
  condition(model: Model, opts: RunOptions, observations: Observation[], rates: RateActual[]) {
    const prior = runForecast(model, opts);
    return { prior: { iterations: prior.iterations, cells: prior.cells }, updated: runConditioned(model, opts, observations, rates) };
  },
};

export type AnalysisWorkerApi = typeof api;

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) Comlink.expose(api);
