import type { Model } from './model';
import type { ActivityId } from './indicators';
import { createAccumulator, mergeAccumulator, type Accumulator } from './accumulator';
import { blockCount, createBlockRunner, type BlockResult } from './blocks';
import { summarize, type CellSummary } from './summarize';

export interface RunOptions {
  seed: number | string;
  iterations: number;
  /** Per cell (CELLS long): the target, or NaN where there is none. */
  targets: Float64Array;
}

export interface ForecastResult {
  iterations: number;
  seed: number | string;
  cells: CellSummary[];
  /** The merged histograms, for charts. */
  accumulator: Accumulator;
  blocks: BlockResult[];
  /** Mean companies per iteration along each route of the model, both periods together. */
  routeMeans: { from: ActivityId; to: ActivityId; mean: number }[];
}

/** Gathers the block results and accumulators of one run, from however many runners. */
export function collect(model: Model, opts: RunOptions, parts: { accumulator: Accumulator; blocks: BlockResult[] }[]): ForecastResult {
  const accumulator = createAccumulator();
  const blocks: BlockResult[] = [];
  for (const p of parts) {
    mergeAccumulator(accumulator, p.accumulator);
    blocks.push(...p.blocks);
  }
  blocks.sort((a, b) => a.index - b.index);
  const cells = summarize(accumulator, blocks, opts.targets);
  return { iterations: accumulator.n, seed: opts.seed, cells, accumulator, blocks, routeMeans: routeMeans(model, blocks, accumulator.n) };
}

function routeMeans(model: Model, blocks: BlockResult[], n: number): ForecastResult['routeMeans'] {
  const routes = model.activities.flatMap((a) => a.routes.map((r) => ({ from: a.id, to: model.activities[r.to].id, mean: 0 })));
  for (const b of blocks) for (let r = 0; r < routes.length; r++) routes[r].mean += b.routeSums[r];
  for (const r of routes) r.mean = n > 0 ? r.mean / n : 0;
  return routes;
}

/**
 * Runs a forecast in this thread. `runners` > 1 deals the blocks out round-robin to that
 * many independent runners, as a worker pool would: the answer must not change.
 * `onProgress` is told the iterations done after each block and may return false to stop.
 */
export function runForecast(
  model: Model,
  opts: RunOptions,
  hooks: { runners?: number; onProgress?: (done: number) => boolean | void } = {},
): ForecastResult {
  const k = Math.max(1, hooks.runners ?? 1);
  const runners = Array.from({ length: k }, () => createBlockRunner(model, opts.seed, opts.iterations, opts.targets));
  const results: BlockResult[][] = runners.map(() => []);
  let done = 0;
  for (let b = 0; b < blockCount(opts.iterations); b++) {
    const r = results[b % k];
    r.push(runners[b % k].run(b));
    done += r[r.length - 1].n;
    if (hooks.onProgress?.(done) === false) break;
  }
  return collect(
    model,
    opts,
    runners.map((runner, i) => ({ accumulator: runner.accumulator, blocks: results[i] })),
  );
}
