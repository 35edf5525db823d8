import seedrandom from 'seedrandom';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A source of uniform numbers in [0, 1). Every sampler takes one; none uses a global. */
export type Rng = () => number;

/**
 * The generator for one block of iterations, seeded from (seed, block index) so that a
 * block gives the same numbers whichever worker runs it. xor4096 is about twice as fast
 * as alea here and far faster than seedrandom's default ARC4.
 */
export function blockRng(seed: number | string, blockIndex: number): Rng {
  return seedrandom.xor4096(`${seed}/${blockIndex}`);
}

/**
 * The company-level draws of a block: one stream per iteration, restarted by `start(i)`.
 * A fresh stream per iteration keeps two scenarios' draws in step from the start of every
 * iteration (common random numbers for paired comparisons), instead of drifting apart for
 * the rest of the block after their first differing draw.
 */
export interface IterationStreams {
  /** The current iteration's stream (the same function for every block and run; see sharedRng). */
  rng: Rng;
  /** Restarts `rng` as iteration i's stream. */
  start(i: number): void;
}

const TWO_POW_MINUS_32 = 2 ** -32;
const GOLDEN = 0x9e3779b9;

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Every stream of a thread runs on this one generator, and `sharedRng` is the one function
 * that draws from it: the samplers' calls to `rng()` then always meet the same function,
 * which the JIT inlines once and for all, where a new closure per block or per run made it
 * throw away its optimised code each time. Iterations run to the end without yielding, so
 * streams in one thread never interleave; draw only from the stream started last.
 */
let shared: RandomGenerator = xoroshiro128plusFromState([1, 0, 0, 0]);
/** The next state, filled in place: a restart then allocates only the generator itself. */
const state = [0, 0, 0, 0];
const sharedRng: Rng = () => (shared.next() >>> 0) * TWO_POW_MINUS_32;

/**
 * Per-iteration streams of a block, keyed by (seed, block index). seedrandom turns the
 * seed into four 32-bit block keys; iteration i's 128-bit state is those keys hashed with
 * i, and pure-rand's xoroshiro128+ runs from it. Restarting costs four hashes and one small
 * object, where seeding a seedrandom generator per iteration cost most of a microsecond
 * (a sixth of an iteration). The uniforms have 32-bit resolution, as seedrandom's do.
 */
export function iterationStreams(seed: number | string, blockIndex: number): IterationStreams {
  const keys = seedrandom.xor4096(`${seed}/${blockIndex}/fates`);
  const k0 = keys.int32();
  const k1 = keys.int32();
  const k2 = keys.int32();
  const k3 = keys.int32();
  return {
    rng: sharedRng,
    start(i: number) {
      const h = Math.imul(i + 1, GOLDEN);
      // xoroshiro128+ needs a state that is not all zero; four independent hashes are all zero with probability 2^-128.
      state[0] = fmix32(k0 ^ h);
      state[1] = fmix32(k1 + h);
      state[2] = fmix32(k2 ^ fmix32(h));
      state[3] = fmix32(k3 - h) | 1;
      shared = xoroshiro128plusFromState(state);
    },
  };
}
