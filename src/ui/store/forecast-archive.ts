import type { ForecastResult } from '../../engine/forecast-result';

/**
 * A full run's forecast as kept in the browser, so that a reload or a return to the scenario
 * shows it again instead of a quick re-forecast: a 1M-iteration run is not lost with the tab.
 */
export interface SavedForecast {
  /** The engine's FORECAST_FORMAT when it was computed: one of another is not shown again. */
  format: number;
  /** The model and targets it was computed from, as one text (see `inputsKey` in forecast-store). */
  inputs: string;
  result: ForecastResult;
  /** How long it took to compute. */
  seconds: number;
  /** When it was computed (ms since 1970). */
  computedAt: number;
}

/**
 * The last full forecast of each scenario, by the scenario's store id. IndexedDB in the
 * browser (`db.ts`); in memory for tests and where storage is refused.
 */
export interface ForecastArchive {
  get(scenarioId: string): Promise<SavedForecast | undefined>;
  put(scenarioId: string, saved: SavedForecast): Promise<void>;
  /**
   * Forgets the forecasts of scenarios no longer stored (deleted here or in another tab), by
   * the storage's own list of scenarios, read in the same transaction: not by a tab's list,
   * which may be a stand-in (storage refused) or already out of date.
   */
  forgetDeleted(): Promise<void>;
}

/**
 * Keeps the forecasts in memory (results are not copied: nothing changes a finished result);
 * `stored` lists the scenarios that count as stored.
 */
export function memoryForecastArchive(stored: () => readonly string[] = () => []): ForecastArchive & { ids(): string[] } {
  const saved = new Map<string, SavedForecast>();
  return {
    ids: () => [...saved.keys()],
    get: async (id) => saved.get(id),
    put: async (id, s) => void saved.set(id, s),
    async forgetDeleted() {
      const keep = new Set(stored());
      for (const id of [...saved.keys()]) if (!keep.has(id)) saved.delete(id);
    },
  };
}
