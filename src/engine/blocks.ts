import { totalSeats, type Model } from './model';
import { iterationStreams } from './rng';
import { layoutOf } from './layout';
import { accumulate, createAccumulator, type Accumulator } from './accumulator';
import { countJoint, createJointCounter } from './joint';
import { addMoments, createMoments } from './moments';
import { createInputSampler } from './inputs';
import { inputUniforms } from './design/input-uniforms';
import { createSimulator } from './simulate';
import { BLOCK_SIZE, SUBSAMPLE_SIZE, blockLength, type BlockResult } from './block-plan';

export interface BlockRunner {
  /**
   * Runs a block; `outputs` (n × cells) and `inputs` (n × inputs), if given, receive every
   * iteration's cells and programme-level inputs (for paired comparisons and conditioning).
   */
  run(block: number, outputs?: Float64Array, inputs?: Float64Array): BlockResult;
  accumulator: Accumulator;
}

/**
 * Runs blocks of one forecast. Block b draws from generators seeded with (seed, b) only,
 * so any assignment of blocks to workers gives the same numbers; the accumulator sums the
 * histograms of every block this runner ran. Each programme-level input has its own stream
 * (see inputUniforms), so scenarios that share an input share its draws.
 */
export function createBlockRunner(model: Model, seed: number | string, iterations: number, targets: Float64Array): BlockRunner {
  const simulator = createSimulator(model);
  const layout = layoutOf(model);
  const cells = layout.cells;
  const amountCells = layout.liveMoments.slice();
  const k = model.inputs.length;
  const x = new Float64Array(k);
  const sampleInputs = createInputSampler(model, x);
  const accumulator = createAccumulator(layout, totalSeats(model));
  const out = new Float64Array(cells);
  // Counts into the accumulator's own joint counts, so they travel and merge with it.
  const joint = { ...createJointCounter(layout, targets), met: accumulator.joint };

  // Fixed inputs need no draws.
  const paths = model.inputs.map((i) => (i.dist.type === 'fixed' ? null : i.path));
  const design = model.sampling ?? { method: 'monte-carlo' as const };
  const uniforms = new Float64Array(BLOCK_SIZE * k);

  function run(block: number, outputs?: Float64Array, inputs?: Float64Array): BlockResult {
    const n = blockLength(iterations, block);
    const first = block * BLOCK_SIZE;
    const u = inputUniforms(paths, seed, block, n, design, uniforms);
    const streams = iterationStreams(seed, block);
    const moments = createMoments(cells);
    const keep = Math.max(0, Math.min(n, SUBSAMPLE_SIZE - first));
    const subsample = keep > 0 ? { x: new Float64Array(keep * k), out: new Float64Array(keep * cells) } : undefined;
    simulator.flowTotals.fill(0);
    for (let i = 0; i < n; i++) {
      sampleInputs(u, i, x);
      streams.start(i);
      simulator.iterate(x, streams, out);
      accumulate(accumulator, out, targets);
      countJoint(joint, out);
      addMoments(moments, i === 0, out, amountCells);
      if (outputs) outputs.set(out, i * cells);
      if (inputs) inputs.set(x, i * k);
      if (subsample && i < keep) {
        subsample.x.set(x, i * k);
        subsample.out.set(out, i * cells);
      }
    }
    return { index: block, n, moments, flowSums: simulator.flowTotals.slice(), subsample };
  }
  return { run, accumulator };
}
