import { describe, expect, it } from 'vitest';
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import lognormalCdf from '@stdlib/stats-base-dists-lognormal-cdf';
import lognormalQuantile from '@stdlib/stats-base-dists-lognormal-quantile';
import { distCdf, distMean, distQuantile, pertShape, type Dist } from '../../src/engine/dist';

const U = [1e-7, 1e-4, 0.01, 0.05, 0.2, 0.37, 0.5, 0.63, 0.8, 0.95, 0.99, 0.9999, 1 - 1e-7];

/** ∫₀¹ Q(u) du by the midpoint rule: the mean, computed from the quantile function alone. */
function meanFromQuantile(d: Dist, steps = 20_000): number {
  let s = 0;
  for (let i = 0; i < steps; i++) s += distQuantile(d, (i + 0.5) / steps);
  return s / steps;
}

const phi = (z: number) => (Number.isFinite(z) ? Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) : 0);

describe('fixed', () => {
  const d: Dist = { type: 'fixed', value: 3.5 };
  it('is a step at its value', () => {
    expect(distMean(d)).toBe(3.5);
    expect(distQuantile(d, 0.01)).toBe(3.5);
    expect(distQuantile(d, 0.99)).toBe(3.5);
    expect(distCdf(d, 3.4999)).toBe(0);
    expect(distCdf(d, 3.5)).toBe(1);
  });
});

describe('uniform', () => {
  const d: Dist = { type: 'uniform', min: -2, max: 6 };
  it('has the closed-form quantile, cdf and mean', () => {
    for (const u of U) expect(distQuantile(d, u)).toBeCloseTo(-2 + 8 * u, 12);
    expect(distCdf(d, -3)).toBe(0);
    expect(distCdf(d, 0)).toBeCloseTo(0.25, 12);
    expect(distCdf(d, 7)).toBe(1);
    expect(distMean(d)).toBe(2);
  });
});

describe('triangular', () => {
  // F(x) = (x − a)²/((c − a)(b − a)) for x <= mode b, 1 − (c − x)²/((c − a)(c − b)) above.
  const cases = [
    { min: 1, mode: 2, max: 3 },
    { min: 0.5, mode: 1, max: 1.5 },
    { min: 0, mode: 0.2, max: 10 },
    { min: 2, mode: 2, max: 5 },
    { min: 2, mode: 5, max: 5 },
  ];
  it.each(cases)('($min, $mode, $max): cdf, quantile and mean in closed form', ({ min, mode, max }) => {
    const d: Dist = { type: 'triangular', min, mode, max };
    const cdf = (x: number) =>
      x <= min ? 0 : x >= max ? 1 : x <= mode ? (x - min) ** 2 / ((max - min) * (mode - min)) : 1 - (max - x) ** 2 / ((max - min) * (max - mode));
    for (let i = 0; i <= 40; i++) {
      const x = min - 0.5 + ((max - min + 1) * i) / 40;
      expect(distCdf(d, x)).toBeCloseTo(cdf(x), 12);
    }
    for (const u of U) {
      const x = distQuantile(d, u);
      expect(x).toBeGreaterThanOrEqual(min);
      expect(x).toBeLessThanOrEqual(max);
      expect(cdf(x)).toBeCloseTo(u, 10);
    }
    expect(distMean(d)).toBeCloseTo((min + mode + max) / 3, 12);
    expect(meanFromQuantile(d)).toBeCloseTo((min + mode + max) / 3, 6);
  });

  it('puts the share (mode − min)/(max − min) below the mode', () => {
    const d: Dist = { type: 'triangular', min: 1, mode: 1.6, max: 3 };
    expect(distCdf(d, 1.6)).toBeCloseTo(0.3, 12);
    expect(distQuantile(d, 0.3)).toBeCloseTo(1.6, 12);
  });
});

