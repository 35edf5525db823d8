import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { latinHypercubeColumn } from '../../../src/engine/design/latin-hypercube';

describe('latinHypercubeColumn', () => {
  it('puts exactly one value in each of the n strata of every column', () => {
    const n = 1000;
    const k = 3;
    const u = new Float64Array(n * k);
    const rng = seedrandom.xor4096('lhs');
    for (let j = 0; j < k; j++) latinHypercubeColumn(u, n, k, j, rng);
    for (let j = 0; j < k; j++) {
      const strata = new Set<number>();
      for (let i = 0; i < n; i++) strata.add(Math.floor(u[i * k + j] * n));
      expect(strata.size).toBe(n);
    }
  });

  it('gives the column mean 1/2 with far less spread than independent uniforms', () => {
    // Var of the mean of n stratified uniforms is 1/(12 n³), against 1/(12 n) for plain ones.
    const n = 100;
    const means = Array.from({ length: 200 }, (_, r) => {
      const u = new Float64Array(n);
      latinHypercubeColumn(u, n, 1, 0, seedrandom.xor4096(`m${r}`));
      return u.reduce((a, b) => a + b, 0) / n;
    });
    const sd = Math.sqrt(means.reduce((a, m) => a + (m - 0.5) ** 2, 0) / means.length);
    expect(sd).toBeLessThan(5 * Math.sqrt(1 / (12 * n ** 3)));
  });
});
