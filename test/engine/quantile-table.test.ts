import { describe, expect, it } from 'vitest';
import { compileQuantile } from '../../src/engine/quantile-table';
import { distQuantile, type Dist } from '../../src/engine/dist';

/**
 * A fine u-grid: 20 000 even steps, a geometric run into both tails down to 1e-9, and the
 * points named in the engine's contract.
 */
function fineGrid(): number[] {
  const us: number[] = [];
  for (let i = 1; i < 20_000; i++) us.push(i / 20_000);
  for (let e = -9; e < -1; e += 0.004) {
    us.push(10 ** e);
    us.push(1 - 10 ** e);
  }
  us.push(1e-7, 1e-5, 0.9999, 0.99999, 0.9999999);
  return us;
}
const GRID = fineGrid();

/** Support width; for unbounded distributions the span of their 1e-7 … 1 − 1e-7 quantiles. */
function range(d: Dist): number {
  switch (d.type) {
    case 'beta': return 1;
    case 'pert': return d.max - d.min;
    default: return distQuantile(d, 1 - 1e-7) - distQuantile(d, 1e-7);
  }
}

const errorCache = new Map<Dist, Float64Array>();

/** |compiled − exact| / range at every point of GRID, computed once per distribution. */
function errors(d: Dist): Float64Array {
  let e = errorCache.get(d);
  if (!e) {
    const q = compileQuantile(d);
    const r = range(d);
    e = Float64Array.from(GRID, (u) => Math.abs(q(u) - distQuantile(d, u)) / r);
    errorCache.set(d, e);
  }
  return e;
}

function worstError(d: Dist, keep: (u: number) => boolean = () => true): { error: number; at: number } {
  const e = errors(d);
  let error = 0;
  let at = NaN;
  GRID.forEach((u, i) => {
    if (keep(u) && !(e[i] <= error)) [error, at] = [e[i], u];
  });
  return { error, at };
}

const TABULATED: [string, Dist][] = [
  ['beta(0.5, 0.5)', { type: 'beta', alpha: 0.5, beta: 0.5 }],
  ['beta(2, 5)', { type: 'beta', alpha: 2, beta: 5 }],
  ['beta(1, 1)', { type: 'beta', alpha: 1, beta: 1 }],
  ['pert(0.4, 0.5, 0.6)', { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 }],
  ['pert(0.85, 0.95, 1)', { type: 'pert', min: 0.85, mode: 0.95, max: 1 }],
  ['pert(0, 0, 1)', { type: 'pert', min: 0, mode: 0, max: 1 }],
  ['pert(1.2e6, 1.515e6, 1.8e6)', { type: 'pert', min: 1_200_000, mode: 1_515_000, max: 1_800_000 }],
  ['normal(0, 1)', { type: 'normal', mean: 0, sd: 1 }],
  ['normal(0.5, 0.2) truncated to [0, 1]', { type: 'normal', mean: 0.5, sd: 0.2, min: 0, max: 1 }],
  ['lognormal(0, 0.5)', { type: 'lognormal', mu: 0, sigma: 0.5 }],
  ['lognormal(14, 1)', { type: 'lognormal', mu: 14, sigma: 1 }],
];

/** The largest double below x. */
function below(x: number): number {
  const f = new Float64Array([x]);
  new BigInt64Array(f.buffer)[0] -= 1n;
  return f[0];
}

describe('compileQuantile', () => {
  it.each(TABULATED)('%s: within 1e-4 of the range of distQuantile over a fine grid including the tails', (_, d) => {
    const { error, at } = worstError(d);
    expect(error, `worst at u = ${at}`).toBeLessThan(1e-4);
  });

  it.each(TABULATED)('%s: within 1e-6 of the range for u in [0.01, 0.99]', (_, d) => {
    const { error, at } = worstError(d, (u) => u >= 0.01 && u <= 0.99);
    expect(error, `worst at u = ${at}`).toBeLessThan(1e-6);
  });

  it('keeps closed forms exact: fixed, uniform, triangular', () => {
    const closed: Dist[] = [
      { type: 'fixed', value: 0.93 },
      { type: 'uniform', min: 2, max: 7 },
      { type: 'triangular', min: 1, mode: 2, max: 3 },
    ];
    for (const d of closed) {
      const q = compileQuantile(d);
      expect(GRID.every((u) => q(u) === distQuantile(d, u))).toBe(true);
    }
  });

  it('is increasing across the joins of its tables', () => {
    for (const [, d] of TABULATED) {
      const q = compileQuantile(d);
      for (let k = 1; k <= 34; k++) {
        for (const side of [0, 1]) {
          let prev = -Infinity;
          for (let m = -20; m <= 20; m++) {
            const v = 2 ** -k * (1 + m * 1e-9);
            const x = q(side === 0 ? v : 1 - v);
            if (side === 0) expect(x).toBeGreaterThanOrEqual(prev);
            else expect(x).toBeLessThanOrEqual(-prev);
            prev = side === 0 ? x : -x;
          }
        }
      }
    }
  });

  it('agrees with distQuantile at u of 32-bit resolution next to every table join', () => {
    for (const [, d] of TABULATED) {
      const q = compileQuantile(d);
      const r = range(d);
      for (let k = 1; k <= 31; k++) {
        for (const u of [2 ** -k - 2 ** -32, 2 ** -k, 1 - 2 ** -k - 2 ** -32, 1 - 2 ** -k + 2 ** -32]) {
          expect(Math.abs(q(u) - distQuantile(d, u)) / r, `u = ${u}`).toBeLessThan(1e-4);
        }
      }
    }
  });

  // Math.floor(Math.log2(v)) rounds up at the double just below a power of two; an earlier
  // table read the wrong octave there and gave NaN for normal and lognormal.
  it('is finite and right at the doubles next to every power of two', () => {
    for (const [, d] of TABULATED) {
      const q = compileQuantile(d);
      for (let k = 1; k <= 40; k++) {
        for (const u of [below(2 ** -k), 2 ** -k, 1 - below(2 ** -k), 1 - 2 ** -k]) {
          expect(Math.abs(q(u) - distQuantile(d, u)) / range(d), `u = ${u}`).toBeLessThan(1e-4);
        }
      }
    }
  });
});
