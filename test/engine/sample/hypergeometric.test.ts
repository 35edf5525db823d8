import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { hypergeometric } from '../../../src/engine/sample/hypergeometric';
import { chiSquare, chiSquareCritical, hypergeometricPmf, sampleMoments, tally } from '../reference';

const DRAWS = 100_000;

describe('hypergeometric', () => {
  it.each([
    { good: 30, bad: 70, draws: 20 },
    { good: 5, bad: 200, draws: 60 },
    { good: 120, bad: 15, draws: 100 },
    { good: 40, bad: 40, draws: 79 },
  ])('Hypergeometric($good, $bad, $draws): exact pmf, mean and variance', ({ good, bad, draws }) => {
    const rng = seedrandom.xor4096(`hyper/${good}/${bad}/${draws}`);
    const xs = new Float64Array(DRAWS);
    for (let i = 0; i < DRAWS; i++) xs[i] = hypergeometric(good, bad, draws, rng);
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
  });

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
