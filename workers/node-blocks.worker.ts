import { parentPort, workerData } from 'node:worker_threads';
import { blockCount, createBlockRunner, type BlockResult } from '../src/engine/blocks';
import type { Accumulator } from '../src/engine/accumulator';
import type { Model } from '../src/engine/model';
import type { RunOptions } from '../src/engine/run';

/** Node worker thread for the command line: runs every `stride`-th block from `first`. */
export type WorkerReply = { kind: 'progress'; n: number } | { kind: 'done'; accumulator: Accumulator; blocks: BlockResult[] };

const { model, opts, first, stride } = workerData as { model: Model; opts: RunOptions; first: number; stride: number };
const runner = createBlockRunner(model, opts.seed, opts.iterations, opts.targets);
const blocks: BlockResult[] = [];
for (let b = first; b < blockCount(opts.iterations); b += stride) {
  blocks.push(runner.run(b));
  parentPort!.postMessage({ kind: 'progress', n: blocks[blocks.length - 1].n } satisfies WorkerReply);
}
parentPort!.postMessage({ kind: 'done', accumulator: runner.accumulator, blocks } satisfies WorkerReply);
