import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario } from '../../src/scenario/parse';
import { createBlockRunner } from '../../src/engine/blocks';
import { BLOCK_SIZE } from '../../src/engine/block-plan';
import { cellOf, layoutOf } from '../../src/engine/layout';
import { binomialPmf, chiSquare, chiSquareCritical, hypergeometricPmf, sampleMoments, tally } from './reference';

/**
 * The flow's membership of own sets of activities (src/engine/members.ts) checked against
 * independent results: a closed form where pools hold companies of different memberships
 * (so the multivariate hypergeometric splits are drawn), and a company-by-company simulation
 * of random programmes, written from the model's rules and sharing no code with the engine.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const fixed = (value: number) => ({ type: 'fixed', value });
const label = (en: string) => ({ da: en, en });
const unit = (blank as Doc).activities[0].unit;

/** Every iteration's value of each of `cells` (indicator/horizon) over `blocks` blocks. */
function columns(doc: Doc, seed: number, blocks: number, cells: [string, string][]): Float64Array[] {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const layout = layoutOf(v.value.model);
  const runner = createBlockRunner(v.value.model, seed, blocks * BLOCK_SIZE, v.value.targets);
  const out = new Float64Array(BLOCK_SIZE * layout.cells);
  const cols = cells.map(() => new Float64Array(blocks * BLOCK_SIZE));
  const at = cells.map(([id, h]) => cellOf(layout, id, h));
  for (let b = 0; b < blocks; b++) {
    const r = runner.run(b, out);
    for (let k = 0; k < cells.length; k++) for (let i = 0; i < r.n; i++) cols[k][b * BLOCK_SIZE + i] = out[i * layout.cells + at[k]];
  }
  return cols;
}

describe('members of own sets in mixed pools', () => {
  it('|A ∪ D| − 100 ~ HG(50 of C’s own recruits, 100 from A, min(X, 40)), X ~ Binomial(150, ½): exactly in distribution', () => {
    // A's 100 companies all go to C, which recruits 50 more; each of C's 150 goes on to D (40 seats) with probability ½.
    const act = (id: string, seats: number, extra: object) => ({ id, name: id, unit, aim: 'growth', units: { period1: seats }, companiesPerUnit: 1, countsAsSupport: false, growthProbability: fixed(0), ...extra });
    const doc: Doc = structuredClone(blank);
    doc.activities = [
      act('A', 100, { recruitment: { fillRate: fixed(1) }, routing: { proceed: fixed(1), to: { C: fixed(1) } } }),
      act('C', 150, { recruitment: { fillRate: fixed(1) }, routing: { proceed: fixed(0.5), to: { D: fixed(1) } } }),
      act('D', 40, {}),
    ];
    doc.indicators = [{ id: 'AD', label: label('A or D'), rule: { kind: 'companies', activities: ['A', 'D'] } }];
    const [ad] = columns(doc, 7, 4, [['AD', 'projectTotal']]);
    const pmf = new Float64Array(41);
    binomialPmf(150, 0.5).forEach((px, x) => hypergeometricPmf(50, 100, Math.min(x, 40)).forEach((q, k) => (pmf[k] += px * q)));
    const { stat, df } = chiSquare(tally(Float64Array.from(ad, (y) => y - 100), 40), pmf, ad.length);
    expect(stat).toBeLessThan(chiSquareCritical(df));
  });
});

interface Act { id: string; seats: number[]; support: boolean; fill: number; proceed: number; to: [number, number][]; innovation: boolean }
interface Programme { periods: number; acts: Act[]; sets: number[][] }

/** A random programme: 1–3 periods, 3–6 activities routing forward with seats that bind, 1–4 overlapping sets. */
function programme(seed: number): Programme {
  const r = seedrandom(`programme${seed}`);
  const periods = 1 + Math.floor(r() * 3);
  const n = 3 + Math.floor(r() * 4);
  const acts: Act[] = [];
  for (let a = 0; a < n; a++) {
    const to: [number, number][] = [];
    let left = 1;
    for (const d of Array.from({ length: n - a - 1 }, (_, i) => a + 1 + i).filter(() => r() < 0.6)) {
      const share = Math.floor((0.3 + 0.7 * r()) * left * 100) / 100;
      left -= share;
      to.push([d, share]);
    }
    const innovation = a === n - 1 && r() < 0.4;
    acts.push({
      id: `X${a}`, seats: Array.from({ length: periods }, () => Math.floor(r() * 40)), support: !innovation && r() < 0.5,
      fill: a === 0 || r() < 0.5 ? 0.3 + Math.round(r() * 70) / 100 : -1, proceed: 0.3 + Math.round(r() * 70) / 100, to, innovation,
    });
  }
  const sets = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
    const s = acts.map((_, i) => i).filter(() => r() < 0.5);
    return s.length ? s : [Math.floor(r() * n)];
  });
  return { periods, acts, sets };
}

