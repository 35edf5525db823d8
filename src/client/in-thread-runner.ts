import { createBlockRunner } from '../engine/blocks';
import { blockCount } from '../engine/block-plan';
import { collect, type ForecastResult } from '../engine/forecast-result';
import type { BlockResult } from '../engine/block-plan';
import { abortError, progressAt, type ForecastRunner, type RunRequest } from './runner';

/**
 * Runs the engine in this thread, block by block, yielding to the event loop between blocks
 * so that an abort can be noticed. For Node, tests, and environments without workers.
 */
export function createInThreadRunner(): ForecastRunner {
  return {
    async run(req: RunRequest): Promise<ForecastResult> {
      const { model, seed, iterations, targets, signal, onProgress } = req;
      const runner = createBlockRunner(model, seed, iterations, targets);
      const blocks: BlockResult[] = [];
      const start = performance.now();
      let done = 0;
      for (let b = 0; b < blockCount(iterations); b++) {
        if (signal?.aborted) throw abortError();
        blocks.push(runner.run(b));
        done += blocks[b].n;
        onProgress?.(progressAt(done, iterations, performance.now() - start));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (signal?.aborted) throw abortError();
      return collect(model, { seed, iterations, targets }, [{ accumulator: runner.accumulator, blocks }]);
    },
    dispose() {},
  };
}
