import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { hypergeometric, hypergeometricAnySize } from '../../../src/engine/sample/hypergeometric';
import { chiSquare, chiSquareCritical, hypergeometricPmf, sampleMoments, tally } from '../reference';

const DRAWS = 100_000;

/** DRAWS draws of `sample` are whole, in the support, and have the exact mean, variance and pmf (χ²). */
function exact(sample: typeof hypergeometric, seed: string, good: number, bad: number, draws: number): void {
  const rng = seedrandom.xor4096(seed);
  const xs = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) xs[i] = sample(good, bad, draws, rng);
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  expect(xs.every((x) => Number.isInteger(x) && x >= lo && x <= hi)).toBe(true);
  const N = good + bad;
  const mean = (draws * good) / N;
  const variance = (draws * (good / N) * (bad / N) * (N - draws)) / (N - 1);
  const m = sampleMoments(xs);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / DRAWS));
  expect(Math.abs(m.variance - variance) / variance).toBeLessThan(5 * Math.sqrt(3 / DRAWS));
  const { stat, df } = chiSquare(tally(xs, draws), hypergeometricPmf(good, bad, draws), DRAWS);
  expect(stat).toBeLessThan(chiSquareCritical(df));
}

describe('hypergeometric', () => {
  it.each([
    { good: 30, bad: 70, draws: 20 },
    { good: 5, bad: 200, draws: 60 },
    { good: 120, bad: 15, draws: 100 },
    { good: 40, bad: 40, draws: 79 },
  ])('Hypergeometric($good, $bad, $draws): exact pmf, mean and variance', ({ good, bad, draws }) => exact(hypergeometric, `hyper/${good}/${bad}/${draws}`, good, bad, draws));

  it('takes every good item when all are drawn, and none when there are none', () => {
    const rng = seedrandom.xor4096('hyper-edges');
    for (let i = 0; i < 100; i++) {
      expect(hypergeometric(13, 8, 21, rng)).toBe(13);
      expect(hypergeometric(0, 8, 5, rng)).toBe(0);
      expect(hypergeometric(6, 0, 4, rng)).toBe(4);
      expect(hypergeometric(6, 9, 0, rng)).toBe(0);
    }
  });
});

describe('hypergeometric of any size (ratio of uniforms above 16 draws)', () => {
  it.each([
    { good: 30, bad: 70, draws: 20 },
    { good: 70, bad: 30, draws: 20 },
    { good: 30, bad: 70, draws: 80 },
    { good: 70, bad: 30, draws: 80 },
    { good: 5000, bad: 20000, draws: 3000 },
    { good: 20000, bad: 5000, draws: 21000 },
    { good: 40, bad: 39960, draws: 20000 },
    { good: 1000, bad: 1000, draws: 17 },
  ])('Hypergeometric($good, $bad, $draws): exact pmf, mean and variance', ({ good, bad, draws }) => exact(hypergeometricAnySize, `hrua/${good}/${bad}/${draws}`, good, bad, draws));

  it('below 16 draws (of the smaller side) is the one-at-a-time draw, uniform for uniform; at the edges exact', () => {
    const a = seedrandom.xor4096('same');
    const b = seedrandom.xor4096('same');
    for (let i = 0; i < 1000; i++) expect(hypergeometricAnySize(300, 500, 15, a)).toBe(hypergeometric(300, 500, 15, b));
    for (let i = 0; i < 1000; i++) expect(hypergeometricAnySize(300, 500, 790, a)).toBe(hypergeometric(300, 500, 790, b));
    expect(hypergeometricAnySize(0, 5000, 2000, a)).toBe(0);
    expect(hypergeometricAnySize(5000, 0, 2000, a)).toBe(2000);
    expect(hypergeometricAnySize(3000, 2000, 5000, a)).toBe(3000);
  });
});
