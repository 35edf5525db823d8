import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { gamma } from '../../../src/engine/sample/gamma';
import { sampleMoments, varianceSe } from '../reference';

const DRAWS = 200_000;

function draw(shape: number, scale: number, seed: string): Float64Array {
  const rng = seedrandom.xor4096(seed);
  const xs = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) xs[i] = gamma(shape, scale, rng);
  return xs;
}

/** Share of xs at or below x, and its 5-sigma band around the true probability p. */
function expectCdf(xs: Float64Array, x: number, p: number): void {
  let below = 0;
  for (const v of xs) if (v <= x) below++;
  expect(Math.abs(below / xs.length - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / xs.length) + 1e-12);
}

describe('gamma', () => {
  it.each([
    { shape: 0.05, scale: 3 },
    { shape: 0.3, scale: 2 },
    { shape: 0.9, scale: 1 },
    { shape: 1, scale: 5 },
    { shape: 2.5, scale: 0.4 },
    { shape: 40, scale: 1e5 },
    { shape: 5000, scale: 2 },
  ])('Gamma($shape, $scale) has mean k·θ and variance k·θ² within 5 standard errors', ({ shape, scale }) => {
    const xs = draw(shape, scale, `gamma/${shape}/${scale}`);
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    const { mean, variance } = sampleMoments(xs);
    const v = shape * scale * scale;
    // Fourth central moment of a gamma: 3k(k + 2)θ⁴.
    const mu4 = 3 * shape * (shape + 2) * scale ** 4;
    expect(Math.abs(mean - shape * scale)).toBeLessThan(5 * Math.sqrt(v / DRAWS));
    expect(Math.abs(variance - v)).toBeLessThan(5 * varianceSe(v, mu4, DRAWS));
  });

  it('Gamma(1/2, 2) is chi-square with 1 degree of freedom: P(X <= x) = 2Φ(√x) − 1 (shape < 1 branch)', () => {
    const xs = draw(0.5, 2, 'chi2-1');
    for (const x of [0.001, 0.05, 0.3, 1, 2.7, 6.6, 12]) expectCdf(xs, x, 2 * normalCdf(Math.sqrt(x), 0, 1) - 1);
  });

  it('Gamma(3/2, 2) is chi-square with 3 degrees of freedom: P(X <= x) = 2Φ(√x) − 1 − √(2x/π)·e^(−x/2)', () => {
    const xs = draw(1.5, 2, 'chi2-3');
    for (const x of [0.05, 0.5, 1.5, 3, 6, 11.3, 16]) {
      expectCdf(xs, x, 2 * normalCdf(Math.sqrt(x), 0, 1) - 1 - Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2));
    }
  });

  it('Gamma(1, θ) is exponential: P(X <= x) = 1 − e^(−x/θ)', () => {
    const xs = draw(1, 4, 'exponential');
    for (const x of [0.01, 0.4, 2, 4, 9, 20, 45]) expectCdf(xs, x, 1 - Math.exp(-x / 4));
  });

  it('gives 0 for shape 0 or scale 0 (the empty sum)', () => {
    const rng = seedrandom.xor4096('zero');
    expect(gamma(0, 3, rng)).toBe(0);
    expect(gamma(2, 0, rng)).toBe(0);
  });
});
