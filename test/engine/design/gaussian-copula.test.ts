import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { sampleRankCorrelation } from 'simple-statistics';
import { applyGaussianCopula, correlationMatrixProblem } from '../../../src/engine/design/gaussian-copula';

describe('correlationMatrixProblem', () => {
  it('accepts a valid matrix', () => {
    expect(correlationMatrixProblem([[1, 0.5], [0.5, 1]])).toBeNull();
    expect(correlationMatrixProblem([[1, 1], [1, 1]])).toBeNull();
  });
  it.each([
    ['not square', [[1, 0.5]], /square/],
    ['diagonal not 1', [[0.9, 0.5], [0.5, 1]], /\[0\]\[0\] must be 1/],
    ['entry above 1', [[1, 1.2], [1.2, 1]], /must lie in \[-1, 1\]/],
    ['not symmetric', [[1, 0.5], [0.4, 1]], /symmetric/],
    ['not positive semi-definite', [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]], /positive semi-definite/],
  ])('rejects a matrix that is %s', (_, m, message) => {
    expect(correlationMatrixProblem(m as number[][])).toMatch(message);
  });
});

describe('applyGaussianCopula', () => {
  it.each([0.7, -0.5, 0.3])('reaches the rank correlation %s within 0.02 and keeps the marginals uniform', (rho) => {
    const n = 20_000;
    const k = 3;
    const rng = seedrandom.xor4096(`copula${rho}`);
    const u = Float64Array.from({ length: n * k }, () => rng());
    applyGaussianCopula(u, n, k, { columns: [0, 2], matrix: [[1, rho], [rho, 1]] });
    const col = (j: number) => Array.from({ length: n }, (_, i) => u[i * k + j]);
    expect(sampleRankCorrelation(col(0), col(2))).toBeCloseTo(rho, 1);
    expect(Math.abs(sampleRankCorrelation(col(0), col(2)) - rho)).toBeLessThan(0.02);
    expect(Math.abs(sampleRankCorrelation(col(0), col(1)))).toBeLessThan(0.03);
    for (const j of [0, 2]) {
      const c = col(j);
      // Uniform marginals: the deciles sit at their nominal places.
      const sorted = [...c].sort((a, b) => a - b);
      for (const q of [0.1, 0.5, 0.9]) expect(Math.abs(sorted[Math.floor(q * n)] - q)).toBeLessThan(0.015);
    }
  });
});