describe('pert', () => {
  const cases = [
    { min: 0.4, mode: 0.5, max: 0.6 },
    { min: 0.85, mode: 0.95, max: 1 },
    { min: 1.5, mode: 2.2, max: 3 },
    { min: 1_200_000, mode: 1_515_000, max: 1_800_000 },
    { min: 0, mode: 0, max: 1 },
  ];
  it.each(cases)('($min, $mode, $max) is min + (max − min)·Beta(1 + 4(mode − min)/(max − min), 1 + 4(max − mode)/(max − min))', ({ min, mode, max }) => {
    const d: Dist = { type: 'pert', min, mode, max };
    const w = max - min;
    const a = 1 + (4 * (mode - min)) / w;
    const b = 1 + (4 * (max - mode)) / w;
    expect(pertShape(d).alpha).toBeCloseTo(a, 12);
    expect(pertShape(d).beta).toBeCloseTo(b, 12);
    expect(a + b).toBeCloseTo(6, 12);
    for (const u of U) expect(Math.abs(distQuantile(d, u) - (min + w * betaQuantile(u, a, b)))).toBeLessThan(1e-12 * Math.max(1, Math.abs(max)));
    for (let i = 0; i <= 20; i++) {
      const x = min + (w * i) / 20;
      expect(distCdf(d, x)).toBeCloseTo(betaCdf((x - min) / w, a, b), 12);
    }
    expect(distCdf(d, min - w)).toBe(0);
    expect(distCdf(d, max + w)).toBe(1);
    expect(distMean(d)).toBeCloseTo((min + 4 * mode + max) / 6, 9);
    expect(Math.abs(meanFromQuantile(d) - (min + 4 * mode + max) / 6)).toBeLessThan(2e-5 * w);
  });

  it('has its density peak at the mode', () => {
    const d: Dist = { type: 'pert', min: 0.2, mode: 0.35, max: 0.9 };
    const h = 1e-4;
    const density = (x: number) => (distCdf(d, x + h) - distCdf(d, x - h)) / (2 * h);
    let best = 0;
    let at = 0;
    for (let x = 0.21; x < 0.89; x += 0.001) if (density(x) > best) [best, at] = [density(x), x];
    expect(at).toBeCloseTo(0.35, 2);
  });
});

describe('beta', () => {
  it.each([
    { alpha: 0.5, beta: 0.5 },
    { alpha: 2, beta: 5 },
    { alpha: 30, beta: 1.5 },
  ])('Beta($alpha, $beta): stdlib quantile and cdf, mean α/(α + β)', ({ alpha, beta }) => {
    const d: Dist = { type: 'beta', alpha, beta };
    for (const u of U) expect(distQuantile(d, u)).toBeCloseTo(betaQuantile(u, alpha, beta), 12);
    for (let i = 0; i <= 20; i++) expect(distCdf(d, i / 20)).toBeCloseTo(betaCdf(i / 20, alpha, beta), 12);
    expect(distCdf(d, -0.5)).toBe(0);
    expect(distCdf(d, 1.5)).toBe(1);
    expect(distMean(d)).toBeCloseTo(alpha / (alpha + beta), 12);
    expect(meanFromQuantile(d)).toBeCloseTo(alpha / (alpha + beta), 5);
  });

  it('Beta(1, 1) is uniform and Beta(2, 1) has cdf x²', () => {
    expect(distQuantile({ type: 'beta', alpha: 1, beta: 1 }, 0.3)).toBeCloseTo(0.3, 12);
    expect(distCdf({ type: 'beta', alpha: 2, beta: 1 }, 0.7)).toBeCloseTo(0.49, 12);
    expect(distQuantile({ type: 'beta', alpha: 2, beta: 1 }, 0.49)).toBeCloseTo(0.7, 12);
  });
});

