import { cellIndex, type Layout } from '../../engine/layout';
import type { ModelInput } from '../../engine/model';
import type { ForecastResult } from '../../engine/forecast-result';
import { BOM, csvConventions, csvText } from '../../report/csv';
import type { Lang } from '../../report/forecast-report';

/** Cell names in the engine's order (indicator-major), as the forecast table names them: `growthCompanies:total`. */
const cellNames = (layout: Layout): string[] => {
  const names = new Array<string>(layout.cells);
  layout.indicators.forEach((ind, i) => layout.horizons.forEach((h, j) => (names[cellIndex(layout, i, j)] = `${ind.id}:${h}`)));
  return names;
};

/**
 * The per-iteration subsample the engine kept (inputs and outputs of each kept iteration), as
 * CSV for an audit trail: block and iteration, then one column per input path and per cell,
 * full precision. Danish or English conventions as forecastCsv; `mark` (an out-of-date
 * forecast's warning) a line before the header; null when nothing was kept.
 */
export function subsampleCsv(result: ForecastResult, inputs: ModelInput[], lang: Lang, mark?: string): string | null {
  const { sep, num } = csvConventions(lang);
  const k = inputs.length;
  const blocks = result.blocks.filter((b) => b.subsample);
  if (blocks.length === 0) return null;
  const CELLS = result.layout.cells;
  const rows = [...(mark ? [csvText(mark, sep)] : []), ['block', 'iteration', ...inputs.map((i) => i.path), ...cellNames(result.layout)].map((h) => csvText(h, sep)).join(sep)];
  for (const b of blocks) {
    const { x, out } = b.subsample!;
    const n = k > 0 ? x.length / k : out.length / CELLS;
    for (let r = 0; r < n; r++) {
      const cells = [String(b.index), String(r)];
      for (let j = 0; j < k; j++) cells.push(num(x[r * k + j]));
      for (let j = 0; j < CELLS; j++) cells.push(num(out[r * CELLS + j]));
      rows.push(cells.join(sep));
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
