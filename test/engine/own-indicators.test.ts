import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { createBlockRunner } from '../../src/engine/blocks';
import { BLOCK_SIZE } from '../../src/engine/block-plan';
import { cellOf, layoutOf, type Layout } from '../../src/engine/layout';
import { setAt } from '../../src/scenario/doc-path';
import { binomialPmf, chiSquare, chiSquareCritical, tally } from './reference';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const baseline = (): Doc => JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
const fixed = (value: number) => ({ type: 'fixed', value });
const label = (en: string) => ({ da: en, en });
function ok(doc: unknown): ValidScenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Every iteration's cells of one block of a scenario (n × cells). */
function outputs(v: ValidScenario, seed: number, block = 0): { out: Float64Array; n: number; layout: Layout } {
  const layout = layoutOf(v.model);
  const out = new Float64Array(BLOCK_SIZE * layout.cells);
  const r = createBlockRunner(v.model, seed, BLOCK_SIZE, v.targets).run(block, out);
  return { out, n: r.n, layout };
}

/** The values of one cell in each iteration. */
function column(o: ReturnType<typeof outputs>, indicator: string, horizon: string): Float64Array {
  const c = cellOf(o.layout, indicator, horizon);
  expect(c).toBeGreaterThanOrEqual(0);
  return Float64Array.from({ length: o.n }, (_, i) => o.out[i * o.layout.cells + c]);
}

const SUPPORT = ['B', 'C', 'D', 'E1', 'E2'];

/** The baseline with indicators of every kind added: the support activities once more (as RCO04), a subset, activity sets that overlap, a state, a sum and ratios. */
function withOwn(): Doc {
  const doc = baseline();
  doc.outcomes.states = [{ id: 'orgInnovation', name: label('Organisational innovation'), activities: ['C', 'D', 'F'], probability: fixed(0.4), lagYears: fixed(1) }];
  doc.indicators = [
    { id: 'RCO04', label: label('Non-financial support'), code: 'RCO04', rule: { kind: 'companies', activities: SUPPORT, subsetOf: 'supportedCompanies' } },
    { id: 'advice', label: label('Advice'), rule: { kind: 'companies', activities: ['C', 'D'], subsetOf: 'RCO04' } },
    { id: 'reached', label: label('Reached at all'), rule: { kind: 'companies', activities: ['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'] } },
    { id: 'inF', label: label('In F'), rule: { kind: 'companies', activities: ['F'] } },
    { id: 'innovating', label: label('Innovation'), rule: { kind: 'companies', activities: ['F'] } },
    { id: 'RCR04', label: label('Organisational innovation'), rule: { kind: 'state', state: 'orgInnovation' } },
    { id: 'RCO10', label: label('Research cooperation'), rule: { kind: 'state', state: 'researchCooperation' } },
    { id: 'RCR02', label: label('Private investment'), rule: { kind: 'sum', of: ['privateCofinancingDkk', 'privateCofinancingDkkF'] } },
    { id: 'jobsPerGrowth', label: label('Jobs per growth company'), rule: { kind: 'ratio', numerator: 'newJobsFte', denominator: 'growthCompanies' } },
  ];
  return doc;
}

