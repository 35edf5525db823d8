/**
 * Mergeable histograms that keep memory fixed however many iterations are added.
 *
 * Counts (whole numbers >= 0) are kept exactly, one bin per value. Amounts (money, FTE)
 * are binned by their float32 exponent and the top 8 bits of the mantissa, so each bin
 * spans 1/256 of an octave: a quantile read as the bin's middle is within 0.2 % of the
 * true sample quantile. Values below 2^-10 count as zero; the top bin is open above 2^44
 * (1.8e13). Merging adds bins, so the result does not depend on the order of merges.
 */
const MANTISSA_BITS = 8;
const E_MIN = 127 - 10;
const E_MAX = 127 + 44;
export const AMOUNT_BINS = 1 + ((E_MAX - E_MIN) << MANTISSA_BITS);
/** Largest relative error of an amount quantile. */
export const AMOUNT_RELATIVE_TOLERANCE = 1 / (2 << MANTISSA_BITS);

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Bin of an amount: 0 for (near) zero, else 1 + exponent/mantissa bits. O(1). */
export function amountBin(v: number): number {
  if (!(v >= 2 ** (E_MIN - 127))) return 0;
  f32[0] = v;
  const bits = u32[0];
  const e = bits >>> 23;
  if (e >= E_MAX) return AMOUNT_BINS - 1;
  return 1 + (((e - E_MIN) << MANTISSA_BITS) | ((bits >>> (23 - MANTISSA_BITS)) & ((1 << MANTISSA_BITS) - 1)));
}

/** The value a bin stands for: the middle of its range (0 for the zero bin). */
export function amountBinValue(bin: number): number {
  if (bin === 0) return 0;
  const k = bin - 1;
  const e = (k >>> MANTISSA_BITS) + E_MIN - 127;
  const m = k & ((1 << MANTISSA_BITS) - 1);
  return 2 ** e * (1 + (m + 0.5) / (1 << MANTISSA_BITS));
}

/** Lower edge of a bin (for charts). */
export function amountBinLower(bin: number): number {
  if (bin === 0) return 0;
  const k = bin - 1;
  const e = (k >>> MANTISSA_BITS) + E_MIN - 127;
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
export function histogramQuantiles(bins: Uint32Array, n: number, kind: 'count' | 'amount', ps: readonly number[]): number[] {
  const out: number[] = new Array(ps.length).fill(NaN);
  let cum = 0;
  let j = 0;
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  for (let b = 0; b < bins.length && j < order.length; b++) {
    cum += bins[b];
    while (j < order.length && cum >= Math.max(1, Math.ceil(order[j][0] * n - 1e-9))) {
      out[order[j][1]] = binValue(kind, b);
      j++;
    }
  }
  return out;
}