describe('normal', () => {
  it('untruncated: stdlib quantile and cdf, mean μ', () => {
    const d: Dist = { type: 'normal', mean: 3, sd: 2 };
    for (const u of U) expect(distQuantile(d, u)).toBeCloseTo(normalQuantile(u, 3, 2), 10);
    for (const x of [-5, 0, 3, 4.2, 11]) expect(distCdf(d, x)).toBeCloseTo(normalCdf(x, 3, 2), 12);
    expect(distMean(d)).toBe(3);
  });

  it.each([
    { mean: 0.5, sd: 0.2, min: 0, max: 1 },
    { mean: 0.9, sd: 0.15, min: 0, max: 1 },
    { mean: 2, sd: 1.5, min: 0, max: 50 },
    { mean: -1, sd: 1, min: 0, max: 3 },
    { mean: 2, sd: 1.5, min: 0, max: undefined },
    { mean: 2, sd: 1.5, min: undefined, max: 2.5 },
  ])('truncated to [$min, $max] (μ $mean, σ $sd): mean μ + σ(φ(α) − φ(β))/(Φ(β) − Φ(α)), cdf and quantile', ({ mean, sd, min, max }) => {
    const d: Dist = { type: 'normal', mean, sd, min, max };
    const a = min === undefined ? -Infinity : (min - mean) / sd;
    const b = max === undefined ? Infinity : (max - mean) / sd;
    const Pa = min === undefined ? 0 : normalCdf(a, 0, 1);
    const Pb = max === undefined ? 1 : normalCdf(b, 0, 1);
    const Z = Pb - Pa;
    const truncatedMean = mean + (sd * (phi(a) - phi(b))) / Z;
    expect(distMean(d)).toBeCloseTo(truncatedMean, 10);
    expect(meanFromQuantile(d)).toBeCloseTo(truncatedMean, 4);

    const cdf = (x: number) => (x < (min ?? -Infinity) ? 0 : x >= (max ?? Infinity) ? 1 : (normalCdf((x - mean) / sd, 0, 1) - Pa) / Z);
    const lo = min ?? mean - 6 * sd;
    const hi = max ?? mean + 6 * sd;
    for (let i = -2; i <= 22; i++) {
      const x = lo + ((hi - lo) * i) / 20;
      expect(distCdf(d, x)).toBeCloseTo(cdf(x), 10);
    }
    for (const u of U.slice(1, -1)) {
      const x = distQuantile(d, u);
      if (min !== undefined) expect(x).toBeGreaterThanOrEqual(min);
      if (max !== undefined) expect(x).toBeLessThanOrEqual(max);
      expect(cdf(x)).toBeCloseTo(u, 8);
    }
  });
});

describe('lognormal', () => {
  it.each([
    { mu: 0, sigma: 1 },
    { mu: Math.log(2.2), sigma: 0.3 },
    { mu: 14, sigma: 0.1 },
  ])('LogNormal($mu, $sigma): stdlib quantile and cdf, mean exp(μ + σ²/2)', ({ mu, sigma }) => {
    const d: Dist = { type: 'lognormal', mu, sigma };
    for (const u of U) {
      const ref = lognormalQuantile(u, mu, sigma);
      expect(Math.abs(distQuantile(d, u) - ref)).toBeLessThan(1e-10 * ref);
    }
    for (const f of [0.2, 0.7, 1, 1.3, 4]) {
      const x = f * Math.exp(mu);
      expect(distCdf(d, x)).toBeCloseTo(lognormalCdf(x, mu, sigma), 12);
    }
    expect(distCdf(d, 0)).toBe(0);
    expect(distCdf(d, -1)).toBe(0);
    const m = Math.exp(mu + (sigma * sigma) / 2);
    expect(Math.abs(distMean(d) - m)).toBeLessThan(1e-12 * m);
    // The midpoint rule misses some of the upper tail: 1e-3 is ample for σ <= 1.
    expect(Math.abs(meanFromQuantile(d) - m)).toBeLessThan(1e-3 * m);
  });
});

describe('every type', () => {
  const all: Dist[] = [
    { type: 'uniform', min: 0, max: 1 },
    { type: 'triangular', min: 1, mode: 2, max: 4 },
    { type: 'pert', min: 0.8, mode: 0.95, max: 1 },
    { type: 'beta', alpha: 2, beta: 5 },
    { type: 'normal', mean: 0.9, sd: 0.1, min: 0, max: 1 },
    { type: 'lognormal', mu: 1, sigma: 0.5 },
  ];
  it.each(all.map((d) => [d.type, d] as const))('%s: cdf inverts the quantile and the quantile increases', (_, d) => {
    let prev = -Infinity;
    for (let i = 1; i < 1000; i++) {
      const u = i / 1000;
      const x = distQuantile(d, u);
      expect(x).toBeGreaterThan(prev);
      expect(distCdf(d, x)).toBeCloseTo(u, 9);
      prev = x;
    }
  });
});
