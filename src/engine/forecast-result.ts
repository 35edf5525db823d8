import { flowCountsLength, type Model } from './model';
import { layoutOf, type Layout } from './layout';
import { mergeAccumulators, type Accumulator, type Histograms } from './accumulator';
import type { BlockResult } from './block-plan';
import { summarize, type CellSummary } from './summarize';
import { createBlockMerger, type BlockMerger } from './block-merger';
import { summarizeJoint, type JointSummary } from './joint';

/*
 * A forecast as the page holds it, and how block results become one: the merging half of a
 * run, which needs no sampler (the page imports this, the workers run.ts). Nothing here draws.
 */

/**
 * The shape and meaning of a ForecastResult: raised whenever an engine change would make a
 * stored result read differently, or would give other numbers for the same inputs (2: direct
 * recruits per activity; 3: each company's job effect counted once, late leavers timed from
 * the period they took part in; 4: any programme, the result carries its cells' layout; 5:
 * large splits of the companies of own sets of activities drawn by ratio of uniforms, the
 * same distribution by other draws). Results kept under another are not shown again.
 */
export const FORECAST_FORMAT = 5;

export interface RunOptions {
  seed: number | string;
  iterations: number;
  /** Per cell of the model's layout: the target, or NaN where there is none. */
  targets: Float64Array;
}

export interface ForecastResult {
  iterations: number;
  seed: number | string;
  /** What each cell is: the model's indicators × horizons (plain data, so it is stored and sent with the result). */
  layout: Layout;
  cells: CellSummary[];
  /** The merged histograms, for charts (see Histograms). */
  accumulator: Histograms;
  /** The blocks that carry the subsample of inputs and outputs (for sensitivity); the rest are merged away. */
  blocks: BlockResult[];
  /** Mean companies per iteration along each route of the model, both periods together. */
  routeMeans: { from: string; to: string; mean: number }[];
  /** Mean companies per iteration recruited directly into each activity (not sent on by another), both periods together. */
  recruitMeans: { activity: string; mean: number }[];
  /** P(every target met), overall and per horizon, from the same iterations (absent in forecasts kept from before it was counted). */
  joint?: JointSummary;
}

/** A merger sized for the model's flow counts. */
export function createForecastMerger(model: Model): BlockMerger {
  return createBlockMerger(layoutOf(model).cells, flowCountsLength(model));
}

/** The forecast from the merged histograms and the blocks merged into `merger`. */
export function finishForecast(model: Model, opts: RunOptions, accumulator: Accumulator, merger: BlockMerger): ForecastResult {
  const n = merger.moments.n;
  const mean = (i: number) => (n > 0 ? merger.flowSums[i] / n : 0);
  const routes = model.activities.flatMap((a) => a.routes.map((r) => ({ from: a.id, to: model.activities[r.to].id })));
  const layout = layoutOf(model);
  return {
    iterations: n,
    seed: opts.seed,
    layout,
    cells: summarize(layout, accumulator, merger.moments, opts.targets),
    accumulator,
    blocks: [...merger.kept].sort((a, b) => a.index - b.index),
    routeMeans: routes.map((r, i) => ({ ...r, mean: mean(i) })),
    recruitMeans: model.activities.map((a, i) => ({ activity: a.id, mean: mean(routes.length + i) })),
    joint: summarizeJoint(layout, opts.targets, accumulator.joint, accumulator.n),
  };
}

/** Gathers the block results and accumulators of one run, from however many runners. */
export function collect(model: Model, opts: RunOptions, parts: { accumulator: Accumulator; blocks: BlockResult[] }[]): ForecastResult {
  const merger = createForecastMerger(model);
  for (const p of parts) for (const b of p.blocks) merger.add(b);
  return finishForecast(model, opts, mergeAccumulators(layoutOf(model), parts.map((p) => p.accumulator)), merger);
}
