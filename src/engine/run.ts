import type { Model } from './model';
import { layoutOf } from './layout';
import { mergeAccumulators } from './accumulator';
import { createBlockRunner } from './blocks';
import { blockCount } from './block-plan';
import { createForecastMerger, finishForecast, type ForecastResult, type RunOptions } from './forecast-result';

/**
 * Runs a forecast in this thread, in memory that does not grow with the iterations.
 * `runners` > 1 deals the blocks out round-robin to that many independent runners, as a
 * worker pool would: the answer must not change. `onProgress` is told the iterations done
 * after each block and may return false to stop.
 */
export function runForecast(
  model: Model,
  opts: RunOptions,
  hooks: { runners?: number; onProgress?: (done: number) => boolean | void } = {},
): ForecastResult {
  const k = Math.max(1, hooks.runners ?? 1);
  const runners = Array.from({ length: k }, () => createBlockRunner(model, opts.seed, opts.iterations, opts.targets));
  const merger = createForecastMerger(model);
  for (let b = 0; b < blockCount(opts.iterations); b++) {
    merger.add(runners[b % k].run(b));
    if (hooks.onProgress?.(merger.moments.n) === false) break;
  }
  return finishForecast(model, opts, mergeAccumulators(layoutOf(model), runners.map((r) => r.accumulator)), merger);
}
