import { sampleRankCorrelation } from 'simple-statistics';
import { distQuantile } from '../dist';
import type { InputKind, Model } from '../model';
import type { ForecastResult, RunOptions } from '../forecast-result';
import { runForecast } from '../run';
import { withInput } from './model-edit';

export interface InputSensitivity {
  path: string;
  kind: InputKind;
  /** Spearman rank correlation between the input and the output over the kept subsample. */
  rankCorrelation: number;
  /** The input's P10 and P90, and the output's median with the input held at each (others uncertain). */
  low: number;
  high: number;
  medianAtLow: number;
  medianAtHigh: number;
  /** medianAtHigh − medianAtLow. */
  swing: number;
}

/**
 * What drives one output cell: for each uncertain input, its rank correlation with the
 * output (from the forecast's subsample of inputs and outputs) and its swing (two more
 * forecasts with the input held at its P10 and at its P90, same seed so the difference is not
 * noise). Sorted by |swing|, then |correlation|. Cost: 2 forecasts of `iterations` per input.
 */
export function sensitivity(model: Model, base: ForecastResult, cell: number, opts: RunOptions): InputSensitivity[] {
  const k = model.inputs.length;
  const cells = base.cells.length;
  const subsamples = base.blocks.flatMap((b) => (b.subsample ? [b.subsample] : []));
  const column = (pick: (s: { x: Float64Array; out: Float64Array }, i: number) => number) =>
    subsamples.flatMap((s) => Array.from({ length: s.out.length / cells }, (_, i) => pick(s, i)));
  const out = column((s, i) => s.out[i * cells + cell]);
  return model.inputs
    .map((input, j) => ({ input, j }))
    .filter(({ input }) => input.dist.type !== 'fixed')
    .map(({ input, j }) => {
      const x = column((s, i) => s.x[i * k + j]);
      const r = sampleRankCorrelation(x, out);
      const low = distQuantile(input.dist, 0.1);
      const high = distQuantile(input.dist, 0.9);
      const medianAt = (v: number) => runForecast(withInput(model, input.path, { type: 'fixed', value: v }), opts).cells[cell].p50;
      const medianAtLow = medianAt(low);
      const medianAtHigh = medianAt(high);
      return { path: input.path, kind: input.kind, rankCorrelation: Number.isFinite(r) ? r : 0, low, high, medianAtLow, medianAtHigh, swing: medianAtHigh - medianAtLow };
    })
    .sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation));
}
