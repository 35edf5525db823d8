import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). Every sampler takes one; none uses a global. */
export type Rng = () => number;

/**
 * The company-level draws of a block: one stream per iteration, restarted by `start(i)`,
 * and one per draw site within it, restarted by `site(key)`. Fresh streams keep two
 * scenarios' draws in step (common random numbers for paired comparisons) instead of
 * drifting apart after their first differing draw.
 */
export interface IterationStreams {
  /** The current iteration's stream (the same function for every block and run; see sharedRng). */
  rng: Rng;
  /** Restarts `rng` as iteration i's stream. */
  start(i: number): void;
  /**
   * Restarts `rng` as the current iteration's stream for one draw site (a `siteKey`). Each
   * site drawing from its own stream keeps two scenarios' draws in step at every site, even
   * after an earlier site drew a different number of uniforms in one of them.
   */
  site(key: number): void;
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
 * Every stream of a thread runs on one generator, and `sharedRng` is the one function that
 * draws from it: the samplers' calls to `rng()` then always meet the same function, which
 * the JIT inlines once and for all (a new closure per block or per run made it throw away
 * its optimised code each time). Iterations run to the end without yielding, so streams in
 * one thread never interleave; draw only from the stream started last.
 *
 * The generator is seedrandom's xor128 (Marsaglia's xorshift128), the same algorithm step
 * for step and checked against seedrandom's own output from the same state in the tests;
 * it is written out here only because an iteration restarts it at every draw site (about
 * fifty times), and seedrandom, like pure-rand, builds a new generator object for every
 * seeding, which cost more than the draws themselves.
 */
// x, y, z, w. In a typed array, not module-level `let`s: a browser checks every read of a
// module-level `let` for the temporal dead zone, which made each draw several times slower.
const xyzw = new Int32Array([0, 0, 0, 1]);
const sharedRng: Rng = () => {
  const x = xyzw[0];
  const t = x ^ (x << 11);
  const w = xyzw[3];
  xyzw[0] = xyzw[1];
  xyzw[1] = xyzw[2];
  xyzw[2] = w;
  const next = w ^ (w >>> 19) ^ t ^ (t >>> 8);
  xyzw[3] = next;
  return (next >>> 0) * TWO_POW_MINUS_32;
};

/**
 * Per-iteration streams of a block, keyed by (seed, block index). seedrandom turns the
 * seed into four 32-bit block keys; iteration i's 128-bit key is those keys hashed with i,
 * and each draw site's state is that key hashed with the site's key; xor128 runs from it.
 * Restarting costs four hashes and allocates nothing, where seeding a seedrandom generator
 * cost most of a microsecond. The uniforms have 32-bit resolution, as seedrandom's do.
 */
export function iterationStreams(seed: number | string, blockIndex: number): IterationStreams {
  return new BlockStreams(seed, blockIndex);
}

/**
 * A class, so that every block's `start` and `site` are the same two functions: closures
 * made per block left the engine's call sites seeing a new target at each block, which made
 * the compiler throw away its code for them once per run.
 */
class BlockStreams implements IterationStreams {
  readonly rng = sharedRng;
  /** The block's key, then the current iteration's key. */
  private readonly keys = new Int32Array(8);

  constructor(seed: number | string, blockIndex: number) {
    const gen = seedrandom.xor4096(`${seed}/${blockIndex}/fates`);
    for (let j = 0; j < 4; j++) this.keys[j] = gen.int32();
  }

  start(i: number): void {
    const k = this.keys;
    const h = Math.imul(i + 1, GOLDEN);
    k[4] = fmix32(k[0] ^ h);
    k[5] = fmix32(k[1] + h);
    k[6] = fmix32(k[2] ^ fmix32(h));
    k[7] = fmix32(k[3] - h);
    this.site(0);
  }

  site(s: number): void {
    const k = this.keys;
    // xorshift128 needs a state that is not all zero: the last word is odd.
    xyzw[0] = fmix32(k[4] ^ s);
    xyzw[1] = fmix32(k[5] + s);
    xyzw[2] = fmix32(k[6] ^ fmix32(s));
    xyzw[3] = fmix32(k[7] - s) | 1;
  }
}

/**
 * The key of a draw site, from its name (FNV-1a, then mixed), e.g. `1:B:growth`: the same
 * name gives the same stream in every scenario, whatever else the scenario contains.
 */
export function siteKey(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return fmix32(h) | 0;
}

/** Restarts this thread's generator at a given xor128 state (for the tests that check it against seedrandom). */
export function xor128At(state: { x: number; y: number; z: number; w: number }): Rng {
  xyzw[0] = state.x;
  xyzw[1] = state.y;
  xyzw[2] = state.z;
  xyzw[3] = state.w;
  return sharedRng;
}
