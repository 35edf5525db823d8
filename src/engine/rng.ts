import seedrandom from 'seedrandom';

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

/** A 32-bit key for a block's per-iteration streams, from (seed, block index). */
export function blockKey(seed: number | string, blockIndex: number): number {
  return seedrandom.xor4096(`${seed}/${blockIndex}/fates`).int32();
}

/**
 * The stream for the company-level draws of iteration i of a block. A fresh stream per
 * iteration keeps two scenarios' draws in step from the start of every iteration (common
 * random numbers for paired comparisons), instead of drifting apart for the rest of the
 * block after their first differing draw. xor128 seeds from an integer in under a
 * microsecond; the key is spread over the iterations by the golden-ratio constant.
 */
export function iterationRng(key: number, i: number): Rng {
  // xor128 takes a 32-bit integer as its initial state, skipping string hashing; its
  // typings list only string seeds.
  const state = (key + Math.imul(i + 1, 0x9e3779b1)) | 0;
  return seedrandom.xor128(state as unknown as string);
}
