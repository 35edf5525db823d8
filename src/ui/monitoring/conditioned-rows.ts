import type { ConditionedForecast, InputUpdate, Observation } from '../../engine/conditioning/condition';
import { HORIZONS, INDICATORS, cellIndex, type HorizonId, type IndicatorDef } from '../../engine/indicators';
import type { CellSummary } from '../../engine/summarize';

/** What one conditioning run returns: the plain forecast's summaries and the conditioned one, same seed. */
export interface ConditionedRun {
  prior: { iterations: number; cells: CellSummary[] };
  updated: ConditionedForecast;
}

export interface BeforeAfterRow {
  indicator: IndicatorDef;
  horizon: HorizonId;
  cell: number;
  actual: number | null;
  before: CellSummary;
  after: CellSummary;
  target: number | null;
}

/** Below this effective sample size the updated forecast rests on too few iterations to trust (as the command line warns). */
export const LOW_ESS = 1000;

/** The cells with a target or an actual, indicator by indicator in the application's order. O(cells). */
export function beforeAfterRows(run: ConditionedRun, observations: readonly Observation[]): BeforeAfterRow[] {
  const actual = new Map(observations.map((o) => [o.cell, o.value]));
  return INDICATORS.flatMap((indicator, i) =>
    HORIZONS.map((horizon, j) => {
      const cell = cellIndex(i, j);
      const before = run.prior.cells[cell];
      return { indicator, horizon, cell, actual: actual.get(cell) ?? null, before, after: run.updated.cells[cell], target: before.target };
    }).filter((r) => r.target !== null || r.actual !== null),
  );
}

/**
 * The assumptions the actuals moved: updated exactly, or shifted by weighting by at least a
 * tenth of their prior spread (smaller shifts are within the Monte Carlo noise of the weights).
 */
export function movedInputs(inputs: readonly InputUpdate[]): InputUpdate[] {
  return inputs.filter((x) => x.how === 'conjugate' || (x.how === 'weights' && x.priorSd > 0 && Math.abs(x.updatedMean - x.priorMean) >= 0.1 * x.priorSd));
}
