import { Worker } from 'node:worker_threads';
import { layoutOf } from '../engine/layout';
import { blockCount } from '../engine/block-plan';
import { mergeAccumulators, type Accumulator } from '../engine/accumulator';
import { runForecast } from '../engine/run';
import { createForecastMerger, finishForecast, type ForecastResult } from '../engine/forecast-result';
import type { WorkerReply } from '../../workers/node-blocks.worker';
import { abortError, progressAt, type ForecastRunner, type RunRequest } from './runner';

/**
 * The command line's runner, beside the page's web-worker pool (worker-pool.ts) and with its
 * interface: a run on `threads` Node worker threads (in this thread for 1), the blocks dealt
 * out round-robin and each merged as it arrives, in memory that does not grow with the
 * iterations. Blocks are seeded by index, so the answer is the same for any number of threads.
 * A run's threads start with it and end with it (or with an abort, or dispose).
 */
export function createNodePool(threads: number): ForecastRunner {
  const live = new Set<Worker>();
  return {
    async run(req: RunRequest): Promise<ForecastResult> {
      const { model, seed, iterations, targets, signal, onProgress } = req;
      const opts = { seed, iterations, targets };
      const start = performance.now();
      const progress = (done: number) => onProgress?.(progressAt(done, iterations, performance.now() - start));
      if (signal?.aborted) throw abortError();
      const k = Math.min(threads, blockCount(iterations));
      // One thread: this one, which an abort cannot interrupt until the run is done.
      if (k <= 1) return runForecast(model, opts, { onProgress: progress });
      const merger = createForecastMerger(model);
      let done = 0;
      const workers = Array.from({ length: k }, (_, w) => new Worker(new URL('../../workers/node-blocks.worker.mjs', import.meta.url), { workerData: { model, opts, first: w, stride: k } }));
      for (const w of workers) live.add(w);
      // One abort listener per run, taken off when the run ends (one signal may serve many runs).
      let abortRun: (e: Error) => void = () => {};
      const aborted = new Promise<never>((_, reject) => (abortRun = reject));
      const onAbort = () => abortRun(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const accumulators = await Promise.race([
          aborted,
          Promise.all(
            workers.map(
              (worker) =>
                new Promise<Accumulator>((resolve, reject) => {
                  worker.on('message', (m: WorkerReply) => {
                    if (m.kind === 'block') {
                      merger.add(m.block);
                      progress((done += m.block.n));
                    } else resolve(m.accumulator);
                  });
                  worker.on('error', reject);
                  worker.on('exit', (code) => code !== 0 && reject(new Error(`a worker thread stopped with code ${code}`)));
                }),
            ),
          ),
        ]);
        return finishForecast(model, opts, mergeAccumulators(layoutOf(model), accumulators), merger);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        for (const w of workers) {
          live.delete(w);
          void w.terminate();
        }
      }
    },
    dispose() {
      for (const w of live) void w.terminate();
      live.clear();
    },
  };
}
