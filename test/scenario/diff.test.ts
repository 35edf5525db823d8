import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffScenarios, sameValue } from '../../src/scenario/diff';

const load = (f: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${f}.json`), 'utf8')) as Record<string, unknown>;

describe('diffScenarios', () => {
  it('finds nothing between a document and a copy with its keys in another order', () => {
    const a = load('baseline');
    const reversed = (x: unknown): unknown =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reversed(v)])) : x;
    const b = reversed(a);
    expect(Object.keys(b as object)[0]).not.toBe(Object.keys(a)[0]);
    expect(diffScenarios(a, structuredClone(a))).toEqual([]);
    expect(diffScenarios(a, b)).toEqual([]);
  });

  it('reports a changed distribution whole, at the input’s path', () => {
    const a = { activities: { A1: { routing: { proceed: { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 } } } } };
    const b = { activities: { A1: { routing: { proceed: { type: 'pert', min: 0.4, mode: 0.55, max: 0.6 } } } } };
    expect(diffScenarios(a, b)).toEqual([
      { path: 'activities.A1.routing.proceed', a: a.activities.A1.routing.proceed, b: b.activities.A1.routing.proceed },
    ]);
  });

  it('reports a number replaced by a distribution, and fields present on one side only', () => {
    const a = { x: 0.5, units: { period1: 2 }, keep: 1 };
    const b = { x: { type: 'beta', alpha: 2, beta: 2 }, units: { period1: 2, period2: 3 }, keep: 1, added: true };
    expect(diffScenarios(a, b)).toEqual([
      { path: 'x', a: 0.5, b: b.x },
      { path: 'units.period2', a: undefined, b: 3 },
      { path: 'added', a: undefined, b: true },
    ]);
    expect(diffScenarios(b, a).map((d) => d.path)).toEqual(['x', 'units.period2', 'added']);
  });

  it('ignores notes, which explain an assumption without changing it', () => {
    const a = { mean: { type: 'pert', min: 1, mode: 2, max: 3, note: 'old source' }, note: 'x' };
    const b = { mean: { type: 'pert', min: 1, mode: 2, max: 3, note: 'new source' }, note: 'y' };
    expect(diffScenarios(a, b)).toEqual([]);
    expect(diffScenarios(a, { ...b, mean: { ...b.mean, max: 4 } }).map((d) => d.path)).toEqual(['mean']);
  });

  it('treats arrays as single values', () => {
    expect(diffScenarios({ m: [[1, 0.5], [0.5, 1]] }, { m: [[1, 0.4], [0.4, 1]] })).toEqual([{ path: 'm', a: [[1, 0.5], [0.5, 1]], b: [[1, 0.4], [0.4, 1]] }]);
  });

  it('lists the evidence scenario’s changed rates against the baseline, each a real difference', () => {
    const a = load('baseline');
    const b = load('evidence');
    const diffs = diffScenarios(a, b);
    expect(diffs.length).toBeGreaterThan(0);
    const at = (doc: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], doc);
    for (const d of diffs) {
      expect(sameValue(at(a, d.path), d.a)).toBe(true);
      expect(sameValue(at(b, d.path), d.b)).toBe(true);
      expect(sameValue(d.a, d.b)).toBe(false);
    }
  });
});
