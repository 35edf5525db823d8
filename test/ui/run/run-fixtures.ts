import baseline from '../../../scenarios/baseline.json';
import { abortError, type ForecastRunner, type RunRequest } from '../../../src/client/runner';
import type { ForecastResult } from '../../../src/engine/run';
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
