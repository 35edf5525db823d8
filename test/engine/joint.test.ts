import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/baseline.json';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { createLayout } from '../../src/engine/layout';
import { countJoint, createJointCounter, summarizeJoint } from '../../src/engine/joint';

const v = validateScenario(baseline);
if (!v.ok) throw new Error('baseline does not validate');
const { model, targets } = v.value;

describe('counting every target met at once', () => {
  it('counts an iteration for a set only when it meets each of its targets', () => {
    const layout = createLayout(['p1', 'p2'], ['a']);
    const H = layout.horizons.length;
    const t = new Float64Array(layout.cells).fill(NaN);
    // Two targets in p1 (indicators 0 and 1), one in p2.
    t[0 * H + 0] = 10;
    t[1 * H + 0] = 5;
    t[0 * H + 1] = 3;
    const j = createJointCounter(layout, t);
    const out = new Float64Array(layout.cells);
    const iteration = (a: number, b: number, c: number) => {
      out.fill(0);
      out[0] = a;
      out[H] = b;
      out[1] = c;
      countJoint(j, out);
    };
    iteration(10, 5, 3); // all met
    iteration(9, 5, 3); // p1 missed
    iteration(12, 7, 2); // p2 missed
    iteration(10, 5, 4); // all met
    const s = summarizeJoint(layout, t, j.met, 4);
    expect(s.all).toEqual({ p: 0.5, se: Math.sqrt(0.25 / 4), targets: 3, iterations: 4 });
    expect(s.byHorizon).toEqual([
      { horizon: 'p1', p: 0.75, se: Math.sqrt((0.75 * 0.25) / 4), targets: 2, iterations: 4 },
      { horizon: 'p2', p: 0.75, se: Math.sqrt((0.75 * 0.25) / 4), targets: 1, iterations: 4 },
    ]);
  });

  it('is nothing where there are no targets', () => {
    const layout = createLayout(['p1'], ['a']);
    const s = summarizeJoint(layout, new Float64Array(layout.cells).fill(NaN), [0, 0], 10);
    expect(s).toEqual({ all: null, byHorizon: [] });
  });
});

describe('the joint probability of the baseline', () => {
  const f = runForecast(model, { seed: 7, iterations: 5000, targets });
  const H = f.layout.horizons.length;
  const period2 = f.layout.horizons.indexOf('period2');

  it('equals the share of the iterations themselves that meet every target', () => {
    // 5 000 iterations are all in the subsample: count them one by one.
    const out = f.blocks[0].subsample!.out;
    const cells = f.layout.cells;
    let all = 0;
    let p2 = 0;
    for (let i = 0; i < 5000; i++) {
      const row = out.subarray(i * cells, (i + 1) * cells);
      const met = (c: number) => Number.isNaN(targets[c]) || row[c] >= targets[c];
      if (Array.from({ length: cells }, (_, c) => c).every(met)) all++;
      if (Array.from({ length: cells }, (_, c) => c).filter((c) => c % H === period2).every(met)) p2++;
    }
    expect(f.joint!.all!.p).toBe(all / 5000);
    expect(f.joint!.byHorizon.find((x) => x.horizon === 'period2')!.p).toBe(p2 / 5000);
  });

  it('is at most the least likely of its targets', () => {
    const p2 = f.cells.filter((_, c) => c % H === period2 && f.cells[c].pMeetsTarget !== null).map((c) => c.pMeetsTarget!);
    expect(f.joint!.byHorizon.find((x) => x.horizon === 'period2')!.p).toBeLessThanOrEqual(Math.min(...p2));
    // Period 2's 88 supported companies cannot be had (87 seats): so neither can every target.
    expect(f.joint!.all!.p).toBe(0);
  });

  it('is the same however the blocks are shared out', () => {
    const one = runForecast(model, { seed: 3, iterations: 12000, targets });
    const three = runForecast(model, { seed: 3, iterations: 12000, targets }, { runners: 3 });
    expect(three.joint).toEqual(one.joint);
    expect(one.joint!.byHorizon.length).toBeGreaterThan(2);
  });
});