describe('the scenario’s own indicators', () => {
  it('come after the built-in ones in the layout, and leave every built-in cell as it was, iteration by iteration (same seed)', () => {
    const plain = outputs(ok(baseline()), 3, 1);
    const own = outputs(ok(withOwn()), 3, 1);
    const ids = own.layout.indicators.map((d) => d.id);
    expect(ids.slice(0, plain.layout.indicators.length)).toEqual(plain.layout.indicators.map((d) => d.id));
    expect(ids.slice(plain.layout.indicators.length)).toEqual(withOwn().indicators.map((d: { id: string }) => d.id));
    for (let i = 0; i < plain.n; i++) {
      const a = plain.out.subarray(i * plain.layout.cells, (i + 1) * plain.layout.cells);
      const b = own.out.subarray(i * own.layout.cells, i * own.layout.cells + plain.layout.cells);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });

  it('unique companies: the support activities counted by a rule are the built-in supported companies in every iteration and period; one activity is its participants', () => {
    const o = outputs(ok(withOwn()), 8);
    for (const h of ['period1', 'period2', 'projectTotal']) {
      expect(Array.from(column(o, 'RCO04', h))).toEqual(Array.from(column(o, 'supportedCompanies', h)));
      expect(Array.from(column(o, 'inF', h))).toEqual(Array.from(column(o, 'participants.F', h)));
      // F takes only companies from outside and from E2, each once: the built-in count of F's companies.
      expect(Array.from(column(o, 'innovating', h))).toEqual(Array.from(column(o, 'supportedCompaniesF', h)));
    }
    // Companies only enter through A1 or by recruitment into an activity, and each counts once.
    const reached = column(o, 'reached', 'projectTotal');
    const recruitedOrA1 = ['A1', 'B', 'C', 'D', 'E1', 'F'];
    const a1 = column(o, 'participants.A1', 'projectTotal');
    const a2 = column(o, 'participants.A2', 'projectTotal');
    const entering = recruitedOrA1.map((a) => column(o, `participants.${a}`, 'projectTotal'));
    for (let i = 0; i < o.n; i++) {
      expect(reached[i]).toBeLessThanOrEqual(entering.reduce((s, c) => s + c[i], 0));
      expect(reached[i]).toBeGreaterThanOrEqual(Math.max(a1[i], a2[i]));
    }
  });

  it('a subset never exceeds its parent at the totals, in any iteration', () => {
    const o = outputs(ok(withOwn()), 21);
    for (const h of ['projectTotal', 'total']) {
      const parent = column(o, 'RCO04', h);
      const sub = column(o, 'advice', h);
      for (let i = 0; i < o.n; i++) expect(sub[i]).toBeLessThanOrEqual(parent[i]);
    }
  });

  it('a sum is the sum of its indicators and a ratio the ratio of their totals, in every iteration; a state copies its built-in cells', () => {
    const o = outputs(ok(withOwn()), 5);
    for (const h of ['period1', 'period2', 'after0to2', 'after5plus', 'total']) {
      const sum = column(o, 'RCR02', h);
      const a = column(o, 'privateCofinancingDkk', h);
      const b = column(o, 'privateCofinancingDkkF', h);
      // Exact in each event horizon; at the total, the same sum in another order.
      for (let i = 0; i < o.n; i++) expect(Math.abs(sum[i] - (a[i] + b[i]))).toBeLessThanOrEqual(1e-12 * sum[i]);
      if (h !== 'total') for (let i = 0; i < o.n; i++) expect(sum[i]).toBe(a[i] + b[i]);
      expect(Array.from(column(o, 'RCO10', h))).toEqual(Array.from(column(o, 'researchCooperation', h)));
    }
    for (const h of ['projectTotal', 'total']) {
      const r = column(o, 'jobsPerGrowth', h);
      const jobs = column(o, 'newJobsFte', h);
      const growth = column(o, 'growthCompanies', h);
      for (let i = 0; i < o.n; i++) expect(r[i]).toBe(jobs[i] === 0 ? 0 : growth[i] > 0 ? jobs[i] / growth[i] : Infinity);
    }
    // A ratio has cells at the totals only.
    expect(o.layout.live.includes(cellOf(o.layout, 'jobsPerGrowth', 'period1'))).toBe(false);
  });
});

const unit = (blank as { activities: { unit: unknown }[] }).activities[0].unit;

/**
 * Crafted overlaps: A recruits its 100 seats in full and sends each company on to B with
 * probability ½; B has 80 seats and fills those left by recruiting. So |A ∪ B| = 100 + 80 −
 * min(X, 80) with X ~ Binomial(100, ½), |B| = 80, and B's own recruits 80 − min(X, 80).
 */
function overlap(): Doc {
  return setAt(setAt(blank, ['activities'], [
    { id: 'A', name: 'A', unit, aim: 'growth', units: { period1: 100 }, companiesPerUnit: 1, countsAsSupport: false,
      recruitment: { fillRate: fixed(1) }, routing: { proceed: fixed(0.5), to: { B: fixed(1) } } },
    { id: 'B', name: 'B', unit, aim: 'growth', units: { period1: 80 }, companiesPerUnit: 1, countsAsSupport: true, recruitment: { fillRate: fixed(1) } },
  ]), ['indicators'], [
    { id: 'both', label: label('A or B'), rule: { kind: 'companies', activities: ['A', 'B'] } },
    { id: 'onlyB', label: label('B'), rule: { kind: 'companies', activities: ['B'] } },
  ]);
}

describe('closed forms', () => {
  it('unique companies over two overlapping activities: 180 − min(X, 80), X ~ Binomial(100, ½), exactly in distribution', () => {
    const o = outputs(ok(overlap()), 4);
    const both = column(o, 'both', 'projectTotal');
    const onlyB = column(o, 'onlyB', 'projectTotal');
    const pmf = binomialPmf(100, 0.5);
    // Y = 180 − min(X, 80): Y − 100 takes 80 − min(X, 80); its pmf from the binomial's.
    const yPmf = new Float64Array(81);
    pmf.forEach((p, x) => (yPmf[80 - Math.min(x, 80)] += p));
    const ys = Float64Array.from(both, (y) => y - 100);
    const { stat, df } = chiSquare(tally(ys, 80), yPmf, o.n);
    expect(stat).toBeLessThan(chiSquareCritical(df));
    for (let i = 0; i < o.n; i++) expect(onlyB[i]).toBe(80);
  });

  it('two periods, with companies waiting for seats: every company of A is counted once, in the period it first takes part', () => {
    // A's 100 companies in period 1 all go on to B, which has 20 seats then and 100 in period 2.
    let doc = setAt(overlap(), ['periods'], [{ id: 'period1', years: 1 }, { id: 'period2', years: 1 }]);
    doc = setAt(doc, ['activities', 'A', 'units'], { period1: 100, period2: 0 });
    doc = setAt(doc, ['activities', 'A', 'routing', 'proceed'], fixed(1));
    doc = setAt(doc, ['activities', 'B', 'units'], { period1: 20, period2: 100 });
    doc = setAt(doc, ['activities', 'B', 'recruitment'], undefined);
    const o = outputs(ok(doc), 9);
    const every = (id: string, h: string, value: number) => expect(new Set(column(o, id, h))).toEqual(new Set([value]));
    every('both', 'period1', 100);
    every('both', 'period2', 0);
    every('onlyB', 'period1', 20);
    every('onlyB', 'period2', 80);
  });

  it('a state of the planner’s: Binomial(100, 0.3) of A’s 100 companies, in the horizon its fixed lag puts it', () => {
    let doc = setAt(overlap(), ['outcomes', 'states'], [{ id: 'exports', name: label('Starts exporting'), activities: ['A'], probability: fixed(0.3), lagYears: fixed(0) }]);
    doc = setAt(doc, ['indicators'], [{ id: 'exporters', label: label('Exporters'), rule: { kind: 'state', state: 'exports' } }]);
    const o = outputs(ok(doc), 12);
    const k = column(o, 'exporters', 'period1');
    const { stat, df } = chiSquare(tally(k, 100), binomialPmf(100, 0.3), o.n);
    expect(stat).toBeLessThan(chiSquareCritical(df));
    expect(Array.from(column(o, 'exporters', 'total'))).toEqual(Array.from(k));
  });
});

describe('an amount per company reaching a state', () => {
  /** A's 100 companies reach the state with probability 0.3 at once; each brings new jobs with this mean and spread. */
  const withAmount = (amountFte: unknown) => {
    let doc = setAt(overlap(), ['outcomes', 'states'], [{ id: 'exports', name: label('Starts exporting'), activities: ['A'], probability: fixed(0.3), lagYears: fixed(0), amountFte }]);
    doc = setAt(doc, ['indicators'], [
      { id: 'exporters', label: label('Exporters'), rule: { kind: 'state', state: 'exports' } },
      { id: 'exportJobs', label: label('Jobs in exporters'), rule: { kind: 'amount', state: 'exports' } },
    ]);
    return ok(doc);
  };

  it('with no spread, exactly the mean for each company reaching it; giving the state an amount leaves its counts’ draws as they were', () => {
    const o = outputs(withAmount({ mean: fixed(2.5), cv: 0 }), 6);
    const k = column(o, 'exporters', 'period1');
    const jobs = column(o, 'exportJobs', 'period1');
    for (let i = 0; i < o.n; i++) expect(jobs[i]).toBe(2.5 * k[i]);
    let plain = setAt(overlap(), ['outcomes', 'states'], [{ id: 'exports', name: label('Starts exporting'), activities: ['A'], probability: fixed(0.3), lagYears: fixed(0) }]);
    plain = setAt(plain, ['indicators'], [{ id: 'exporters', label: label('Exporters'), rule: { kind: 'state', state: 'exports' } }]);
    expect(Array.from(column(outputs(ok(plain), 6), 'exporters', 'period1'))).toEqual(Array.from(k));
  });

  it('with a spread, the sum of a random number of gammas: E = E[K]·m and Var = E[K]·(m·cv)² + Var[K]·m², K ~ Binomial(100, 0.3)', () => {
    const m = 2;
    const cv = 0.8;
    const jobs: number[] = [];
    const v = withAmount({ mean: fixed(m), cv });
    for (let b = 0; b < 8; b++) jobs.push(...column(outputs(v, 30, b), 'exportJobs', 'total'));
    const n = jobs.length;
    const mean = jobs.reduce((s, x) => s + x, 0) / n;
    const variance = jobs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    const eK = 30;
    const varK = 100 * 0.3 * 0.7;
    const eS = eK * m;
    const varS = eK * (m * cv) ** 2 + varK * m * m;
    expect(Math.abs(mean - eS)).toBeLessThan(5 * Math.sqrt(varS / n));
    // The sample variance's standard error, from the sum's fourth moment being near the normal's (3σ⁴): √(2/n)·σ², with room.
    expect(Math.abs(variance / varS - 1)).toBeLessThan(6 * Math.sqrt(2 / n));
  });

  it('an outcome brings one amount: new jobs or DKK, not both; an amount rule names an outcome that has one', () => {
    const doc = setAt(overlap(), ['outcomes', 'states'], [{ id: 'exports', name: label('Starts exporting'), activities: ['A'], probability: fixed(0.3), lagYears: fixed(0), amountFte: { mean: 1, cv: 0 }, amountDkk: { mean: 1, cv: 0 } }]);
    const r = validateScenario(setAt(doc, ['indicators'], [{ id: 'x', label: label('X'), rule: { kind: 'amount', state: 'nothing' } }]));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['outcomes.states.exports.amountDkk', 'twoAmounts'], ['indicators.x.rule.state', 'unknownState']]);
  });
});

