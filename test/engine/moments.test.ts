import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { addMoments, combineMoments, createMoments } from '../../src/engine/moments';
import { CELLS, LIVE_CELLS } from '../seed-layout';

/** Rows of CELLS values: cell c has its own offset and spread, some large beside their spread. */
function rows(n: number, seed: string): Float64Array[] {
  const rng = seedrandom.xor4096(seed);
  return Array.from({ length: n }, () => {
    const out = new Float64Array(CELLS);
    for (let c = 0; c < CELLS; c++) {
      const offset = c % 3 === 0 ? 1e8 : c % 3 === 1 ? 130 : 0;
      out[c] = offset + (1 + (c % 7)) * (rng() - 0.5) + (c % 5 === 0 ? Math.floor(rng() * 40) : 0);
    }
    return out;
  });
}

function blockMoments(data: Float64Array[]): { n: number; moments: Float64Array } {
  const m = createMoments(CELLS);
  data.forEach((out, i) => addMoments(m, i === 0, out, LIVE_CELLS));
  return { n: data.length, moments: m };
}

describe('combineMoments', () => {
  it('over blocks of several sizes equals the two-pass mean and variance of all rows', () => {
    const data = rows(3001, 'moments');
    const sizes = [1000, 0, 1, 517, 1000, 483];
    const blocks: { n: number; moments: Float64Array }[] = [];
    let at = 0;
    for (const size of sizes) {
      blocks.push(size === 0 ? { n: 0, moments: createMoments(CELLS) } : blockMoments(data.slice(at, at + size)));
      at += size;
    }
    expect(at).toBe(data.length);
    const { n, mean, m2 } = combineMoments(CELLS, blocks);
    expect(n).toBe(3001);
    for (const c of LIVE_CELLS) {
      let s = 0;
      for (const r of data) s += r[c];
      const mu = s / n;
      let ss = 0;
      for (const r of data) ss += (r[c] - mu) ** 2;
      expect(Math.abs(mean[c] - mu)).toBeLessThanOrEqual(1e-9 * Math.abs(mu) + 1e-12);
      expect(Math.abs(m2[c] - ss)).toBeLessThanOrEqual(1e-9 * ss);
    }
  });

  it('gives the same numbers however the rows are cut into blocks, to 1e-9', () => {
    const data = rows(1200, 'cuts');
    const cuts = [[1200], [1, 699, 500], [5, 5, 5, 1185], [600, 600]];
    const results = cuts.map((sizes) => {
      let at = 0;
      return combineMoments(CELLS, sizes.map((size) => blockMoments(data.slice(at, (at += size)))));
    });
    const [a, ...others] = results;
    for (const b of others) {
      for (const c of LIVE_CELLS) {
        expect(Math.abs(a.mean[c] - b.mean[c])).toBeLessThanOrEqual(1e-12 * Math.abs(a.mean[c]) + 1e-12);
        expect(Math.abs(a.m2[c] - b.m2[c])).toBeLessThanOrEqual(2e-9 * a.m2[c]);
      }
    }
  });

  it('gives variance 0 for a constant block and the mean of a single row', () => {
    const row = rows(1, 'single')[0];
    const { mean, m2 } = combineMoments(CELLS, [blockMoments([row, row, row])]);
    for (const c of LIVE_CELLS) {
      expect(Math.abs(mean[c] - row[c])).toBeLessThanOrEqual(4e-16 * Math.abs(row[c]));
      expect(m2[c]).toBe(0);
    }
  });
});
