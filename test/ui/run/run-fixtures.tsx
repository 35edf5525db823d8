import { render } from '@solidjs/testing-library';
import baseline from '../../../scenarios/baseline.json';
import { I18nProvider } from '../../../src/ui/i18n';
import { ForecastContext, type ForecastStore } from '../../../src/ui/run/forecast-store';
import { RunControls } from '../../../src/ui/run/RunControls';
import { abortError, type ForecastRunner, type RunRequest } from '../../../src/client/runner';
import type { ForecastResult } from '../../../src/engine/forecast-result';
import { validateScenario, type ValidScenario } from '../../../src/scenario/parse';

const parsed = validateScenario(baseline);
if (!parsed.ok) throw new Error('baseline does not validate');
/** The baseline, validated. */
export const valid = parsed.value;
/** The baseline with one target changed: other numbers, so another forecast. */
const firstTarget = valid.targets.findIndex((t) => !Number.isNaN(t));
export const changed = (by: number): ValidScenario => ({ ...valid, targets: valid.targets.map((t, i) => (i === firstTarget ? t + by : t)) });

/** A runner that records requests and finishes only when told to, or rejects when aborted. */
export function fakeRunner() {
  const calls: { req: RunRequest; finish(r: ForecastResult): void }[] = [];
  const runner: ForecastRunner = {
    run: (req) => new Promise((resolve, reject) => {
      calls.push({ req, finish: resolve });
      req.signal?.addEventListener('abort', () => reject(abortError()));
    }),
    dispose() {},
  };
  return { runner, calls };
}

/** A stand-in result: the fields the run controls read. */
export const result = (iterations: number) => ({ iterations, seed: '1' }) as unknown as ForecastResult;

/** Renders the run controls (and their status line) in English around the store `make` creates, inside the render's root. */
export function renderControls(make: () => ForecastStore): { store: ForecastStore; unmount(): void } {
  let store!: ForecastStore;
  function Controls() {
    store = make();
    return (
      <ForecastContext.Provider value={store}>
        <RunControls />
      </ForecastContext.Provider>
    );
  }
  const { unmount } = render(() => (
    <I18nProvider lang="en">
      <Controls />
    </I18nProvider>
  ));
  return { store, unmount };
}
