/**
 * Reference statistics for the engine tests, written independently of src/: exact pmfs from
 * sums of logarithms, sample moments by two passes, and a chi-square goodness-of-fit test.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** ln(k!) for k = 0 … n by compensated (Kahan) summation of ln i. */
export function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  let sum = 0;
  let comp = 0;
  for (let i = 1; i <= n; i++) {
    const y = Math.log(i) - comp;
    const t = sum + y;
    comp = t - sum - y;
    sum = t;
    out[i] = sum;
  }
  return out;
}

/** Binomial(n, p) pmf over k = 0 … n. */
export function binomialPmf(n: number, p: number): Float64Array {
  const lf = logFactorials(n);
  const pmf = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    const logC = lf[n] - lf[k] - lf[n - k];
    const term = (k === 0 ? 0 : k * Math.log(p)) + (n - k === 0 ? 0 : (n - k) * Math.log1p(-p));
    pmf[k] = Math.exp(logC + term);
  }
  return pmf;
}

/** Hypergeometric pmf over k = 0 … draws: good items among `draws` taken from good + bad. */
export function hypergeometricPmf(good: number, bad: number, draws: number): Float64Array {
  const lf = logFactorials(good + bad);
  const logChoose = (a: number, b: number) => (b < 0 || b > a ? -Infinity : lf[a] - lf[b] - lf[a - b]);
  const pmf = new Float64Array(draws + 1);
  for (let k = 0; k <= draws; k++) pmf[k] = Math.exp(logChoose(good, k) + logChoose(bad, draws - k) - logChoose(good + bad, draws));
  return pmf;
}

/** Mean and unbiased variance by two passes. */
export function sampleMoments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  const mean = s / xs.length;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i] - mean) ** 2;
  return { mean, variance: ss / (xs.length - 1) };
}

/**
 * Standard error of the sample variance of n draws from a distribution with variance σ² and
 * fourth central moment μ4: √((μ4 − σ⁴ (n − 3)/(n − 1)) / n).
 */
export function varianceSe(variance: number, mu4: number, n: number): number {
  return Math.sqrt((mu4 - (variance * variance * (n - 3)) / (n - 1)) / n);
}

/**
 * Upper 1 − alpha point of the chi-square distribution with df degrees of freedom by the
 * Wilson–Hilferty cube approximation (accurate to well under 1 % for df >= 3).
 */
export function chiSquareCritical(df: number, alpha = 1e-6): number {
  const z = normalQuantile(1 - alpha, 0, 1);
  const c = 2 / (9 * df);
  return df * (1 - c + z * Math.sqrt(c)) ** 3;
}

/**
 * Pearson's chi-square statistic of observed counts against a pmf (over the same support),
 * pooling neighbouring cells until each expected count is at least 5.
 */
export function chiSquare(observed: ArrayLike<number>, pmf: ArrayLike<number>, n: number): { stat: number; df: number } {
  const cells: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  for (let k = 0; k < pmf.length; k++) {
    o += observed[k] ?? 0;
    e += n * pmf[k];
    if (e >= 5) {
      cells.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  if (cells.length === 0) throw new Error('no cell reaches an expected count of 5');
  cells[cells.length - 1].o += o;
  cells[cells.length - 1].e += e;
  let stat = 0;
  for (const c of cells) stat += (c.o - c.e) ** 2 / c.e;
  return { stat, df: cells.length - 1 };
}

/** Counts of each whole value 0 … max in xs. */
export function tally(xs: ArrayLike<number>, max: number): Float64Array {
  const t = new Float64Array(max + 1);
  for (let i = 0; i < xs.length; i++) t[xs[i]]++;
  return t;
}