describe('generated indicator sets (property)', () => {
  const acts = ['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'];
  const subsetOf = (set: string[]) => fc.subarray(set, { minLength: 1 });
  it('any set of activities counts each company once: at most the sum of its activities’ participants, at least the largest; a subset of it at most it; the built-in cells unchanged', () => {
    const plain = outputs(ok(baseline()), 2);
    fc.assert(
      fc.property(fc.array(subsetOf(acts), { minLength: 1, maxLength: 3 }).chain((sets) => fc.tuple(fc.constant(sets), fc.array(fc.nat(), { minLength: sets.length, maxLength: sets.length }))), ([sets, picks]) => {
        const doc = baseline();
        doc.indicators = sets.flatMap((set, j) => {
          const sub = set.filter((_, i) => ((picks[j] >> i) & 1) === 1);
          return [
            { id: `set${j}`, label: label(`Set ${j}`), rule: { kind: 'companies', activities: set } },
            ...(sub.length ? [{ id: `sub${j}`, label: label(`Subset ${j}`), rule: { kind: 'companies', activities: sub, subsetOf: `set${j}` } }] : []),
          ];
        });
        const o = outputs(ok(doc), 2);
        for (let i = 0; i < o.n; i += 7) {
          const row = (id: string, h: string) => o.out[i * o.layout.cells + cellOf(o.layout, id, h)];
          expect(Array.from(o.out.subarray(i * o.layout.cells, i * o.layout.cells + plain.layout.cells))).toEqual(Array.from(plain.out.subarray(i * plain.layout.cells, (i + 1) * plain.layout.cells)));
          sets.forEach((set, j) => {
            const u = row(`set${j}`, 'projectTotal');
            const parts = set.map((a) => row(`participants.${a}`, 'projectTotal'));
            expect(u).toBeLessThanOrEqual(parts.reduce((s, x) => s + x, 0));
            expect(u).toBeGreaterThanOrEqual(Math.max(...parts));
            if (cellOf(o.layout, `sub${j}`, 'projectTotal') >= 0) expect(row(`sub${j}`, 'projectTotal')).toBeLessThanOrEqual(u);
          });
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('an amount derived from another indicator', () => {
  /** B's 80 companies (fixed), and DKK derived from them at `dkkPer` each; and from a sum declared after it. */
  const derived = (dkkPer: unknown) =>
    ok(setAt(overlap(), ['indicators'], [
      { id: 'onlyB', label: label('B'), rule: { kind: 'companies', activities: ['B'] } },
      { id: 'value', label: label('Value'), rule: { kind: 'derived', from: 'onlyB', dkkPer } },
      { id: 'ofSum', label: label('Of a sum'), rule: { kind: 'derived', from: 'twice', dkkPer: 10 } },
      { id: 'twice', label: label('B twice'), rule: { kind: 'sum', of: ['onlyB', 'onlyB'] } },
      { id: 'perCompany', label: label('Value per company'), rule: { kind: 'ratio', numerator: 'value', denominator: 'onlyB' } },
    ]));

  it('is the indicator’s cells × the DKK per unit, in every iteration and horizon; of a sum too; a ratio may divide it', () => {
    const o = outputs(derived(fixed(1500)), 2);
    for (const h of ['period1', 'after0to2', 'projectTotal', 'total']) {
      const of = column(o, 'onlyB', h);
      const value = column(o, 'value', h);
      const ofSum = column(o, 'ofSum', h);
      for (let i = 0; i < o.n; i++) {
        expect(value[i]).toBe(of[i] * 1500);
        expect(ofSum[i]).toBe(2 * of[i] * 10);
      }
    }
    expect(new Set(column(o, 'perCompany', 'total'))).toEqual(new Set([1500]));
  });

  it('an uncertain DKK per unit is drawn once per iteration: 80 × U, U ~ Uniform(100, 200), by a Kolmogorov–Smirnov test', () => {
    const us: number[] = [];
    const v = derived({ type: 'uniform', min: 100, max: 200 });
    for (let b = 0; b < 4; b++) us.push(...Array.from(column(outputs(v, 40, b), 'value', 'total'), (x) => x / 80));
    us.sort((a, b) => a - b);
    const n = us.length;
    const d = Math.max(...us.map((u, i) => Math.max((i + 1) / n - (u - 100) / 100, (u - 100) / 100 - i / n)));
    // The 1 % critical value of the one-sample statistic: 1.63 / √n.
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
    expect(us[0]).toBeGreaterThanOrEqual(100);
    expect(us[n - 1]).toBeLessThanOrEqual(200);
  });

  it('adding one leaves every other cell as it was (same seed): its DKK per unit is an input after the others', () => {
    const plain = outputs(ok(baseline()), 5);
    const doc = baseline();
    doc.indicators = [{ id: 'exportRevenue', label: label('Revenue'), rule: { kind: 'derived', from: 'newJobsFte', dkkPer: { type: 'pert', min: 4e5, mode: 6e5, max: 9e5 } } }];
    const own = outputs(ok(doc), 5);
    const cells = plain.layout.cells;
    let differ = 0;
    for (let i = 0; i < plain.n; i++) for (let c = 0; c < cells; c++) if (!Object.is(own.out[i * own.layout.cells + c], plain.out[i * cells + c])) differ++;
    expect(differ).toBe(0);
    const jobs = column(own, 'newJobsFte', 'total');
    const revenue = column(own, 'exportRevenue', 'total');
    for (let i = 0; i < own.n; i++) expect(revenue[i] / Math.max(jobs[i], 1e-300)).toBeLessThanOrEqual(9e5 * (1 + 1e-12));
  });

  it('what a rule may name: no sum of a derived amount, no derived amount of a ratio or of a derived amount', () => {
    const r = validateScenario(setAt(overlap(), ['indicators'], [
      { id: 'onlyB', label: label('B'), rule: { kind: 'companies', activities: ['B'] } },
      { id: 'value', label: label('Value'), rule: { kind: 'derived', from: 'onlyB', dkkPer: 5 } },
      { id: 'ofValue', label: label('Of value'), rule: { kind: 'derived', from: 'value', dkkPer: 5 } },
      { id: 'sum', label: label('Sum'), rule: { kind: 'sum', of: ['value'] } },
      { id: 'ratio', label: label('Ratio'), rule: { kind: 'ratio', numerator: 'value', denominator: 'onlyB' } },
      { id: 'ofRatio', label: label('Of ratio'), rule: { kind: 'derived', from: 'ratio', dkkPer: 5 } },
    ]));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['indicators.sum.rule.of.0', 'ruleOperand', '"value" is a derived amount; a sum adds indicators that are not sums, ratios or derived amounts'],
      ['indicators.ofValue.rule.from', 'ruleOperand', '"value" is a derived amount; a derived amount multiplies an indicator that is not a ratio or a derived amount'],
      ['indicators.ofRatio.rule.from', 'ruleOperand', '"ratio" is a ratio; a derived amount multiplies an indicator that is not a ratio or a derived amount'],
    ]);
    const none = validateScenario(setAt(overlap(), ['indicators'], [{ id: 'noRate', label: label('No rate'), rule: { kind: 'derived', from: 'onlyB' } }]));
    expect(none.ok ? [] : none.errors.map((e) => [e.path, e.code])).toEqual([['indicators.noRate.rule.dkkPer', 'required']]);
  });
});
