import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { multinomial } from '../../../src/engine/sample/multinomial';
import { sampleMoments } from '../reference';

const DRAWS = 100_000;

function draw(n: number, probs: number[], seed: string): { counts: Float64Array[]; rest: Float64Array } {
  const rng = seedrandom.xor4096(seed);
  const counts = probs.map(() => new Float64Array(DRAWS));
  const rest = new Float64Array(DRAWS);
  const out = new Float64Array(probs.length);
  for (let i = 0; i < DRAWS; i++) {
    rest[i] = multinomial(n, probs, out, rng);
    probs.forEach((_, j) => (counts[j][i] = out[j]));
  }
  return { counts, rest };
}

describe('multinomial', () => {
  it.each([
    { n: 50, probs: [0.2, 0.3, 0.1] },
    { n: 7, probs: [0.05, 0, 0.5, 0.25] },
    { n: 3000, probs: [0.93, 0.035, 0.005, 0.012, 0.018] },
    { n: 400, probs: [0.489, 0.06, 0.18, 0.271] },
  ])('n = $n, probs $probs: marginal means n·p_i, variances n·p_i(1 − p_i), covariances −n·p_i·p_j', ({ n, probs }) => {
    const { counts, rest } = draw(n, probs, `multinomial/${n}/${probs}`);
    const restP = Math.max(0, 1 - probs.reduce((a, b) => a + b, 0));
    let sumsOk = true;
    for (let i = 0; i < DRAWS; i++) {
      let s = rest[i];
      for (const c of counts) s += c[i];
      if (s !== n || rest[i] < 0) sumsOk = false;
    }
    expect(sumsOk).toBe(true);
    [...counts, rest].forEach((xs, j) => {
      const p = j < probs.length ? probs[j] : restP;
      const { mean, variance } = sampleMoments(xs);
      const v = n * p * (1 - p);
      expect(Math.abs(mean - n * p)).toBeLessThanOrEqual(5 * Math.sqrt(v / DRAWS));
      // Sample variance of a binomial marginal: se ≈ v·√(2/N) plus a kurtosis term, bounded by (v + 3v²)/N under the root.
      expect(Math.abs(variance - v)).toBeLessThanOrEqual(5 * Math.sqrt((v * (1 + 3 * v) - v * v) / DRAWS) + 1e-12);
    });
    // Covariance of the first two categories.
    if (probs[0] > 0 && probs[1] > 0) {
      const a = sampleMoments(counts[0]).mean;
      const b = sampleMoments(counts[1]).mean;
      let cov = 0;
      for (let i = 0; i < DRAWS; i++) cov += (counts[0][i] - a) * (counts[1][i] - b);
      cov /= DRAWS - 1;
      const sd0 = Math.sqrt(n * probs[0] * (1 - probs[0]));
      const sd1 = Math.sqrt(n * probs[1] * (1 - probs[1]));
      expect(Math.abs(cov + n * probs[0] * probs[1])).toBeLessThan((5 * sd0 * sd1 * Math.sqrt(2)) / Math.sqrt(DRAWS));
    }
  });

  it('sends everything somewhere when the probabilities add up to 1', () => {
    const rng = seedrandom.xor4096('exhaustive');
    const out = new Float64Array(5);
    for (let i = 0; i < 2000; i++) {
      const rest = multinomial(97, [0.93, 0.035, 0.005, 0.012, 0.018], out, rng);
      expect(rest).toBe(0);
      expect(out.reduce((a, b) => a + b, 0)).toBe(97);
    }
  });

  it('writes zeros for n = 0 and for categories of probability 0', () => {
    const rng = seedrandom.xor4096('zeros');
    const out = new Float64Array([9, 9, 9]);
    expect(multinomial(0, [0.2, 0.3, 0.5], out, rng)).toBe(0);
    expect([...out]).toEqual([0, 0, 0]);
    for (let i = 0; i < 200; i++) {
      multinomial(40, [0, 0.5, 0], out, rng);
      expect(out[0]).toBe(0);
      expect(out[2]).toBe(0);
    }
  });
});
