import type { ForecastResult } from '../forecast-result';
import type { ConditionedForecast } from './condition';
import { layoutOf } from '../layout';

/**
 * The conditioned forecast in the shape of a plain one, so that it can be shown and exported
 * as one: its cells and its weighted histograms (scaled to add up to the iterations). It keeps
 * no subsample of iterations (their weights differ) and no flow counts. `seed` is the one it
 * was run with. In a module of its own, so the page can use it without the engine's samplers.
 */
export function conditionedResult(c: ConditionedForecast, seed: number | string): ForecastResult {
  return { iterations: c.iterations, seed, layout: layoutOf(c.model), cells: c.cells, accumulator: c.histograms, blocks: [], routeMeans: [], recruitMeans: [], joint: c.joint };
}
