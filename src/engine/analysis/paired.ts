import type { Model } from '../model';
import { BLOCK_SIZE, blockCount, createBlockRunner, type BlockResult } from '../blocks';
import { CELLS } from '../indicators';
import { combineMoments } from '../moments';
import { collect, type ForecastResult } from '../run';
import { addDifferences, createDifferenceAccumulator, differenceQuantiles, type DifferenceAccumulator } from './differences';

export interface DifferenceSummary {
  mean: number;
  sd: number;
  /** 95 % interval of the mean difference (normal approximation, n is large). */
  meanLow: number;
  meanHigh: number;
  p5: number;
  p50: number;
  p95: number;
  /** P(B > A) and P(B < A) over the paired iterations. */
  pGreater: number;
  pLess: number;
}

export interface Comparison {
  results: ForecastResult[];
  reference: number;
  /** Per scenario: the per-cell summaries of (scenario − reference); null for the reference. */
  differences: (DifferenceSummary[] | null)[];
  /** The accumulated differences behind them (see differenceBins for a chart). */
  accumulators: (DifferenceAccumulator | null)[];
}

const Z = 1.959963984540054;

/**
 * Forecasts several scenarios with common random numbers — the same seed and blocks, and the
 * same draws for every input they share — and summarises the per-iteration differences to
 * the reference. Each scenario's own forecast equals its plain forecast with that seed.
 * Cost: one forecast per scenario plus O(cells) per iteration per pair.
 */
export function comparePaired(
  models: Model[],
  targets: Float64Array[],
  opts: { seed: number | string; iterations: number },
  reference = 0,
  onProgress?: (done: number) => void,
): Comparison {
  const runners = models.map((m, i) => createBlockRunner(m, opts.seed, opts.iterations, targets[i]));
  const blocks: BlockResult[][] = models.map(() => []);
  const outputs = models.map(() => new Float64Array(BLOCK_SIZE * CELLS));
  const diffs = models.map((_, i) => (i === reference ? null : createDifferenceAccumulator()));
  for (let b = 0; b < blockCount(opts.iterations); b++) {
    runners.forEach((r, i) => blocks[i].push(r.run(b, outputs[i])));
    const n = blocks[reference][b].n;
    diffs.forEach((d, i) => d && addDifferences(d, b, n, outputs[reference], outputs[i]));
    onProgress?.(runners[0].accumulator.n);
  }
  return {
    reference,
    results: models.map((m, i) => collect(m, { ...opts, targets: targets[i] }, [{ accumulator: runners[i].accumulator, blocks: blocks[i] }])),
    differences: diffs.map((d) => (d ? summarizeDifferences(d) : null)),
    accumulators: diffs,
  };
}

export function summarizeDifferences(d: DifferenceAccumulator): DifferenceSummary[] {
  const { n, mean, m2 } = combineMoments(d.blocks);
  return Array.from({ length: CELLS }, (_, c) => {
    const sd = n > 1 ? Math.sqrt(m2[c] / (n - 1)) : 0;
    const half = (Z * sd) / Math.sqrt(n);
    const [p5, p50, p95] = differenceQuantiles(d, c, [0.05, 0.5, 0.95]);
    return { mean: mean[c], sd, meanLow: mean[c] - half, meanHigh: mean[c] + half, p5, p50, p95, pGreater: d.greater[c] / n, pLess: d.less[c] / n };
  });
}
