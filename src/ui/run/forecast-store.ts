import { batch, createContext, createEffect, createSignal, on, onCleanup, useContext, type Accessor } from 'solid-js';
import type { ForecastResult } from '../../engine/forecast-result';
import type { ValidScenario } from '../../scenario/parse';
import { SUPERSEDED, isAbortError, type ForecastRunner, type Progress } from '../../client/runner';
import type { ForecastArchive } from '../store/forecast-archive';
import { createKeptForecasts } from './kept-forecasts';
import { inputsKey, sameForecastInputs } from './forecast-inputs';
import { createWithActuals } from './with-actuals';
import { createRunSettings, type RunSettingsStore } from './run-settings';
import { FORECAST_FORMAT } from '../../engine/forecast-result';

const idList = (id: string | null): string[] => (id === null ? [] : [id]);

export const QUICK_ITERATIONS = 20_000;
/**
 * How long an edit made while a run is in flight waits before its quick forecast starts (with
 * none in flight it starts at once): long enough to take a paste, or a held-down key repeating
 * faster than 25 times a second, as one edit; short enough not to be felt. Slower repeats
 * each start a quick run, and each replaces the one before at the cost of at most one block
 * in the worker (see SUPERSEDED), so a longer wait would only delay the numbers.
 */
export const QUICK_DELAY_MS = 40;
/** The progress bar and its figures change at most this often. */
const PROGRESS_INTERVAL_MS = 250;
export const ITERATION_PRESETS = [10_000, 100_000, 1_000_000] as const;

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A finished forecast and what it was computed from. */
export interface Forecast {
  result: ForecastResult;
  scenario: ValidScenario;
  seconds: number;
  /** When it was computed (ms since 1970). */
  computedAt: number;
  /** The quick forecast that follows the planner's edits, not a full run. */
  quick?: boolean;
  /** Shown again from the full runs kept in the browser (one of an earlier visit, or of this one after an edit was undone), not just computed. */
  saved?: boolean;
  /** Conditioned on the scenario's actuals (the forecast with actuals): what they are and how much the weights are worth. */
  conditioned?: ActualsUsed;
}

/** The actuals a conditioned forecast used. */
export interface ActualsUsed {
  /** The actuals' reporting date (YYYY-MM-DD), if they give one. */
  asOf?: string;
  observations: number;
  rates: number;
  effectiveSampleSize: number;
}

/** Conditions a forecast on its scenario's actuals with the same seed and iterations (the analysis worker's job). */
export type Conditioner = (scenario: ValidScenario, seed: number | string, iterations: number, signal: AbortSignal) => Promise<{ result: ForecastResult; effectiveSampleSize: number }>;

/** Where a store keeps each scenario's last full forecast, and which scenario is open; and where the run settings are kept. */
export interface ForecastKeeping {
  archive?: ForecastArchive;
  /** The store id of the scenario being edited. */
  scenarioId: Accessor<string | null>;
  runSettings?: RunSettingsStore;
  /** For the forecast with actuals; without it the switch is not offered. */
  condition?: Conditioner;
}

/** A run in progress: what it forecasts (kept up to date through edits that do not change the numbers). */
interface ActiveRun {
  ctrl: AbortController;
  scenario: ValidScenario;
  /** The store ids of the scenarios it forecasts: the one it started for, and any with the same numbers opened meanwhile. */
  scenarioIds: Set<string>;
  iterations: number;
  quick: boolean;
}

/**
 * The forecast shown on screen and the run in progress. A quick forecast reruns, debounced,
 * whenever `scenario()` changes to a new valid scenario whose model or targets differ; a
 * full run is started by the planner. An edit that changes the numbers stops a full run in
 * progress (its result would be out of date) and says so (`stoppedByEdit`); an edit that
 * does not (a note, a name) leaves runs and the forecast as they are, now for the edited
 * scenario. A failed or cancelled run leaves the last forecast in place.
 */
