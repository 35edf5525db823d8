import { distQuantile, pertShape, type Dist } from './dist';

/** Steps of the density integration for beta and PERT: the tables' resolution in x is 1/DENSITY_STEPS of the range. */
const DENSITY_STEPS = 1 << 16;
/** Tables are kept for this many distinct distributions (a planner's quick re-runs reuse them). */
const CACHE_SIZE = 512;

type Quantile = (u: number) => number;

/**
 * Interpolating tables of a quantile function on a grid even in log₂ of the distance to
 * the nearer end: each octave v ∈ [2^−(L+1), 2^−L) of v = min(u, 1 − u) has OCTAVE_STEPS
 * intervals, down to 2^−LEVELS; `exact` serves the rest. Where a quantile function is
 * steep, near 0 and 1, the grid is fine in proportion. Read with `tableQuantile`.
 */
export interface QuantileTable {
  /**
   * q at u = 2^e·(1 + j/OCTAVE_STEPS) for octaves e = −1 … −LEVELS and j = 0 … OCTAVE_STEPS,
   * then the same at 1 − u (from SIDE on).
   */
  values: Float64Array;
  exact: Quantile;
}

const OCTAVE_STEPS = 256;
const LEVELS = 32;
const FLOOR = 2 ** -LEVELS;
const SIDE = LEVELS * (OCTAVE_STEPS + 1);
/** Per octave level: 2^(level + 1)·OCTAVE_STEPS, which takes v to its place in the level's row. */
const SCALE = Float64Array.from({ length: LEVELS }, (_, level) => 2 ** (level + 1) * OCTAVE_STEPS);
const cache = new Map<string, QuantileTable>();

/**
 * A fast quantile function u ↦ x for the hot loop. Closed forms stay closed forms; beta,
 * PERT, normal and lognormal read a `QuantileTable` (see `quantileTable`). Tested against
 * `distQuantile`. O(1) a call.
 */
export function compileQuantile(d: Dist): Quantile {
  switch (d.type) {
    case 'fixed': {
      const v = d.value;
      return () => v;
    }
    case 'uniform':
    case 'triangular':
      return (u) => distQuantile(d, u);
    default: {
      const t = quantileTable(d);
      return (u) => tableQuantile(t, u);
    }
  }
}

/**
 * The table of a beta, PERT, normal or lognormal distribution, built once per distinct
 * distribution. Beta and PERT tables come from integrating the density (65,536 steps) when
 * both shapes are >= 1, thousands of times cheaper than inverting the incomplete beta
 * function point by point; the rest from `distQuantile`.
 */
export function quantileTable(d: Dist): QuantileTable {
  const key = JSON.stringify(d);
  let t = cache.get(key);
  if (!t) {
    t = build(d);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, t);
  }
  return t;
}

function build(d: Dist): QuantileTable {
  if (d.type === 'pert' || d.type === 'beta') {
    const { alpha, beta } = d.type === 'pert' ? pertShape(d) : d;
    const [min, width] = d.type === 'pert' ? [d.min, d.max - d.min] : [0, 1];
    const unit = betaByDensity(alpha, beta);
    if (unit) return fromQuantile((u) => min + width * unit(u));
  }
  return fromQuantile((u) => distQuantile(d, u));
}

/** Quantile of Beta(α, β) by inverting its integrated density, or null where a shape is below 1 (unbounded density). */
function betaByDensity(alpha: number, beta: number): Quantile | null {
  if (alpha < 1 || beta < 1) return null;
  const cdf = new Float64Array(DENSITY_STEPS + 1);
  // x^(α−1)·(1 − x)^(β−1) through logarithms: Math.pow costs several times a log (an exponent of 0 contributes 1, also at x = 0 or 1).
  const a1 = alpha - 1;
  const b1 = beta - 1;
  const pdf = (x: number) => Math.exp((a1 === 0 ? 0 : a1 * Math.log(x)) + (b1 === 0 ? 0 : b1 * Math.log1p(-x)));
  let prev = pdf(0);
  for (let i = 1; i <= DENSITY_STEPS; i++) {
    const next = pdf(i / DENSITY_STEPS);
    cdf[i] = cdf[i - 1] + (prev + next) / 2;
    prev = next;
  }
  const total = cdf[DENSITY_STEPS];
  for (let i = 1; i <= DENSITY_STEPS; i++) cdf[i] /= total;
  return (u) => {
    let lo = 0;
    let hi = DENSITY_STEPS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid;
      else hi = mid;
    }
    const span = cdf[hi] - cdf[lo];
    return (lo + (span > 0 ? (u - cdf[lo]) / span : 0)) / DENSITY_STEPS;
  };
}

function fromQuantile(q: Quantile): QuantileTable {
  const values = new Float64Array(2 * SIDE);
  for (let level = 0; level < LEVELS; level++) {
    const base = 2 ** -(level + 1);
    for (let j = 0; j <= OCTAVE_STEPS; j++) {
      const v = base * (1 + j / OCTAVE_STEPS);
      values[level * (OCTAVE_STEPS + 1) + j] = q(v);
      values[SIDE + level * (OCTAVE_STEPS + 1) + j] = q(1 - v);
    }
  }
  return { values, exact: q };
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The high 32 bits of a float64 (sign, exponent, top of the mantissa) on little-endian platforms.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Reads a table at u. The side and v = min(u, 1 − u) are taken without a branch (random
 * sides would defeat the branch predictor); the octave comes from v's exponent bits and the
 * place in it from v scaled by a power of two, both exact. O(1), a few ns.
 */
export function tableQuantile(t: QuantileTable, u: number): number {
  const side = +(u >= 0.5);
  // 2u − 1 and u − (2u − 1) = 1 − u are exact for u >= 1/2.
  const v = u - side * (2 * u - 1);
  if (!(v >= FLOOR)) return t.exact(u);
  f64[0] = v;
  const level = 1022 - (u32[HIGH] >>> 20); // 2^−(level+1) <= v < 2^−level
  const x = v * SCALE[level] - OCTAVE_STEPS;
  const i = x | 0;
  const at = side * SIDE + level * (OCTAVE_STEPS + 1) + i;
  const a = t.values[at];
  return a + (x - i) * (t.values[at + 1] - a);
}
