import type { ConditionedForecast, Observation } from '../../engine/conditioning/condition';
import { cellIndex, type IndicatorDef, type Layout } from '../../engine/layout';
import type { CellSummary } from '../../engine/summarize';

/** What one conditioning run returns: the plain forecast's summaries and the conditioned one, same seed. */
export interface ConditionedRun {
  prior: { iterations: number; cells: CellSummary[] };
  updated: ConditionedForecast;
}

export interface BeforeAfterRow {
  indicator: IndicatorDef;
  horizon: string;
  cell: number;
  actual: number | null;
  before: CellSummary;
  after: CellSummary;
  target: number | null;
}

/** The cells with a target or an actual, indicator by indicator in the application's order. O(cells). */
export function beforeAfterRows(layout: Layout, run: ConditionedRun, observations: readonly Observation[]): BeforeAfterRow[] {
  const actual = new Map(observations.map((o) => [o.cell, o.value]));
  return layout.indicators.flatMap((indicator, i) =>
    layout.horizons.map((horizon, j) => {
      const cell = cellIndex(layout, i, j);
      const before = run.prior.cells[cell];
      return { indicator, horizon, cell, actual: actual.get(cell) ?? null, before, after: run.updated.cells[cell], target: before.target };
    }).filter((r) => r.target !== null || r.actual !== null),
  );
}
