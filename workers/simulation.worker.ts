import * as Comlink from 'comlink';
import { createBlockRunner, type BlockRunner } from '../src/engine/blocks';
import type { Model } from '../src/engine/model';

/**
 * One engine block runner per worker. The pool calls begin() once per run, then runBlock()
 * for each block it hands this worker, then finish() for the histograms.
 */
let runner: BlockRunner | null = null;

const api = {
  begin(model: Model, seed: number | string, iterations: number, targets: Float64Array): void {
    runner = createBlockRunner(model, seed, iterations, targets);
  },
  runBlock(block: number) {
    if (!runner) throw new Error('runBlock before begin');
    const r = runner.run(block);
    const buffers = [r.moments.buffer as ArrayBuffer, r.routeSums.buffer as ArrayBuffer];
    if (r.subsample) buffers.push(r.subsample.x.buffer as ArrayBuffer, r.subsample.out.buffer as ArrayBuffer);
    return Comlink.transfer(r, buffers);
  },
  finish() {
    if (!runner) throw new Error('finish before begin');
    const acc = runner.accumulator;
    runner = null;
    // The bins may be views of one shared buffer: list each buffer once.
    const buffers = new Set([acc.meets.buffer as ArrayBuffer, ...acc.bins.map((b) => b.buffer as ArrayBuffer)]);
    return Comlink.transfer(acc, [...buffers]);
  },
};

export type SimulationWorkerApi = typeof api;

Comlink.expose(api);
