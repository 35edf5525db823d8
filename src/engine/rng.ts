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
