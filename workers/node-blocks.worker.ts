import { parentPort, workerData } from 'node:worker_threads';
import { createBlockRunner } from '../src/engine/blocks';
import { blockCount, type BlockResult } from '../src/engine/block-plan';
import type { Accumulator } from '../src/engine/accumulator';
import type { Model } from '../src/engine/model';
import type { RunOptions } from '../src/engine/forecast-result';

/**
 * Node worker thread for the command line: runs every `stride`-th block from `first`, sends
 * each block's result as soon as it is done (so the parent merges them in fixed memory),
 * then its histograms.
 */
export type WorkerReply = { kind: 'block'; block: BlockResult } | { kind: 'done'; accumulator: Accumulator };

const { model, opts, first, stride } = workerData as { model: Model; opts: RunOptions; first: number; stride: number };
const runner = createBlockRunner(model, opts.seed, opts.iterations, opts.targets);
for (let b = first; b < blockCount(opts.iterations); b += stride) {
  parentPort!.postMessage({ kind: 'block', block: runner.run(b) } satisfies WorkerReply);
}
parentPort!.postMessage({ kind: 'done', accumulator: runner.accumulator } satisfies WorkerReply);
