import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { binomial } from '../../../src/engine/sample/binomial';
import { binomialPmf, chiSquare, chiSquareCritical, sampleMoments, tally, varianceSe } from '../reference';

const DRAWS = 100_000;

function draw(n: number, p: number, seed: string): Float64Array {
  const rng = seedrandom.xor4096(seed);
  const xs = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) xs[i] = binomial(n, p, rng);
  return xs;
}

/**
 * Cases on both sides of the switch at n·min(p, 1 − p) = INVERSION_BELOW (25): inversion
 * below, BTRS above, each also with p > 0.5 (the reflected branch), and both edges.
 */
const CASES: { n: number; p: number; branch: string }[] = [
  { n: 20, p: 0.3, branch: 'inversion' },
  { n: 100, p: 0.02, branch: 'inversion' },
  { n: 5000, p: 0.0015, branch: 'inversion, long walk' },
  { n: 30, p: 0.8, branch: 'inversion, reflected' },
  { n: 49, p: 0.5, branch: 'inversion just below the switch, p = 1/2' },
  { n: 600, p: 0.04, branch: 'inversion just below the switch, large n' },
  { n: 1000, p: 0.3, branch: 'BTRS' },
  { n: 1000, p: 0.7, branch: 'BTRS, reflected' },
  { n: 120, p: 0.21, branch: 'BTRS just above the switch' },
  { n: 60, p: 0.5, branch: 'BTRS, p = 1/2' },
  { n: 100_000, p: 0.45, branch: 'BTRS, large n' },
];

describe('binomial', () => {
  it.each(CASES)('matches the exact Binomial($n, $p) pmf ($branch)', ({ n, p }) => {
    const xs = draw(n, p, `binomial/${n}/${p}`);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    const { stat, df } = chiSquare(tally(xs, n), binomialPmf(n, p), DRAWS);
    expect(df).toBeGreaterThanOrEqual(2);
    expect(stat).toBeLessThan(chiSquareCritical(df));
  });

  it.each(CASES)('has mean n·p and variance n·p·(1 − p) within 5 standard errors ($branch)', ({ n, p }) => {
    const xs = draw(n, p, `binomial-moments/${n}/${p}`);
    const { mean, variance } = sampleMoments(xs);
    const v = n * p * (1 - p);
    const mu4 = v * (1 + 3 * (n - 2) * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(v / DRAWS));
    expect(Math.abs(variance - v)).toBeLessThan(5 * varianceSe(v, mu4, DRAWS));
  });

  it('returns 0 for n = 0 or p = 0 and n for p = 1', () => {
    const rng = seedrandom.xor4096('edges');
    for (let i = 0; i < 100; i++) {
      expect(binomial(0, 0.4, rng)).toBe(0);
      expect(binomial(0, 1, rng)).toBe(0);
      expect(binomial(17, 0, rng)).toBe(0);
      expect(binomial(2000, 0, rng)).toBe(0);
      expect(binomial(17, 1, rng)).toBe(17);
      expect(binomial(2000, 1, rng)).toBe(2000);
    }
  });

  it('refuses a NaN n or p with an error instead of an answer', () => {
    const rng = seedrandom.xor4096('nan');
    expect(() => binomial(10, NaN, rng)).toThrow(/n and p must be numbers/);
    expect(() => binomial(NaN, 0.3, rng)).toThrow(/n and p must be numbers/);
    expect(() => binomial(NaN, 0.7, rng)).toThrow(/n and p must be numbers/);
  });

  it('draws 0 or 1 for n = 1 with probability p', () => {
    const xs = draw(1, 0.37, 'bernoulli');
    const { mean } = sampleMoments(xs);
    expect(new Set(xs)).toEqual(new Set([0, 1]));
    expect(Math.abs(mean - 0.37)).toBeLessThan(5 * Math.sqrt((0.37 * 0.63) / DRAWS));
  });

  it('is monotone in p below the switch, across p = 1/2 too: the same uniform never gives fewer for a larger p', () => {
    for (const n of [1, 2, 10, 40, 49]) {
      for (let k = 0; k < 2000; k++) {
        const u = (k + 0.5) / 2000;
        const at = (p: number) => binomial(n, p, () => u);
        let last = -1;
        for (const p of [0.03, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.9, 0.97]) {
          if (n * Math.min(p, 1 - p) >= 25) continue;
          const x = at(p);
          expect(x).toBeGreaterThanOrEqual(last);
          last = x;
        }
      }
    }
  });
});
