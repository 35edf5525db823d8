import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { createNodePool } from '../../src/client/node-pool';
import { isAbortError, type Progress } from '../../src/client/runner';

const parsed = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8')));
if (!parsed.ok) throw new Error('baseline does not validate');
const valid: ValidScenario = parsed.value;
const request = (iterations: number) => ({ model: valid.model, targets: valid.targets, seed: 11, iterations });

describe('the command line’s runner on Node worker threads', () => {
  it('gives the engine’s numbers for the same seed on one thread and on two, and reports Progress up to the total', async () => {
    const engine = runForecast(valid.model, { seed: 11, iterations: 20_000, targets: valid.targets });
    for (const threads of [1, 2]) {
      const seen: Progress[] = [];
      const r = await createNodePool(threads).run({ ...request(20_000), onProgress: (p) => seen.push(p) });
      expect(r.cells).toEqual(engine.cells);
      expect(seen.map((p) => p.done)).toEqual([5000, 10_000, 15_000, 20_000]);
      expect(seen.every((p) => p.total === 20_000 && p.iterationsPerSecond >= 0)).toBe(true);
    }
  }, 60_000);

  it('an abort rejects with an AbortError, before the run and while its threads work', async () => {
    const before = new AbortController();
    before.abort();
    await expect(createNodePool(2).run({ ...request(10_000), signal: before.signal })).rejects.toSatisfy(isAbortError);
    const during = new AbortController();
    const run = createNodePool(2).run({ ...request(2_000_000), signal: during.signal, onProgress: () => during.abort() });
    await expect(run).rejects.toSatisfy(isAbortError);
  }, 60_000);

  it('a run’s abort listeners end with it: one signal may serve many runs', async () => {
    const ctrl = new AbortController();
    const pool = createNodePool(2);
    for (let k = 0; k < 3; k++) await pool.run({ ...request(10_000), signal: ctrl.signal });
    expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
  }, 60_000);
});
