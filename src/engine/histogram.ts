/**
 * Mergeable histograms that keep memory fixed however many iterations are added.
 *
 * Counts (whole numbers >= 0) are kept exactly, one bin per value. Amounts (money, FTE)
 * are binned by their float64 exponent and the top 8 bits of the mantissa (read from the
 * bits, so nothing is rounded), so each bin
 * spans 1/256 of an octave: a quantile read as the bin's middle is within 0.2 % of the
 * true sample quantile. Values below 2^-10 count as zero; the top bin holds everything from
 * 2^44 · (1 − 2^-9) (1.76e13 DKK, beyond any programme) up and stands for +∞: a cost per
 * result in an iteration with no result is +∞ and is read back as +∞. Merging adds bins, so
 * the result does not depend on the order of merges.
 */
const MANTISSA_BITS = 8;
const BIAS = 1023;
const E_MIN = BIAS - 10;
const E_MAX = BIAS + 44;
export const AMOUNT_BINS = 1 + ((E_MAX - E_MIN) << MANTISSA_BITS);
/** Largest relative error of an amount quantile. */
export const AMOUNT_RELATIVE_TOLERANCE = 1 / (2 << MANTISSA_BITS);

const f64 = new Float64Array(1);
// The high 32 bits of a float64: sign, 11 exponent bits, top 20 mantissa bits (little-endian platforms).
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const u32 = new Uint32Array(f64.buffer);
/** Amounts below this count as zero. A constant: `2 ** (E_MIN - BIAS)` inside amountBin was a Math.pow call per use. */
const ZERO_BELOW = 2 ** (E_MIN - BIAS);

/** Bin of an amount: 0 for (near) zero, else 1 + exponent/mantissa bits. O(1). */
export function amountBin(v: number): number {
  if (!(v >= ZERO_BELOW)) return 0;
  f64[0] = v;
  const bits = u32[HIGH];
  const e = bits >>> 20;
  if (e >= E_MAX) return AMOUNT_BINS - 1;
  return 1 + (((e - E_MIN) << MANTISSA_BITS) | ((bits >>> (20 - MANTISSA_BITS)) & ((1 << MANTISSA_BITS) - 1)));
}

/** The value a bin stands for: the middle of its range (0 for the zero bin). */
export function amountBinValue(bin: number): number {
  if (bin === 0) return 0;
  if (bin === AMOUNT_BINS - 1) return Infinity;
  const k = bin - 1;
  const e = (k >>> MANTISSA_BITS) + E_MIN - BIAS;
  const m = k & ((1 << MANTISSA_BITS) - 1);
  return 2 ** e * (1 + (m + 0.5) / (1 << MANTISSA_BITS));
}

/**
 * The largest finite value a histogram holds (its highest non-empty bin below the +∞ one), or
 * `fallback` where it holds none: a chart's range ends there, since +∞ cannot be drawn. O(bins).
 */
export function largestFinite(bins: ArrayLike<number>, kind: 'count' | 'amount', fallback = 0): number {
  const top = kind === 'count' ? bins.length : bins.length - 1;
  for (let b = top - 1; b >= 0; b--) if (bins[b] > 0) return binValue(kind, b);
  return fallback;
}

/** Lower edge of a bin (for charts). */
export function amountBinLower(bin: number): number {
  if (bin === 0) return 0;
  const k = bin - 1;
  const e = (k >>> MANTISSA_BITS) + E_MIN - BIAS;
  return 2 ** e * (1 + (k & ((1 << MANTISSA_BITS) - 1)) / (1 << MANTISSA_BITS));
}

/** Value of bin i of a histogram of the given kind. */
export function binValue(kind: 'count' | 'amount', bin: number): number {
  return kind === 'count' ? bin : amountBinValue(bin);
}

/**
 * The p-quantile of a binned sample of size n: the value of the first bin where the
 * cumulative count reaches p·n (the inverse of the empirical CDF). O(bins).
 */
export function histogramQuantiles(bins: ArrayLike<number>, n: number, kind: 'count' | 'amount', ps: readonly number[]): number[] {
  return firstBinsReaching(bins, kind, ps.map((p) => Math.max(1, Math.ceil(p * n - 1e-9))));
}

/**
 * For each threshold, the value of the first non-empty bin where the cumulative weight
 * reaches it (NaN where none does). Shared by plain and importance-weighted quantiles. O(bins).
 */
export function firstBinsReaching(bins: ArrayLike<number>, kind: 'count' | 'amount', thresholds: readonly number[]): number[] {
  const out: number[] = new Array(thresholds.length).fill(NaN);
  const order = thresholds.map((_, i) => i).sort((a, b) => thresholds[a] - thresholds[b]);
  let cum = 0;
  let j = 0;
  for (let b = 0; b < bins.length && j < order.length; b++) {
    if (bins[b] === 0) continue;
    cum += bins[b];
    while (j < order.length && cum >= thresholds[order[j]]) out[order[j++]] = binValue(kind, b);
  }
  return out;
}

/**
 * Mean and sum of squared deviations of an exact count histogram of n values. The sums are
 * of whole numbers below 2^53, so exact; the deviations are taken from the mean. O(bins).
 */
export function countMoments(bins: Uint32Array, n: number): { mean: number; m2: number } {
  if (n === 0) return { mean: 0, m2: 0 };
  let sum = 0;
  for (let v = 1; v < bins.length; v++) sum += v * bins[v];
  const mean = sum / n;
  let m2 = 0;
  for (let v = 0; v < bins.length; v++) if (bins[v] > 0) m2 += bins[v] * (v - mean) * (v - mean);
  return { mean, m2 };
}

/** How many values of an exact count histogram are >= target. O(bins). */
export function countAtLeast(bins: ArrayLike<number>, target: number): number {
  let k = 0;
  for (let v = Math.max(0, Math.ceil(target)); v < bins.length; v++) k += bins[v];
  return k;
}
