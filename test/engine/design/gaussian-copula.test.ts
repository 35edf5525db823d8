import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { sampleRankCorrelation } from 'simple-statistics';
import { applyGaussianCopula, cholesky, correlationMatrixProblem } from '../../../src/engine/design/gaussian-copula';

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

describe('cholesky', () => {
  it('L·Lᵀ is the matrix, L lower triangular with a positive diagonal, for random definite matrices', () => {
    const rng = seedrandom.xor4096('cholesky');
    for (let t = 0; t < 200; t++) {
      const k = 1 + Math.floor(rng() * 9);
      const b = Array.from({ length: k }, () => Array.from({ length: k }, () => rng() * 2 - 1));
      // B·Bᵀ + 0.1·I is symmetric positive definite.
      const a = b.map((_, i) => b.map((__, j) => b[i].reduce((s, x, c) => s + x * b[j][c], 0) + (i === j ? 0.1 : 0)));
      const L = cholesky(a)!;
      for (let i = 0; i < k; i++) {
        expect(L[i][i]).toBeGreaterThan(0);
        for (let j = 0; j < k; j++) {
          if (j > i) expect(L[i][j]).toBe(0);
          expect(L[i].reduce((s, x, c) => s + x * L[j][c], 0)).toBeCloseTo(a[i][j], 10);
        }
      }
    }
  });

  it('has none for a matrix with an eigenvalue at or below 0: [[1, 1], [1, 1]] (eigenvalues 2, 0) and [[1, 2], [2, 1]] (3, −1)', () => {
    expect(cholesky([[1, 1], [1, 1]])).toBeNull();
    expect(cholesky([[1, 2], [2, 1]])).toBeNull();
    expect(cholesky([[4, 2], [2, 3]])).toEqual([[2, 0], [1, Math.sqrt(2)]]);
  });

  it('semi-definite within 1e-9 (the check’s ridge): a smallest eigenvalue of −1e-10 passes, −1e-8 does not', () => {
    const m = (e: number) => [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]].map((row, i) => row.map((x, j) => (i === j ? x - 0.5 - e : x)));
    // m(e) = 0.5·J − e·I (J all ones) has eigenvalues 1.5 − e and −e twice; its diagonal is not 1, so check the factor directly.
    expect(cholesky(m(1e-10).map((row, i) => row.map((x, j) => (i === j ? x + 1e-9 : x))))).not.toBeNull();
    expect(cholesky(m(1e-8).map((row, i) => row.map((x, j) => (i === j ? x + 1e-9 : x))))).toBeNull();
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
