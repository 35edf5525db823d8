import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Inputs to correlate (by their column in the uniform matrix) and their rank correlations. */
export interface Correlation {
  columns: number[];
  /** Spearman rank correlations, symmetric with ones on the diagonal. */
  matrix: number[][];
}

/**
 * Why a rank-correlation matrix cannot be used, or null: it must be square, symmetric, have
 * ones on the diagonal, entries in [−1, 1], and be positive semi-definite (no eigenvalue
 * below −1e-9, checked by a Cholesky factorisation). O(k³).
 */
export function correlationMatrixProblem(m: number[][]): string | null {
  const k = m.length;
  if (k === 0 || m.some((row) => row.length !== k)) return 'must be a square matrix with one row per input';
  for (let i = 0; i < k; i++) {
    if (m[i][i] !== 1) return `entry [${i}][${i}] must be 1 (an input correlates fully with itself)`;
    for (let j = 0; j < k; j++) {
      if (!(m[i][j] >= -1 && m[i][j] <= 1)) return `entry [${i}][${j}] must lie in [-1, 1]`;
      if (m[i][j] !== m[j][i]) return `must be symmetric: entry [${i}][${j}] is ${m[i][j]} but [${j}][${i}] is ${m[j][i]}`;
    }
  }
  // Semi-definite to within 1e-9 (no eigenvalue below −1e-9) exactly when m + 1e-9·I is definite, i.e. has a Cholesky factor.
  if (cholesky(withRidge(m, 1e-9)) === null) return 'is not positive semi-definite: these correlations cannot hold together';
  return null;
}

/**
 * Imposes rank correlations on columns of a row-major n × k matrix of uniforms with a
 * Gaussian copula: z = Φ⁻¹(u), correlated as L·z with L the Cholesky factor of the normal
 * correlations 2·sin(π·ρs/6) that give the wanted Spearman ρs, then u = Φ(z). Marginals stay
 * uniform, so every input keeps its own distribution. O(n·c²) for c correlated columns.
 */
export function applyGaussianCopula(u: Float64Array, n: number, k: number, c: Correlation): void {
  const pearson = c.matrix.map((row) => row.map((r, j) => (r === 1 ? 1 : 2 * Math.sin((Math.PI * r) / 6))));
  const L = choleskyFactor(pearson);
  const m = c.columns.length;
  const z = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < m; a++) z[a] = normalQuantile(Math.min(Math.max(u[i * k + c.columns[a]], 1e-16), 1 - 1e-16), 0, 1);
    for (let a = m - 1; a >= 0; a--) {
      let s = 0;
      for (let b = 0; b <= a; b++) s += L[a][b] * z[b];
      u[i * k + c.columns[a]] = normalCdf(s, 0, 1);
    }
  }
}

/** `m` + ridge·I. */
const withRidge = (m: number[][], ridge: number) => m.map((row, i) => row.map((x, j) => (i === j ? x + ridge : x)));

/** Lower Cholesky factor; a semi-definite matrix gets a tiny ridge so the factor exists. */
function choleskyFactor(m: number[][]): number[][] {
  for (let ridge = 0; ridge <= 1e-6; ridge = ridge === 0 ? 1e-12 : ridge * 100) {
    const L = cholesky(withRidge(m, ridge));
    if (L) return L;
  }
  throw new Error('correlation matrix is not positive semi-definite');
}

/**
 * The lower Cholesky factor L (L·Lᵀ = a) of a symmetric matrix, or null where it is not
 * positive definite (a pivot not above 0). Row by row (Cholesky–Banachiewicz), each sum in
 * column order, as the JAMA-derived libraries compute it. O(k³).
 */
export function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const k = a.length;
  const L = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let d = 0;
    for (let c = 0; c < j; c++) {
      let s = 0;
      for (let i = 0; i < c; i++) s += L[c][i] * L[j][i];
      s = (a[j][c] - s) / L[c][c];
      L[j][c] = s;
      d += s * s;
    }
    d = a[j][j] - d;
    if (!(d > 0)) return null;
    L[j][j] = Math.sqrt(d);
  }
  return L;
}
