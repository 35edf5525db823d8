import { batch, createContext, createEffect, createSignal, on, onCleanup, useContext, type Accessor } from 'solid-js';
import type { ForecastResult } from '../../engine/run';
import type { ValidScenario } from '../../scenario/parse';
import { SUPERSEDED, isAbortError, type ForecastRunner, type Progress } from '../../client/runner';

export const QUICK_ITERATIONS = 20_000;
/**
 * How long an edit waits before its quick forecast starts: long enough to take a paste, or
 * a held-down key repeating faster than 25 times a second, as one edit; short enough not to
 * be felt. Slower repeats each start a quick run, and each replaces the one before at the
 * cost of at most one block in the worker (see SUPERSEDED), so a longer wait would only
 * delay the numbers.
 */
export const QUICK_DELAY_MS = 40;
/** The progress bar and its figures change at most this often. */
export const PROGRESS_INTERVAL_MS = 250;
export const ITERATION_PRESETS = [10_000, 100_000, 1_000_000] as const;
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 100_000_000;

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A finished forecast and what it was computed from. */
export interface Forecast {
  result: ForecastResult;
  scenario: ValidScenario;
  seconds: number;
}

/**
 * The forecast shown on screen and the run in progress. A quick forecast reruns, debounced,
 * whenever `scenario()` changes to a new valid scenario; a full run is started by the planner.
 * A failed or cancelled run leaves the last forecast in place.
 */
export function createForecastStore(runner: ForecastRunner, scenario: Accessor<ValidScenario | null>) {
  const [forecast, setForecast] = createSignal<Forecast | null>(null);
  const [status, setStatus] = createSignal<RunStatus>('idle');
  const [progress, setProgress] = createSignal<Progress | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [iterations, setIterations] = createSignal(100_000);
  const [seed, setSeed] = createSignal('1');
  let controller: AbortController | null = null;

  async function run(valid: ValidScenario, n: number): Promise<void> {
    controller?.abort(SUPERSEDED);
    const ctrl = (controller = new AbortController());
    batch(() => {
      setStatus('running');
      setProgress({ done: 0, total: n, iterationsPerSecond: 0, secondsLeft: Infinity });
      setError(null);
    });
    const start = performance.now();
    let shownAt = -Infinity;
    try {
      const result = await runner.run({
        model: valid.model, targets: valid.targets, seed: seed(), iterations: n, signal: ctrl.signal,
        onProgress: (p) => {
          if (ctrl !== controller) return;
          // A few updates a second read well; each one costs the page a layout and a paint while the workers need the CPU.
          const now = performance.now();
          if (now - shownAt < PROGRESS_INTERVAL_MS && p.done < p.total) return;
          shownAt = now;
          setProgress(p);
        },
      });
      if (ctrl !== controller) return;
      batch(() => {
        setForecast({ result, scenario: valid, seconds: (performance.now() - start) / 1000 });
        setStatus('done');
      });
    } catch (e) {
      if (ctrl !== controller) return;
      batch(() => {
        setStatus(isAbortError(e) ? 'cancelled' : 'error');
        if (!isAbortError(e)) setError(e instanceof Error ? e.message : String(e));
      });
    } finally {
      if (ctrl === controller) controller = null;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(on(scenario, (valid) => {
    clearTimeout(timer);
    if (valid) timer = setTimeout(() => void run(valid, QUICK_ITERATIONS), QUICK_DELAY_MS);
  }));
  onCleanup(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  return {
    state: {
      forecast, status, progress, error, iterations, seed,
      /** The forecast on screen was computed from another scenario than the current one. */
      stale: () => forecast() !== null && forecast()!.scenario !== scenario(),
    },
    actions: {
      setIterations, setSeed,
      /** Runs the current scenario with the chosen iterations and seed. */
      runFull: () => {
        const valid = scenario();
        clearTimeout(timer);
        if (valid) void run(valid, iterations());
      },
      cancel: () => controller?.abort(),
    },
  };
}

export type ForecastStore = ReturnType<typeof createForecastStore>;

export const ForecastContext = createContext<ForecastStore>();

export function useForecast(): ForecastStore {
  const store = useContext(ForecastContext);
  if (!store) throw new Error('useForecast outside ForecastContext');
  return store;
}
