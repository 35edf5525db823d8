import type { BlockResult } from './block-plan';
import { createMomentState, foldMoments, type MomentState } from './moments';

/**
 * Merges block results as they arrive, in any order, into fixed memory: moments are folded
 * in block order (so the result is bit-identical however blocks were spread over workers),
 * with only out-of-order blocks waiting; flow counts are whole numbers, so their order does
 * not matter; only blocks that carry a subsample are kept.
 */
export interface BlockMerger {
  add(block: BlockResult): void;
  /** The moments of the blocks folded in order so far (all of them once every block is in). */
  moments: MomentState;
  /** The blocks' flow counts (see BlockResult.flowSums), summed. */
  flowSums: Float64Array;
  /** Blocks holding a subsample of inputs and outputs (the first ones only). */
  kept: BlockResult[];
  /** Blocks waiting for an earlier one. */
  waiting(): number;
}

export function createBlockMerger(cells: number, flowCounts: number): BlockMerger {
  const pending = new Map<number, BlockResult>();
  let next = 0;
  const merger: BlockMerger = {
    moments: createMomentState(cells),
    flowSums: new Float64Array(flowCounts),
    kept: [],
    waiting: () => pending.size,
    add(block) {
      for (let r = 0; r < flowCounts; r++) merger.flowSums[r] += block.flowSums[r];
      if (block.subsample) merger.kept.push(block);
      pending.set(block.index, block);
      for (let b = pending.get(next); b; b = pending.get(next)) {
        pending.delete(next++);
        foldMoments(merger.moments, b);
      }
    },
  };
  return merger;
}
