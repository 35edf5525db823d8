import { layoutOf } from '../engine/layout';
import { Worker } from 'node:worker_threads';
import type { Model } from '../engine/model';
import { blockCount } from '../engine/block-plan';
import { mergeAccumulators, type Accumulator } from '../engine/accumulator';
import { runForecast } from '../engine/run';
import { createForecastMerger, finishForecast, type ForecastResult, type RunOptions } from '../engine/forecast-result';
import type { WorkerReply } from '../../workers/node-blocks.worker';

/**
 * Runs a forecast on `workers` Node worker threads (or in this thread for 1), dealing the
 * blocks out round-robin and merging each block as it arrives. Blocks are seeded by index,
 * so the answer is the same for any number of workers. `onProgress` gets the iterations done.
 */
export async function runOnThreads(model: Model, opts: RunOptions, workers: number, onProgress: (done: number) => void): Promise<ForecastResult> {
  const k = Math.min(workers, blockCount(opts.iterations));
  if (k <= 1) return runForecast(model, opts, { onProgress });
  const merger = createForecastMerger(model);
  let done = 0;
  const accumulators = await Promise.all(
    Array.from({ length: k }, (_, w) =>
      new Promise<Accumulator>((resolve, reject) => {
        const worker = new Worker(new URL('../../workers/node-blocks.worker.mjs', import.meta.url), {
          workerData: { model, opts, first: w, stride: k },
        });
        worker.on('message', (m: WorkerReply) => {
          if (m.kind === 'block') {
            merger.add(m.block);
            onProgress((done += m.block.n));
          } else resolve(m.accumulator);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`a worker thread stopped with code ${code}`)));
      }),
    ),
  );
  return finishForecast(model, opts, mergeAccumulators(layoutOf(model), accumulators), merger);
}
