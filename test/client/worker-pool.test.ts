import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { createInThreadRunner } from '../../src/client/in-thread-runner';
import { createWorkerPool } from '../../src/client/worker-pool';
import { SUPERSEDED, isAbortError, type Progress } from '../../src/client/runner';
import { createSimulationApi } from '../../workers/simulation.worker';

const parsed = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8')));
if (!parsed.ok) throw new Error('baseline does not validate');
const valid: ValidScenario = parsed.value;
const request = (iterations: number, seed: string | number = 7) => ({ model: valid.model, targets: valid.targets, seed, iterations });
const engine = runForecast(valid.model, { seed: 7, iterations: 12_000, targets: valid.targets });

/** A stand-in for a Worker: the real worker api, exposed on a message channel in this thread. */
function fakeWorker(): Worker {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createSimulationApi(), port1 as unknown as Comlink.Endpoint);
  return Object.assign(port2, { terminate: () => { port1.close(); port2.close(); } }) as unknown as Worker;
}

/** fakeWorker, counting the workers made and terminated. */
function countingWorkers() {
  const count = { spawned: 0, terminated: 0 };
  const spawn = () => {
    count.spawned++;
    const w = fakeWorker();
    const terminate = w.terminate.bind(w);
    return Object.assign(w, { terminate: () => (count.terminated++, terminate()) });
  };
  return { count, spawn };
}

describe('in-thread runner', () => {
  it('gives the numbers of the engine run for the same seed', async () => {
    const r = await createInThreadRunner().run(request(12_000));
    expect(r.cells).toEqual(engine.cells);
    expect(r.routeMeans).toEqual(engine.routeMeans);
  });

  it('reports progress after each block and stops when aborted', async () => {
    const ctrl = new AbortController();
    const seen: Progress[] = [];
    const run = createInThreadRunner().run({ ...request(50_000), signal: ctrl.signal, onProgress: (p) => { seen.push(p); if (p.done >= 10_000) ctrl.abort(); } });
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(seen.map((p) => p.done)).toEqual([5_000, 10_000]);
    expect(seen[1].total).toBe(50_000);
  });
});

describe('worker pool', () => {
  it('gives the same numbers however many workers share the blocks', async () => {
    for (const size of [1, 3]) {
      const pool = createWorkerPool(size, fakeWorker);
      const r = await pool.run(request(12_000));
      expect(r.cells).toEqual(engine.cells);
      expect(r.iterations).toBe(12_000);
      pool.dispose();
    }
  });

  it('reports progress up to the total', async () => {
    const pool = createWorkerPool(2, fakeWorker);
    const seen: Progress[] = [];
    await pool.run({ ...request(20_000), onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([5_000, 10_000, 15_000, 20_000]);
    expect(seen.at(-1)!.secondsLeft).toBe(0);
    pool.dispose();
  });

  it('stops at once when aborted, and runs again afterwards', async () => {
    const pool = createWorkerPool(2, fakeWorker);
    const ctrl = new AbortController();
    const run = pool.run({ ...request(1_000_000), signal: ctrl.signal, onProgress: () => ctrl.abort() });
    await expect(run).rejects.toSatisfy(isAbortError);
    const again = await pool.run(request(12_000));
    expect(again.cells).toEqual(engine.cells);
    pool.dispose();
  });

  it('replaces the previous run when a new one starts, in the same warm workers', async () => {
    const { count, spawn } = countingWorkers();
    const pool = createWorkerPool(2, spawn);
    const first = pool.run(request(1_000_000));
    await new Promise((r) => setTimeout(r, 50)); // the first run's blocks are under way
    const second = pool.run(request(12_000));
    await expect(first).rejects.toSatisfy(isAbortError);
    expect((await second).cells).toEqual(engine.cells);
    expect([count.spawned, count.terminated]).toEqual([2, 0]);

    // A planner's cancel still stops the workers at once.
    const ctrl = new AbortController();
    const third = pool.run({ ...request(1_000_000), signal: ctrl.signal });
    await new Promise((r) => setTimeout(r, 50));
    ctrl.abort();
    await expect(third).rejects.toSatisfy(isAbortError);
    expect(count.terminated).toBe(2);
    pool.dispose();
  });

  it('replaces a run whose signal says it was superseded without stopping its workers', async () => {
    const { count, spawn } = countingWorkers();
    const pool = createWorkerPool(1, spawn);
    const ctrl = new AbortController();
    const first = pool.run({ ...request(1_000_000), signal: ctrl.signal });
    await new Promise((r) => setTimeout(r, 50));
    ctrl.abort(SUPERSEDED);
    await expect(first).rejects.toSatisfy(isAbortError);
    expect((await pool.run(request(12_000))).cells).toEqual(engine.cells);
    expect(count.terminated).toBe(0);
    pool.dispose();
  });
});

describe('worker pool faults', () => {
  /** A worker whose block runs throw, as a worker with a bug or out of memory would. */
  function faultyWorker(): Worker {
    const { port1, port2 } = new MessageChannel();
    const api = { ...createSimulationApi(), runBlock: () => { throw new Error('out of memory'); } };
    Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
    return Object.assign(port2, { terminate: () => { port1.close(); port2.close(); } }) as unknown as Worker;
  }

  it('fails the run with a clear message, never a partial result, and the next run works', async () => {
    let spawned = 0;
    const pool = createWorkerPool(1, () => (spawned++ === 0 ? faultyWorker() : fakeWorker()));
    await expect(pool.run(request(12_000))).rejects.toThrow(/simulation worker failed \(out of memory\); no partial result is shown/);
    const again = await pool.run(request(12_000));
    expect(again.cells).toEqual(engine.cells);
    pool.dispose();
  });
});