function scenarioOf(g: Programme): Doc {
  const doc: Doc = structuredClone(blank);
  doc.periods = Array.from({ length: g.periods }, (_, p) => ({ id: `period${p + 1}`, label: label(`P${p + 1}`), years: 1 }));
  doc.activities = g.acts.map((a) => ({
    id: a.id, name: a.id, unit, aim: a.innovation ? 'innovation' : 'growth',
    units: Object.fromEntries(a.seats.map((s, p) => [`period${p + 1}`, s])), companiesPerUnit: 1, countsAsSupport: a.support,
    ...(a.fill >= 0 ? { recruitment: { fillRate: fixed(a.fill) } } : {}),
    ...(a.to.length ? { routing: { proceed: fixed(a.proceed), to: Object.fromEntries(a.to.map(([t, s]) => [`X${t}`, fixed(s)])) } } : {}),
    ...(a.innovation ? {} : { growthProbability: fixed(0) }),
  }));
  doc.indicators = g.sets.map((s, j) => ({ id: `set${j}`, label: label(`Set ${j}`), rule: { kind: 'companies', activities: s.map((i) => `X${i}`) } }));
  return doc;
}

/**
 * The model's rules company by company: an activity takes its seats' worth of those sent to
 * it, in random order; one turned away waits for the next period once (not after the last);
 * free seats are filled by recruits, each with the fill rate; each participant goes on with
 * the proceed probability, to one destination by the shares. A company counts in a set the
 * first time it takes part in one of its activities. Per set: each period's count, then the total.
 */
function companyByCompany(g: Programme, iterations: number, seed: number): Float64Array[] {
  const r = seedrandom(`companies${seed}`);
  const n = g.acts.length;
  const P = g.periods;
  const out = Array.from({ length: g.sets.length * (P + 1) }, () => new Float64Array(iterations));
  for (let it = 0; it < iterations; it++) {
    let waiting: number[][] = Array.from({ length: n }, () => []);
    let next = 0;
    const seen = g.sets.map(() => new Set<number>());
    for (let p = 0; p < P; p++) {
      const sent: { id: number; waited: boolean }[][] = waiting.map((w) => w.map((id) => ({ id, waited: true })));
      waiting = Array.from({ length: n }, () => []);
      for (let a = 0; a < n; a++) {
        const A = g.acts[a];
        const pool = sent[a];
        for (let i = pool.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [pool[i], pool[j]] = [pool[j], pool[i]];
        }
        const free = A.seats[p];
        const taken = pool.slice(0, free).map((x) => x.id);
        for (const x of pool.slice(free)) if (!x.waited && p < P - 1) waiting[a].push(x.id);
        if (A.fill >= 0) for (let k = free - taken.length; k > 0; k--) if (r() < A.fill) taken.push(next++);
        for (const id of taken) {
          g.sets.forEach((s, j) => {
            if (!s.includes(a) || seen[j].has(id)) return;
            seen[j].add(id);
            out[j * (P + 1) + p][it]++;
            out[j * (P + 1) + P][it]++;
          });
          if (A.to.length === 0 || r() >= A.proceed) continue;
          let u = r();
          for (const [to, share] of A.to) {
            if (u < share) {
              sent[to].push({ id, waited: false });
              break;
            }
            u -= share;
          }
        }
      }
    }
  }
  return out;
}

describe('members against a company-by-company simulation of random programmes', () => {
  it('each set’s count in every period and in all has the same mean and variance (12 programmes, 20,000 iterations each)', () => {
    const misses: string[] = [];
    for (let seed = 0; seed < 12; seed++) {
      const g = programme(seed);
      const horizons = [...Array.from({ length: g.periods }, (_, p) => `period${p + 1}`), 'projectTotal'];
      const cells = g.sets.flatMap((_, j) => horizons.map((h) => [`set${j}`, h] as [string, string]));
      const engine = columns(scenarioOf(g), seed + 1, 4, cells);
      const reference = companyByCompany(g, 4 * BLOCK_SIZE, seed);
      cells.forEach(([id, h], k) => {
        const e = sampleMoments(engine[k]);
        const c = sampleMoments(reference[k]);
        const N = engine[k].length;
        const z = (e.mean - c.mean) / Math.sqrt((e.variance + c.variance) / N || 1e-12);
        const ratio = c.variance > 0 ? e.variance / c.variance : e.variance === 0 ? 1 : Infinity;
        if (Math.abs(z) > 4.8 || (c.variance > 0.3 && Math.abs(ratio - 1) > 0.08)) misses.push(`programme ${seed} ${id} ${h}: mean ${e.mean} vs ${c.mean}, variance ${e.variance} vs ${c.variance}`);
      });
    }
    expect(misses).toEqual([]);
  });
});
