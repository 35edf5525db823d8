import * as Comlink from 'comlink';
import { createBlockRunner, type BlockRunner } from '../src/engine/blocks';
import type { Model } from '../src/engine/model';

/**
 * One engine block runner per worker. The pool calls begin() once per run, then runBlock()
 * for each block it hands this worker, then finish() for the histograms. A factory, so tests
 * can expose several on message channels in one thread.
 */
export function createSimulationApi() {
  let runner: BlockRunner | null = null;
  return {
    begin(model: Model, seed: number | string, iterations: number, targets: Float64Array): void {
      runner = createBlockRunner(model, seed, iterations, targets);
    },
    runBlock(block: number) {
      if (!runner) throw new Error('runBlock before begin');
      const r = runner.run(block);
      const buffers = [r.moments.buffer as ArrayBuffer, r.flowSums.buffer as ArrayBuffer];
      if (r.subsample) buffers.push(r.subsample.x.buffer as ArrayBuffer, r.subsample.out.buffer as ArrayBuffer);
      return Comlink.transfer(r, buffers);
    },
    finish() {
      if (!runner) throw new Error('finish before begin');
      const acc = runner.accumulator;
      runner = null;
      // The bins may be views of one buffer: list each buffer once.
      return Comlink.transfer(acc, [...new Set([acc.meets.buffer, acc.joint.buffer, ...acc.bins.map((b) => b.buffer)])] as ArrayBuffer[]);
    },
  };
}

export type SimulationWorkerApi = ReturnType<typeof createSimulationApi>;

// Only inside a worker: importing this module elsewhere (tests) must not listen on globalThis.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) Comlink.expose(createSimulationApi());
