import { layoutOf } from '../engine/layout';
import * as Comlink from 'comlink';
import type { SimulationWorkerApi } from '../../workers/simulation.worker';
import { blockCount } from '../engine/block-plan';
import { mergeAccumulators, type Accumulator } from '../engine/accumulator';
import { createForecastMerger, finishForecast, type ForecastResult } from '../engine/forecast-result';
import { SUPERSEDED, abortError, isAbortError, progressAt, type ForecastRunner, type RunRequest } from './runner';

interface Slot {
  worker: Worker;
  api: Comlink.Remote<SimulationWorkerApi>;
  /** Calls to the worker this pool is waiting for (a cancelled worker is terminated if any). */
  busy: number;
}

function spawnSimulationWorker(): Worker {
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
}

/** The most workers a pool starts, however many cores there are. */
export const MAX_WORKERS = 8;

/**
 * One worker per core (at most MAX_WORKERS): a run uses every core, since the page only waits
 * for its numbers meanwhile; the page's own thread runs no block, so it stays responsive (`npm
 * run bench:browser` measures how late its timers run during a 1M run).
 */
export function poolSizeFor(cores: number): number {
  return Math.min(MAX_WORKERS, Math.max(1, cores));
}

/** The pool size for this browser's cores (two where it does not say). */
function defaultPoolSize(): number {
  return poolSizeFor(typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2);
}

/**
 * The one owner of the simulation workers. Each worker pulls the next block index until none
 * are left, so fast workers do more; blocks are seeded from (seed, block), so the answer does
 * not depend on who ran what. One forecast at a time: a new run() replaces the one before
 * (whose block in progress, if any, finishes unseen). Cancelling terminates any worker that
 * is mid-block (a block cannot be interrupted) and replaces it on the next run.
 */
export function createWorkerPool(size = defaultPoolSize(), spawn: () => Worker = spawnSimulationWorker): ForecastRunner {
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let current: AbortController | null = null;
  /** Fails the current run: a worker that cannot load or crashes would otherwise never answer. */
  let failCurrent: ((e: Error) => void) | null = null;

  const slotAt = (i: number): Slot => {
    if (slots[i]) return slots[i];
    const worker = spawn();
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      failCurrent?.(new Error(`simulation worker failed: ${e.message || 'could not start'}`));
    });
    return (slots[i] = { worker, api: Comlink.wrap<SimulationWorkerApi>(worker), busy: 0 });
  };
  const retireAll = () => {
    slots.forEach((s, i) => {
      s?.worker.terminate();
      slots[i] = null;
    });
  };
  const retireBusy = () => {
    slots.forEach((s, i) => {
      if (s && s.busy > 0) {
        s.worker.terminate();
        slots[i] = null;
      }
    });
  };

  async function run(req: RunRequest): Promise<ForecastResult> {
    current?.abort(SUPERSEDED);
    const ctrl = (current = new AbortController());
    const onOuterAbort = () => ctrl.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onOuterAbort);
    if (req.signal?.aborted) ctrl.abort(req.signal.reason);
    const stopped = new Promise<never>((_, reject) => {
      failCurrent = (e) => {
        retireBusy();
        reject(e);
      };
      const stop = () => {
        // A run replaced by a newer one leaves its workers be: a block in progress ends
        // within one block's time, and the newer run's calls queue behind it in the same
        // warm worker, where a fresh worker would have to load and compile the engine again.
        if (ctrl.signal.reason !== SUPERSEDED) retireBusy();
        reject(abortError());
      };
      if (ctrl.signal.aborted) stop();
      else ctrl.signal.addEventListener('abort', stop, { once: true });
    });
    stopped.catch(() => {});
    try {
      return await Promise.race([stopped, runBlocks(req, ctrl.signal, stopped)]);
    } catch (e) {
      if (isAbortError(e)) throw e;
      // One failed block fails the run: stop the other workers, replace them all (the one that
      // failed may be broken), and never hand back a partial result.
      ctrl.abort();
      retireAll();
      throw new Error(`The forecast stopped because a simulation worker failed (${(e as Error).message}); no partial result is shown. Run it again.`);
    } finally {
      req.signal?.removeEventListener('abort', onOuterAbort);
      if (current === ctrl) {
        current = null;
        failCurrent = null;
      }
    }
  }

  async function runBlocks(req: RunRequest, signal: AbortSignal, stopped: Promise<never>): Promise<ForecastResult> {
    const { model, seed, iterations, targets } = req;
    const total = blockCount(iterations);
    const start = performance.now();
    let next = 0;
    let done = 0;
    // Blocks are merged as they arrive, so memory does not grow with the iterations.
    const merger = createForecastMerger(model);
    const call = async <T>(slot: Slot, f: () => Promise<T>): Promise<T> => {
      // A cancelled run must not send more work: its worker may already serve the next run.
      if (signal.aborted) throw abortError();
      slot.busy++;
      try {
        return await Promise.race([stopped, f()]);
      } finally {
        slot.busy--;
      }
    };
    const drive = async (i: number) => {
      const slot = slotAt(i);
      await call(slot, () => slot.api.begin(model, seed, iterations, targets));
      while (next < total && !signal.aborted) {
        const b = next++;
        const r = await call(slot, () => slot.api.runBlock(b));
        merger.add(r);
        done += r.n;
        req.onProgress?.(progressAt(done, iterations, performance.now() - start));
      }
      return call(slot, (): Promise<Accumulator> => slot.api.finish());
    };
    const accumulators = await Promise.all(slots.slice(0, Math.min(slots.length, total)).map((_, i) => drive(i)));
    if (signal.aborted) throw abortError();
    return finishForecast(model, { seed, iterations, targets }, mergeAccumulators(layoutOf(model), accumulators), merger);
  }

  return {
    run,
    dispose() {
      current?.abort();
      retireAll();
    },
  };
}
