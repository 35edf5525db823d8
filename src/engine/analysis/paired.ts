import type { Model } from '../model';
import { createBlockRunner } from '../blocks';
import { BLOCK_SIZE, blockCount, type BlockResult } from '../block-plan';
import { layoutOf, type Layout } from '../layout';
import { combineMoments } from '../moments';
import { collect, type ForecastResult } from '../forecast-result';
import { addDifferences, createDifferenceAccumulator, differenceQuantiles, type CellPairs, type DifferenceAccumulator } from './differences';

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
  /**
   * Per scenario: the summaries of (scenario − reference), per cell of the reference; null for
   * the reference, and a cell's summary null where the scenario has no such cell.
   */
  differences: ((DifferenceSummary | null)[] | null)[];
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
  const layouts = models.map(layoutOf);
  const outputs = layouts.map((l) => new Float64Array(BLOCK_SIZE * l.cells));
  const pairs = layouts.map((l) => cellPairs(layouts[reference], l));
  const diffs = models.map((_, i) => (i === reference ? null : createDifferenceAccumulator(layouts[reference].cells)));
  for (let b = 0; b < blockCount(opts.iterations); b++) {
    runners.forEach((r, i) => blocks[i].push(r.run(b, outputs[i])));
    const n = blocks[reference][b].n;
    diffs.forEach((d, i) => d && addDifferences(d, b, n, outputs[reference], outputs[i], pairs[i]));
    onProgress?.(runners[0].accumulator.n);
  }
  return {
    reference,
    results: models.map((m, i) => collect(m, { ...opts, targets: targets[i] }, [{ accumulator: runners[i].accumulator, blocks: blocks[i] }])),
    differences: diffs.map((d, i) => (d ? summarizeDifferences(d, pairs[i]) : null)),
    accumulators: diffs,
  };
}

/**
 * The live cells the reference and another forecast share, by indicator and horizon id. For
 * two scenarios of one programme every live cell pairs with itself, but for the costs per result.
 */
export function cellPairs(a: Layout, b: Layout): CellPairs {
  const H = b.horizons.length;
  const liveB = new Set(b.live);
  const out: number[] = [];
  const missing: number[] = [];
  for (const c of a.live) {
    const def = a.indicators[Math.floor(c / a.horizons.length)];
    const ind = b.indicators.findIndex((d) => d.id === def.id);
    const h = b.horizons.indexOf(a.horizons[c % a.horizons.length]);
    // A cost per result is +∞ in an iteration with no result, where a difference has no value: it is not paired.
    if (ind >= 0 && h >= 0 && liveB.has(ind * H + h) && def.per === undefined) out.push(c, ind * H + h);
    else missing.push(c);
  }
  return { cellsA: a.cells, cellsB: b.cells, pairs: Int32Array.from(out), missing: Int32Array.from(missing) };
}

function summarizeDifferences(d: DifferenceAccumulator, cp: CellPairs): (DifferenceSummary | null)[] {
  const { n, mean, m2 } = combineMoments(cp.cellsA, d.blocks);
  const missing = new Set(cp.missing);
  return Array.from({ length: cp.cellsA }, (_, c) => {
    if (missing.has(c)) return null;
    const sd = n > 1 ? Math.sqrt(m2[c] / (n - 1)) : 0;
    const half = (Z * sd) / Math.sqrt(n);
    const [p5, p50, p95] = differenceQuantiles(d, c, [0.05, 0.5, 0.95]);
    return { mean: mean[c], sd, meanLow: mean[c] - half, meanHigh: mean[c] + half, p5, p50, p95, pGreater: d.greater[c] / n, pLess: d.less[c] / n };
  });
}
