import type { ForecastResult } from '../../engine/run';

/**
 * A full run's forecast as kept in the browser, so that a reload or a return to the scenario
 * shows it again instead of a quick re-forecast: a 1M-iteration run is not lost with the tab.
 */
export interface SavedForecast {
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
  /** Forgets the forecasts of scenarios not in `scenarioIds` (deleted here or in another tab). */
  keepOnly(scenarioIds: readonly string[]): Promise<void>;
}

/** Keeps the forecasts in memory (results are not copied: nothing changes a finished result). */
export function memoryForecastArchive(): ForecastArchive & { ids(): string[] } {
  const saved = new Map<string, SavedForecast>();
  return {
    ids: () => [...saved.keys()],
    get: async (id) => saved.get(id),
    put: async (id, s) => void saved.set(id, s),
    async keepOnly(ids) {
      for (const id of [...saved.keys()]) if (!ids.includes(id)) saved.delete(id);
    },
  };
}
