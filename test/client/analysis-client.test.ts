import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/parse';
import { comparePaired } from '../../src/engine/analysis/paired';
import { solveForTarget } from '../../src/engine/analysis/solve';
import { HORIZONS, cellIndex, indicatorIndex } from '../seed-layout';
import { createAnalysisClient } from '../../src/client/analysis-client';
import { isAbortError } from '../../src/client/runner';
import { api } from '../../workers/analysis.worker';

const load = (f: string) => {
  const p = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${f}.json`), 'utf8')));
  if (!p.ok) throw new Error(`${f} does not validate`);
  return p.value;
};
const a = load('baseline');
const b = load('evidence');
const growthTotal = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));

/** Stand-ins for workers: the real api on a message channel in this thread, counted, with terminate recorded. */
function fakeWorkers() {
  const made: { terminated: boolean }[] = [];
  const spawn = () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
    const record = { terminated: false };
    made.push(record);
    return Object.assign(port2, { terminate: () => { record.terminated = true; port1.close(); port2.close(); } }) as unknown as Worker;
  };
  return { spawn, made };
}

describe('analysis client', () => {
  it('compares through the worker with the numbers of the engine, reporting progress per block', async () => {
    const { spawn, made } = fakeWorkers();
    const client = createAnalysisClient(spawn);
    const seen: number[] = [];
    const c = await client.compare({ scenarios: [a, b], reference: 0, seed: 3, iterations: 10_000, onProgress: (d) => seen.push(d) });
    const engine = comparePaired([a.model, b.model], [a.targets, b.targets], { seed: 3, iterations: 10_000 }, 0);
    expect(c.differences[1]![growthTotal]).toEqual(engine.differences[1]![growthTotal]);
    expect(c.results[1].cells).toEqual(engine.results[1].cells);
    expect(c.accumulators[1]!.positive[growthTotal]).toEqual(engine.accumulators[1]!.positive[growthTotal]);
    await new Promise((r) => setTimeout(r, 0)); // progress messages arrive after the result
    expect(seen).toEqual([5_000, 10_000]);
    // One call per worker: it is retired once it answers.
    expect(made.map((m) => m.terminated)).toEqual([true]);
  });

  it('cancels: the call rejects with an AbortError, its worker is terminated, the next call gets a new one', async () => {
    const { spawn, made } = fakeWorkers();
    const client = createAnalysisClient(spawn);
    const ctrl = new AbortController();
    const req = { ...a, seed: 1, iterations: 5000, request: { cell: growthTotal, confidence: 0.8, path: 'activities.A1.routing.proceed', bounds: [0, 1] as [number, number], steps: 4 } };
    const first = client.solve({ ...req, signal: ctrl.signal });
    ctrl.abort();
    await expect(first).rejects.toSatisfy(isAbortError);
    expect(made[0].terminated).toBe(true);
    const second = await client.solve(req);
    expect(made.length).toBe(2);
    expect(second).toEqual(solveForTarget(a.model, { seed: 1, iterations: 5000, targets: a.targets }, req.request));
  });

  it('a new call of the same kind cancels the one before; other kinds run on', async () => {
    const { spawn } = fakeWorkers();
    const client = createAnalysisClient(spawn);
    const opts = { scenarios: [a, b], reference: 0, seed: 1, iterations: 5000 };
    const first = client.compare(opts);
    const other = client.sensitivity({ ...a, cell: growthTotal, seed: 1, iterations: 1000 });
    const second = client.compare(opts);
    await expect(first).rejects.toSatisfy(isAbortError);
    await expect(second).resolves.toHaveProperty('reference', 0);
    await expect(other).resolves.toHaveProperty('inputs');
    client.dispose();
  });
});
