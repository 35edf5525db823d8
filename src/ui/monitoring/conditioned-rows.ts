import type { ConditionedForecast, Observation } from '../../engine/conditioning/condition';
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
