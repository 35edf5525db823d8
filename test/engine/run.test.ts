import { beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../../src/engine/run';
import { type ForecastResult } from '../../src/engine/forecast-result';
import { CELLS, HORIZONS, INDICATORS } from '../seed-layout';
import { binomialPmf, varianceSe } from './reference';
import { baseline, baselineDoc, cell, valid } from './scenario-fixture';

describe('runForecast on the baseline', () => {
  const { model, targets } = baseline();

  it('gives bit-identical cells with 1, 2 and 8 runners (blocks seeded by index, not by worker)', () => {
    // 2 full blocks and a partial one, so most of the 8 runners get nothing.
    const opts = { seed: 'runners', iterations: 2 * 5000 + 617, targets };
    const one = runForecast(model, opts, { runners: 1 });
    const two = runForecast(model, opts, { runners: 2 });
    const eight = runForecast(model, opts, { runners: 8 });
    expect(one.iterations).toBe(10617);
    // Only the block carrying the subsample is kept; the others are merged away.
    expect(one.blocks.map((b) => b.n)).toEqual([5000]);
    expect(two.cells).toEqual(one.cells);
    expect(eight.cells).toEqual(one.cells);
    expect(two.accumulator.bins).toEqual(one.accumulator.bins);
    expect(eight.accumulator.meets).toEqual(one.accumulator.meets);
    expect(eight.routeMeans).toEqual(one.routeMeans);
  }, 60_000);

  it('repeats itself for the same seed and changes with the seed', () => {
    const a = runForecast(model, { seed: 42, iterations: 3000, targets });
    const b = runForecast(model, { seed: 42, iterations: 3000, targets });
    const c = runForecast(model, { seed: 43, iterations: 3000, targets });
    expect(b.cells).toEqual(a.cells);
    const varying = a.cells.map((x, i) => i).filter((i) => a.cells[i].sd > 0);
    expect(varying.length).toBeGreaterThan(50);
    // A count that is nearly constant can repeat its mean by chance (participants.B in period 2
    // is 40 in all but ~5 % of iterations); amounts are continuous and cannot.
    const changed = varying.filter((i) => c.cells[i].mean !== a.cells[i].mean);
    expect(changed.length).toBeGreaterThan(0.9 * varying.length);
    const amounts = varying.filter((i) => INDICATORS[Math.floor(i / HORIZONS.length)].kind === 'amount');
    expect(amounts.length).toBeGreaterThan(10);
    expect(amounts.every((i) => c.cells[i].mean !== a.cells[i].mean)).toBe(true);
  }, 60_000);

  it('stops after the block where onProgress returns false', () => {
    const seen: number[] = [];
    const r = runForecast(model, { seed: 1, iterations: 20_000, targets }, { onProgress: (done) => (seen.push(done), false) });
    expect(seen).toEqual([5000]);
    expect(r.iterations).toBe(5000);
    expect(r.blocks.length).toBe(1);
  });
});

/**
 * A chain of binomial thinnings with fixed rates: A1 fills Bin(seats, f) of its seats, each
 * participant mobilises with probability m and all who do go to A2 (which has room for
 * them), A2's participants become growth companies with probability g and nobody else does.
 * So participants.A2 ~ Bin(270, f·m) over the project, growth companies ~ Bin(270, f·m·g),
 * spread over the horizons by the triangular(1, 2, 3)-year lag from each period's middle.
 */
describe('closed form: a chain of binomial thinnings', () => {
  const f = 0.9;
  const m = 0.5;
  const g = 0.6;
  const doc = baselineDoc();
  const acts = doc.activities;
  acts.A1.recruitment.fillRate = f;
  acts.A1.routing = { proceed: m, to: { A2: 1 } };
  acts.A1.growthProbability = 0;
  acts.A2.units = { period1: 7, period2: 20 }; // 73 and 208 seats, above A1's 65 and 205
  delete acts.A2.routing;
  acts.A2.growthProbability = g;
  for (const id of ['B', 'C', 'D', 'E1', 'E2']) acts[id].growthProbability = 0;
  // Amounts with fixed means, so they are compound sums with closed-form moments.
  const fill = 0.8; // B, C, D and E1 fill from outside only
  for (const id of ['B', 'C', 'D', 'E1']) acts[id].recruitment.fillRate = fill;
  doc.outcomes.growth.ftePerGrowthCompany = { minimum: 1, mean: 2.2, cv: 0.5 };
  doc.outcomes.revenuePerFteDkk = 1_500_000;
  doc.outcomes.cofinancingPerSupportedCompanyDkk = { minimum: 0, mean: 67_700, cv: 0.8 };
  const { model, targets } = valid(doc);
  const N = 15_000;
  let result: ForecastResult;
  beforeAll(() => {
    result = runForecast(model, { seed: 'thinning', iterations: N, targets });
  }, 60_000);

  /** A sum of independent Bin(n_i, p_i): mean, variance and fourth central moment. */
  function sumOfBinomials(parts: [number, number][]) {
    let mean = 0;
    let variance = 0;
    let k4 = 0; // fourth cumulant: n·pq(1 − 6pq) per binomial
    for (const [n, p] of parts) {
      mean += n * p;
      variance += n * p * (1 - p);
      k4 += n * p * (1 - p) * (1 - 6 * p * (1 - p));
    }
    return { mean, variance, mu4: k4 + 3 * variance * variance };
  }

  function expectMoments(c: number, parts: [number, number][]) {
    const { mean, variance, mu4 } = sumOfBinomials(parts);
    const s = result.cells[c];
    expect(Math.abs(s.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N) + 1e-12);
    expect(Math.abs(s.sd * s.sd - variance)).toBeLessThan(5 * varianceSe(variance, mu4, N) + 1e-12);
  }

  const fm = f * m;
  const fmg = f * m * g;
  // Triangular(1, 2, 3) lag from the middle of period 1 (0.75 y) and of period 2 (2.25 y):
  // P(lag < 2.25) = 1 − 0.75²/2 and P(lag < 2.75) = 1 − 0.25²/2.
  const early1 = 1 - 0.75 ** 2 / 2;
  const early2 = 1 - 0.25 ** 2 / 2;

  it('participants.A2 per period and in total: mean and variance of Bin(seats, f·m)', () => {
    expect(model.activities.find((a) => a.id === 'A1')!.seats).toEqual([65, 205]);
    expectMoments(cell('participants.A2', 'period1'), [[65, fm]]);
    expectMoments(cell('participants.A2', 'period2'), [[205, fm]]);
    expectMoments(cell('participants.A2', 'total'), [[270, fm]]);
    expectMoments(cell('participants.A1', 'total'), [[270, f]]);
  });

  it('companies along each route and recruited directly into each activity: their means per iteration', () => {
    const recruits = (id: string) => result.recruitMeans.find((r) => r.activity === id)!.mean;
    const within = (got: number, mean: number, variance: number) => expect(Math.abs(got - mean)).toBeLessThan(5 * Math.sqrt(variance / N) + 1e-12);
    // A1 has no inflow: all its companies are recruited, Bin(270, f); A2 recruits no one.
    within(recruits('A1'), 270 * f, 270 * f * (1 - f));
    expect(recruits('A1')).toBeCloseTo(result.cells[cell('participants.A1', 'total')].mean, 9);
    expect(recruits('A2')).toBe(0);
    within(result.routeMeans.find((r) => r.from === 'A1' && r.to === 'A2')!.mean, 270 * fm, 270 * fm * (1 - fm));
    // B–E1 have no inflow and fill their seats from outside at rate 0.8: Bin(seats, 0.8).
    for (const id of ['B', 'C', 'D', 'E1']) {
      const seats = model.activities.find((a) => a.id === id)!.seats;
      const all = seats[0] + seats[1];
      within(recruits(id), all * fill, all * fill * (1 - fill));
    }
  });

  it('participants.A2 quantiles are those of Bin(270, f·m)', () => {
    const pmf = binomialPmf(270, fm);
    const cdf = (k: number) => pmf.slice(0, k + 1).reduce((a, b) => a + b, 0);
    const s = result.cells[cell('participants.A2', 'total')];
    const band = (q: number) => 5 * Math.sqrt((q * (1 - q)) / N);
    for (const [q, x] of [[0.05, s.p5], [0.25, s.p25], [0.5, s.p50], [0.75, s.p75], [0.95, s.p95]] as const) {
      // The sample q-quantile x satisfies F(x) >= q and F(x − 1) < q, up to sampling noise.
      expect(cdf(x)).toBeGreaterThan(q - band(q));
      expect(cdf(x - 1)).toBeLessThan(q + band(q));
    }
  });

  it('growth companies: Bin(270, f·m·g) in total, spread over the horizons by the lag', () => {
    expectMoments(cell('growthCompanies', 'total'), [[270, fmg]]);
    expectMoments(cell('growthCompanies', 'period2'), [[65, fmg * early1]]);
    expectMoments(cell('growthCompanies', 'after0to2'), [[65, fmg * (1 - early1)], [205, fmg * early2]]);
    expectMoments(cell('growthCompanies', 'after2to5'), [[205, fmg * (1 - early2)]]);
    for (const h of ['period1', 'after5plus'] as const) {
      const s = result.cells[cell('growthCompanies', h)];
      expect([s.mean, s.sd, s.p95]).toEqual([0, 0, 0]);
    }
  });

  it('P(participants.A2 >= its target of 125) is the Bin(270, f·m) tail', () => {
    const s = result.cells[cell('participants.A2', 'total')];
    expect(s.target).toBe(125);
    const tail = binomialPmf(270, fm).slice(125).reduce((a, b) => a + b, 0);
    expect(Math.abs(s.pMeetsTarget! - tail)).toBeLessThan(5 * Math.sqrt((tail * (1 - tail)) / N));
    expect(s.pSe).toBeCloseTo(Math.sqrt((s.pMeetsTarget! * (1 - s.pMeetsTarget!)) / N), 12);
  });

  /**
   * A sum over K companies of minimum + Gamma(1/cv², (mean − minimum)·cv²) each: mean
   * E[K]·mean, variance E[K]·((mean − minimum)·cv)² + Var(K)·mean².
   */
  function expectCompound(c: number, K: { mean: number; variance: number }, amount: { minimum: number; mean: number; cv: number }, scale = 1) {
    const mean = K.mean * amount.mean * scale;
    const variance = (K.mean * ((amount.mean - amount.minimum) * amount.cv) ** 2 + K.variance * amount.mean ** 2) * scale ** 2;
    const s = result.cells[c];
    expect(Math.abs(s.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
    // A near-normal sum: the sample variance has relative sd about √(2/N) (0.012 here).
    expect(Math.abs((s.sd * s.sd) / variance - 1)).toBeLessThan(0.07);
  }

  it('co-financing: a compound gamma sum over the supported companies', () => {
    const supported = sumOfBinomials([[65, fill], [8, fill], [24, fill], [36, fill]]);
    expectCompound(cell('privateCofinancingDkk', 'total'), supported, { minimum: 0, mean: 67_700, cv: 0.8 });
    expectMoments(cell('supportedCompanies', 'total'), [[65, fill], [8, fill], [24, fill], [36, fill]]);
  });

  it('jobs and revenue: a compound sum over growth companies, with a minimum per company', () => {
    const growth = sumOfBinomials([[270, fmg]]);
    expectCompound(cell('newJobsFte', 'total'), growth, { minimum: 1, mean: 2.2, cv: 0.5 });
    expectCompound(cell('revenueDkk', 'total'), growth, { minimum: 1, mean: 2.2, cv: 0.5 }, 1_500_000);
    // Every growth company brings at least the minimum of 1 FTE.
    const sub = result.blocks[0].subsample!.out;
    let below = 0;
    for (let i = 0; i < sub.length / CELLS; i++) {
      if (sub[i * CELLS + cell('newJobsFte', 'total')] < sub[i * CELLS + cell('growthCompanies', 'total')] - 1e-9) below++;
    }
    expect(below).toBe(0);
  });

  it('counts each company of B, C, D and E1 once as supported, in every iteration', () => {
    // Here B–E1 fill only from outside (A1 sends everyone to A2, A2 routes nowhere) and E2
    // only from E1: so companies newly supported in a period are B + C + D + E1's participants.
    const sub = result.blocks[0].subsample!;
    const rows = sub.out.length / CELLS;
    expect(rows).toBe(5000);
    let mismatches = 0;
    for (let i = 0; i < rows; i++) {
      for (const h of ['period1', 'period2', 'total'] as const) {
        const sum = ['B', 'C', 'D', 'E1'].reduce((a, id) => a + sub.out[i * CELLS + cell(`participants.${id}`, h)], 0);
        if (sub.out[i * CELLS + cell('supportedCompanies', h)] !== sum) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });
});
