import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  AMOUNT_BINS,
  AMOUNT_RELATIVE_TOLERANCE,
  amountBin,
  amountBinLower,
  amountBinValue,
  countAtLeast,
  countMoments,
  firstBinsReaching,
  histogramQuantiles,
  largestFinite,
} from '../../src/engine/histogram';
import * as ss from 'simple-statistics';

const relativeError = (v: number) => Math.abs(amountBinValue(amountBin(v)) - v) / v;

describe('amount bins', () => {
  it('stand for every value in [2^-10, 2^44 · (1 − 2^-9)) within AMOUNT_RELATIVE_TOLERANCE', () => {
    const rng = seedrandom.xor4096('amounts');
    let worst = 0;
    let at = NaN;
    const top = Math.log2(2 ** 44 * (1 - 2 ** -9)) + 10;
    for (let i = 0; i < 200_000; i++) {
      const v = 2 ** (-10 + top * rng());
      const e = relativeError(v);
      if (e > worst) [worst, at] = [e, v];
    }
    // Bin middles: a quarter of a bin's relative width away on average, half at most.
    expect(worst, `worst at ${at}`).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    expect(worst).toBeGreaterThan(0.9 * AMOUNT_RELATIVE_TOLERANCE);
  });

  it('read the top bin as +∞: +∞ itself and anything from 2^44 · (1 − 2^-9) up', () => {
    expect(amountBin(Infinity)).toBe(AMOUNT_BINS - 1);
    expect(amountBin(2 ** 44 * (1 - 2 ** -9))).toBe(AMOUNT_BINS - 1);
    expect(amountBin(2 ** 44 * (1 - 2 ** -9) * (1 - 1e-12))).toBe(AMOUNT_BINS - 2);
    expect(amountBinValue(AMOUNT_BINS - 1)).toBe(Infinity);
    expect(Number.isFinite(amountBinValue(AMOUNT_BINS - 2))).toBe(true);
    const bins = new Uint32Array(AMOUNT_BINS);
    bins[amountBin(1000)] = 3;
    bins[AMOUNT_BINS - 1] = 2;
    expect(largestFinite(bins, 'amount')).toBeCloseTo(1000, -1);
    expect(largestFinite(new Uint32Array(AMOUNT_BINS), 'amount', 7)).toBe(7);
  });

  it('has a tolerance of half a bin: 1/512', () => {
    expect(AMOUNT_RELATIVE_TOLERANCE).toBe(1 / 512);
  });

  it('are increasing in the value, contiguous, and each bin holds its own lower edge', () => {
    expect(amountBin(2 ** -10)).toBe(1);
    const badBins: number[] = [];
    for (let b = 1; b < AMOUNT_BINS - 1; b++) {
      const lo = amountBinLower(b);
      const hi = amountBinLower(b + 1);
      const mid = amountBinValue(b);
      if (amountBin(lo) !== b || !(lo < mid && mid < hi) || amountBin((lo + hi) / 2) !== b) badBins.push(b);
    }
    expect(badBins).toEqual([]);
    const rng = seedrandom.xor4096('monotone');
    const bins = Array.from({ length: 20_000 }, () => 2 ** (-12 + 60 * rng()))
      .sort((a, b) => a - b)
      .map(amountBin);
    expect(bins.every((b, i) => i === 0 || b >= bins[i - 1])).toBe(true);
  });

  it('puts zero, negatives, NaN and values below 2^-10 in bin 0, and values from 2^44 in the top bin', () => {
    for (const v of [0, -1, -1e9, NaN, 2 ** -11, 0.0009]) expect(amountBin(v)).toBe(0);
    expect(amountBinValue(0)).toBe(0);
    for (const v of [2 ** 44, 1e14, Infinity]) expect(amountBin(v)).toBe(AMOUNT_BINS - 1);
    expect(amountBin(2 ** 44 * (1 - 2 ** -10))).toBeLessThan(AMOUNT_BINS);
  });

  it('keeps the programme figures within the tolerance', () => {
    for (const v of [66, 2.2, 9_000_000, 100_000_000, 1_515_000, 3_300_000, 0.5, 1]) {
      expect(relativeError(v)).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    }
  });

  it('keeps values just below a power of two within the tolerance', () => {
    for (const v of [1 - 2 ** -30, 2 - 2 ** -29, 1024 - 2 ** -20, 3.999999999, 0.5 - 1e-12]) {
      expect(relativeError(v), `at ${v}`).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    }
  });
});