export function createForecastStore(runner: ForecastRunner, scenario: Accessor<ValidScenario | null>, keeping?: ForecastKeeping) {
  const [forecast, setForecast] = createSignal<Forecast | null>(null);
  const [status, setStatus] = createSignal<RunStatus>('idle');
  const [progress, setProgress] = createSignal<Progress | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  // The planner's run size and seed outlast a reload.
  const { iterations, setIterations, seed, setSeed } = createRunSettings(keeping?.runSettings);
  /** The iterations of a full run that an edit stopped, until the next full run or cancel. */
  const [stoppedByEdit, setStoppedByEdit] = createSignal<number | null>(null);
  // Each scenario's last full run, kept in the browser; one that could not be kept is said while it is on screen.
  const kept = createKeptForecasts(keeping?.archive);
  const keepFailed = () => {
    const f = kept.failure();
    return f !== null && forecast()?.computedAt === f.computedAt && !forecast()?.saved ? f.message : null;
  };
  let active: ActiveRun | null = null;
  const scenarioId = () => keeping?.scenarioId() ?? null;

  async function run(valid: ValidScenario, n: number, quick: boolean): Promise<void> {
    active?.ctrl.abort(SUPERSEDED);
    const ctrl = new AbortController();
    const me: ActiveRun = (active = { ctrl, scenario: valid, scenarioIds: new Set(idList(scenarioId())), iterations: n, quick });
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
          if (me !== active) return;
          // A few updates a second read well; each one costs the page a layout and a paint while the workers need the CPU.
          const now = performance.now();
          if (now - shownAt < PROGRESS_INTERVAL_MS && p.done < p.total) return;
          shownAt = now;
          setProgress(p);
        },
      });
      if (me !== active) return;
      const shown: Forecast = { result, scenario: me.scenario, seconds: (performance.now() - start) / 1000, computedAt: Date.now(), ...(quick ? { quick } : {}) };
      batch(() => {
        setForecast(shown);
        setStatus('done');
      });
      if (!quick) kept.keep(me.scenarioIds, { format: FORECAST_FORMAT, inputs: inputsKey(shown.scenario), result: shown.result, seconds: shown.seconds, computedAt: shown.computedAt });
    } catch (e) {
      if (me !== active) return;
      batch(() => {
        setStatus(isAbortError(e) ? 'cancelled' : 'error');
        if (!isAbortError(e)) setError(e instanceof Error ? e.message : String(e));
      });
    } finally {
      if (me === active) active = null;
    }
  }

  /**
   * Stops the run in progress: the forecast on screen already matches the assumptions. A full
   * run stopped so is reported (`stoppedByEdit`), a quick one is not.
   */
  function dropActive(): void {
    const stopped = active;
    if (!stopped) return;
    active = null;
    stopped.ctrl.abort(SUPERSEDED);
    if (!stopped.quick) setStoppedByEdit(stopped.iterations);
    setStatus(forecast() ? 'done' : 'idle');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Raised whenever a due quick forecast is called off (a newer change, a full run, the end): a wait for a kept forecast then ends in nothing. */
  let dueToken = 0;
  /** A quick run is due (an edit's wait has not ended). */
  const [due, setDue] = createSignal(false);
  const clearDue = () => {
    clearTimeout(timer);
    dueToken++;
    setDue(false);
  };
  createEffect(on(scenario, (valid) => {
    clearDue();
    // No scenario left (the last one deleted): a run in progress has nothing to forecast.
    if (!valid) return dropActive();
    const shown = forecast();
    const shownFits = shown !== null && sameForecastInputs(shown.scenario, valid);
    if (active && sameForecastInputs(active.scenario, valid)) {
      // Nothing to compute anew: the run goes on, now for this scenario, and so does the forecast on screen if it has the same numbers.
      active.scenario = valid;
      for (const id of idList(scenarioId())) active.scenarioIds.add(id);
      if (shownFits) setForecast({ ...shown, scenario: valid });
      return;
    }
    if (shownFits) {
      // Back to the numbers on screen (or a note edited): nothing to compute.
      return batch(() => {
        dropActive();
        setForecast({ ...shown, scenario: valid });
      });
    }
    setDue(true);
    // The scenario's last full forecast, if it was kept in the browser and fits, is shown
    // again rather than computed anew at the quick size (a reload, a return to the scenario,
    // an edit undone).
    const id = scenarioId();
    const read = kept.read(id);
    const token = dueToken;
    const update = () => {
      if (token !== dueToken) return;
      setDue(false);
      const saved = kept.fitting(id, inputsKey(valid));
      if (saved) {
        return batch(() => {
          dropActive();
          setForecast({ result: saved.result, scenario: valid, seconds: saved.seconds, computedAt: saved.computedAt, saved: true });
          setStatus('done');
          setError(null);
        });
      }
      if (active && !active.quick) setStoppedByEdit(active.iterations);
      void run(valid, QUICK_ITERATIONS, true);
    };
    // With no run in flight there is nothing to replace: start at once (in a task of its own, so
    // that changes made together are one edit); a newer edit during a run waits the debounce.
    timer = setTimeout(() => (read ? void read.then(update) : update()), active ? QUICK_DELAY_MS : 0);
  }));
  onCleanup(() => {
    clearDue();
    active?.ctrl.abort();
  });


  // The forecast with actuals, while switched on.
  const actuals = createWithActuals(forecast, keeping?.condition);
  const { withActuals, setWithActuals, conditioning } = actuals;

  return {
    state: {
      forecast: actuals.shown, status, progress, error, iterations, seed, stoppedByEdit, keepFailed,
      /** The forecast without actuals, whether or not the one with them is shown (the flow diagram's). */
      plainForecast: forecast,
      withActuals,
      /** The forecast with actuals is being computed, or failed (with why). */
      conditioning,
      /** Whether the forecast with actuals can be offered: a conditioner, and actuals in the forecast's scenario. */
      actualsOffered: actuals.offered,
      /** The forecast on screen was computed from another scenario than the current one. */
      stale: () => forecast() !== null && forecast()!.scenario !== scenario(),
      /** A forecast is due or being computed: a stale one on screen is about to be replaced. */
      updating: () => due() || status() === 'running',
    },
    actions: {
      setIterations, setSeed, setWithActuals,
      /** Runs the current scenario with the chosen iterations and seed. */
      runFull: () => {
        const valid = scenario();
        clearDue();
        setStoppedByEdit(null);
        if (valid) void run(valid, iterations(), false);
      },
      cancel: () => {
        setStoppedByEdit(null);
        active?.ctrl.abort();
      },
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
