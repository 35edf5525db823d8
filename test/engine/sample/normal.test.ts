import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { standardNormal } from '../../../src/engine/sample/normal';
import { sampleMoments, varianceSe } from '../reference';

const DRAWS = 400_000;

describe('standardNormal', () => {
  const rng = seedrandom.xor4096('normal');
  const xs = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) xs[i] = standardNormal(rng);

  it('has mean 0 and variance 1 within 5 standard errors', () => {
    const { mean, variance } = sampleMoments(xs);
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(1 / DRAWS));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * varianceSe(1, 3, DRAWS));
  });

  it.each([0.001, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 0.999])('puts a share %s of draws below the normal quantile', (q) => {
    const x = normalQuantile(q, 0, 1);
    let below = 0;
    for (const v of xs) if (v <= x) below++;
    expect(Math.abs(below / DRAWS - q)).toBeLessThan(5 * Math.sqrt((q * (1 - q)) / DRAWS));
  });

  it('is symmetric: as many draws above 1.5 as below −1.5', () => {
    let lo = 0;
    let hi = 0;
    for (const v of xs) {
      if (v < -1.5) lo++;
      if (v > 1.5) hi++;
    }
    // Under symmetry lo − hi has variance lo + hi.
    expect(Math.abs(lo - hi)).toBeLessThan(5 * Math.sqrt(lo + hi));
  });
});