/** The inverse empirical CDF at p = percent/100: the smallest x with #{xs <= x} >= p·n, in integer arithmetic. */
function inverseEcdf(sorted: number[], percent: number): number {
  const n = sorted.length;
  for (let i = 0; i < n; i++) if ((i + 1) * 100 >= percent * n) return sorted[i];
  return sorted[n - 1];
}

describe('histogramQuantiles', () => {
  const PERCENTS = [0, 1, 5, 10, 25, 33, 50, 66, 75, 90, 95, 99, 100];

  it.each([7, 20, 40, 100, 1001])('reads the inverse empirical CDF of %i counts', (n) => {
    const rng = seedrandom.xor4096(`counts/${n}`);
    // Many ties, some zeros, one large value.
    const xs = Array.from({ length: n }, () => Math.floor(rng() * rng() * 30));
    xs[n - 1] = 4000;
    const bins = new Uint32Array(4096);
    for (const x of xs) bins[x]++;
    const sorted = [...xs].sort((a, b) => a - b);
    const got = histogramQuantiles(bins, n, 'count', PERCENTS.map((p) => p / 100));
    expect(got).toEqual(PERCENTS.map((p) => inverseEcdf(sorted, p)));
  });

  it('answers in the order the probabilities were asked', () => {
    const bins = new Uint32Array([0, 2, 0, 3, 5]);
    expect(histogramQuantiles(bins, 10, 'count', [0.9, 0.1, 0.5, 0.2, 0.21])).toEqual([4, 1, 3, 1, 3]);
  });

  it('reads amount histograms at the middle of the bin holding the sample quantile', () => {
    const rng = seedrandom.xor4096('amount-sample');
    const n = 999;
    const xs = Array.from({ length: n }, () => 1e6 * Math.exp(2 * rng() - 1));
    const bins = new Uint32Array(AMOUNT_BINS);
    for (const x of xs) bins[amountBin(x)]++;
    const sorted = [...xs].sort((a, b) => a - b);
    const got = histogramQuantiles(bins, n, 'amount', PERCENTS.map((p) => p / 100));
    PERCENTS.forEach((p, i) => {
      const exact = inverseEcdf(sorted, p);
      expect(got[i]).toBe(amountBinValue(amountBin(exact)));
      expect(Math.abs(got[i] - exact) / exact).toBeLessThanOrEqual(AMOUNT_RELATIVE_TOLERANCE);
    });
  });
});

describe('firstBinsReaching', () => {
  it('gives, per threshold in any order, the first non-empty bin where the running weight reaches it', () => {
    const weights = Float64Array.from([0, 0.5, 0, 0, 1.5, 0, 2]);
    expect(firstBinsReaching(weights, 'count', [3.9, 0, 0.5, 2, 2.01, 4, 4.5])).toEqual([6, 1, 1, 4, 6, 6, NaN]);
  });
});

describe('count histograms', () => {
  const rng = seedrandom.xor4096('counts');
  const values = Array.from({ length: 20_000 }, () => Math.floor(300 * rng() * rng()));
  const bins = new Uint32Array(400);
  for (const v of values) bins[v]++;

  it('give the mean and sum of squared deviations of the values they hold', () => {
    const { mean, m2 } = countMoments(bins, values.length);
    expect(mean).toBeCloseTo(ss.mean(values), 10);
    expect(m2 / (values.length - 1)).toBeCloseTo(ss.sampleVariance(values), 6);
  });

  it('count the values at or above a target, whole or not', () => {
    for (const target of [-3, 0, 17, 17.5, 150, 399, 1000]) {
      expect(countAtLeast(bins, target)).toBe(values.filter((v) => v >= target).length);
    }
  });

  it('of nothing have mean 0', () => {
    expect(countMoments(new Uint32Array(4), 0)).toEqual({ mean: 0, m2: 0 });
  });
});
