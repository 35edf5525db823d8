import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { iterationStreams, siteKey, xor128At } from '../../src/engine/rng';

/** Kolmogorov–Smirnov distance of a sample from the uniform distribution on [0, 1). */
function ksUniform(sample: number[]): number {
  const s = [...sample].sort((a, b) => a - b);
  let d = 0;
  s.forEach((v, i) => (d = Math.max(d, Math.abs((i + 1) / s.length - v), Math.abs(v - i / s.length))));
  return d;
}

describe('iteration streams', () => {
  it('restart at the same numbers for the same (seed, block, iteration)', () => {
    const a = iterationStreams(7, 3);
    const b = iterationStreams(7, 3);
    a.start(11);
    const first = [a.rng(), a.rng(), a.rng()];
    b.start(10);
    b.rng();
    b.start(11);
    expect([b.rng(), b.rng(), b.rng()]).toEqual(first);
    a.start(11);
    expect(a.rng()).toBe(first[0]);
  });

  it('differ between iterations, blocks and seeds', () => {
    const firsts = new Set<number>();
    for (const [seed, block] of [[1, 0], [1, 1], [2, 0]]) {
      const s = iterationStreams(seed, block);
      for (let i = 0; i < 1000; i++) {
        s.start(i);
        firsts.add(s.rng());
      }
    }
    expect(firsts.size).toBe(3000);
  });

  it('are uniform on [0, 1), within and across iterations (Kolmogorov–Smirnov, 1 % level)', () => {
    const s = iterationStreams('ks', 0);
    const within: number[] = [];
    s.start(0);
    for (let k = 0; k < 20_000; k++) within.push(s.rng());
    // The first and the tenth draw of consecutive iterations: where related seeds would show.
    const firsts: number[] = [];
    const tenths: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      s.start(i);
      firsts.push(s.rng());
      for (let k = 0; k < 8; k++) s.rng();
      tenths.push(s.rng());
    }
    // Critical value of the KS statistic at the 1 % level: 1.628 / √n.
    const critical = 1.628 / Math.sqrt(20_000);
    for (const sample of [within, firsts, tenths]) {
      expect(Math.min(...sample)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...sample)).toBeLessThan(1);
      expect(ksUniform(sample)).toBeLessThan(critical);
    }
  });

  it('give uncorrelated first draws in consecutive iterations', () => {
    const s = iterationStreams(1, 0);
    const u: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      s.start(i);
      u.push(s.rng());
    }
    let c = 0;
    for (let i = 1; i < u.length; i++) c += (u[i] - 0.5) * (u[i - 1] - 0.5);
    // Lag-1 correlation of independent uniforms: mean 0, sd 1/√n; allow 4 sd.
    expect(Math.abs(c / (u.length - 1) / (1 / 12))).toBeLessThan(4 / Math.sqrt(u.length));
  });

  it('restart each draw site at its own numbers, the same whatever was drawn before', () => {
    const s = iterationStreams(3, 1);
    const draws = (site: string) => {
      s.site(siteKey(site));
      return [s.rng(), s.rng(), s.rng()];
    };
    s.start(5);
    const b = draws('0:B:growth');
    const c = draws('0:C:growth');
    s.start(5);
    for (let k = 0; k < 17; k++) s.rng(); // another scenario may draw more elsewhere
    draws('0:C:growth');
    expect(draws('0:B:growth')).toEqual(b);
    expect(draws('0:C:growth')).toEqual(c);
    expect(b).not.toEqual(c);
    s.start(6);
    expect(draws('0:B:growth')).not.toEqual(b);
  });

  it('give uniform, distinct first draws across sites (Kolmogorov–Smirnov, 1 % level)', () => {
    const s = iterationStreams('sites', 0);
    const firsts: number[] = [];
    for (let i = 0; i < 200; i++) {
      s.start(i);
      for (let k = 0; k < 100; k++) {
        s.site(siteKey(`${k % 2}:site${k}`));
        firsts.push(s.rng());
      }
    }
    expect(new Set(firsts).size).toBe(firsts.length);
    expect(ksUniform(firsts)).toBeLessThan(1.628 / Math.sqrt(firsts.length));
  });

  it('draw seedrandom’s xor128 numbers, step for step, from the same state', () => {
    const state = { x: 123456789, y: -362436069, z: 521288629, w: 88675123 };
    const ours = xor128At(state);
    const theirs = seedrandom.xor128('', { state });
    for (let k = 0; k < 10_000; k++) expect(ours()).toBe(theirs());
  });

  it('name sites by stable keys', () => {
    expect(siteKey('1:E2:routes')).toBe(siteKey('1:E2:routes'));
    const keys = new Set(['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'].flatMap((a) => [0, 1].flatMap((p) => ['entry', 'routes', 'growth'].map((k) => siteKey(`${p}:${a}:${k}`)))));
    expect(keys.size).toBe(48);
  });
});
