import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { runForecast } from '../../src/engine/run';
import { CELLS } from '../seed-layout';
import { baselineDoc, cell, valid, type Doc } from './scenario-fixture';
import { sampleMoments } from './reference';

/**
 * Each company's job effect counted once: closed forms for small programmes, and a
 * company-by-company reference simulation of a chain of activities, written here without
 * the engine's aggregated draws.
 */

/** The baseline's activities with no seats, routes, recruitment or growth; amounts fixed. */
function emptyProgramme(): Doc {
  const doc = baselineDoc();
  for (const a of Object.values(doc.activities) as Doc[]) {
    a.units = { period1: 0, period2: 0 };
    delete a.routing;
    delete a.recruitment;
    delete a.growthProbability;
    delete a.plannedParticipants;
  }
  doc.activities.A1.growthProbability = 0;
  doc.outcomes.growth = { lagYears: 0, ftePerGrowthCompany: { minimum: 0, mean: 2, cv: 0 } };
  doc.outcomes.otherSupportedFte = { minimum: 0, mean: 1, cv: 0, lagYears: 0 };
  doc.outcomes.revenuePerFteDkk = 1_000_000;
  doc.targets = {};
  return doc;
}

/** The subsample's values of one cell (the first 5,000 iterations), or of all iterations when given. */
function column(doc: Doc, c: number, iterations = 5000): Float64Array {
  const { model, targets } = valid(doc);
  const r = runForecast(model, { seed: 'jobs-once', iterations, targets });
  const rows = r.blocks[0].subsample!.out;
  return Float64Array.from({ length: rows.length / CELLS }, (_, i) => rows[i * CELLS + c]);
}

describe('new jobs: one effect per company', () => {
  /** E2 with 9 companies from outside, all routed on to F. */
  function e2ToF(growth: number): Doc {
    const doc = emptyProgramme();
    doc.activities.E2.units = { period1: 3, period2: 0 }; // 3 networks × 3 companies
    doc.activities.E2.recruitment = { fillRate: 1 };
    doc.activities.E2.routing = { proceed: 1, to: { F: 1 } };
    doc.activities.E2.growthProbability = growth;
    doc.activities.F.units = { period1: 3, period2: 0 };
    return doc;
  }

  it('E2 → F with growth probability 0.5: jobs = 2·G + 1·(9 − G), G ~ Bin(9, 0.5): mean 13.5, variance 2.25', () => {
    const jobs = column(e2ToF(0.5), cell('newJobsFte', 'total'));
    const { mean, variance } = sampleMoments(jobs);
    const n = jobs.length;
    // jobs = 9 + G: mean 13.5, variance 9 · 0.25 = 2.25; the sample variance's sd is about 2.25·√(2/n).
    expect(Math.abs(mean - 13.5)).toBeLessThan(5 * Math.sqrt(2.25 / n));
    expect(Math.abs(variance - 2.25)).toBeLessThan(5 * 2.25 * Math.sqrt(2 / n));
    // Every iteration lies on the line 9 + G.
    expect(jobs.every((j) => Number.isInteger(j) && j >= 9 && j <= 18)).toBe(true);
  });

  it('E2 → F with every company growing: exactly 2 FTE each, 18 in all, none more for taking part in F', () => {
    const doc = e2ToF(1);
    expect(new Set(column(doc, cell('newJobsFte', 'total')))).toEqual(new Set([18]));
    expect(new Set(column(doc, cell('supportedCompaniesF', 'total')))).toEqual(new Set([9]));
  });

  it('companies recruited into F from outside bring no A1–E2 jobs', () => {
    const doc = emptyProgramme();
    doc.activities.F.units = { period1: 3, period2: 3 };
    doc.activities.F.recruitment = { fillRate: 1 };
    expect(new Set(column(doc, cell('newJobsFte', 'total')))).toEqual(new Set([0]));
    expect(new Set(column(doc, cell('supportedCompaniesF', 'total')))).toEqual(new Set([18]));
  });

  it('F’s growthProbability and countsAsSupport are refused, each at its field', () => {
    const doc = e2ToF(0.5);
    doc.activities.F.growthProbability = 0.3;
    doc.activities.F.countsAsSupport = true;
    const paths = (() => {
      try {
        valid(doc);
        return [];
      } catch (e) {
        return (JSON.parse(String((e as Error).message).replace(/^scenario rejected: /, '')) as { path: string; message: string }[]);
      }
    })();
    expect(paths.map((p) => p.path).sort()).toEqual(['activities.F.countsAsSupport', 'activities.F.growthProbability']);
    expect(paths.find((p) => p.path.endsWith('growthProbability'))!.message).toMatch(/^is not used: F’s companies are counted in the innovation indicators/);
    expect(paths.find((p) => p.path.endsWith('countsAsSupport'))!.message).toMatch(/^must be false: F’s companies are counted in “supportedCompaniesF”, not among the growth activities/);
  });
});

describe('a chain of activities, company by company', () => {
  // A1 → A2 → B → E1 → E2 → F, seats everywhere larger than what can arrive, so nobody
  // waits; fixed rates, so the engine's and the reference's iterations are exchangeable.
  const fill = 0.9;
  const proceed: Record<string, number> = { A1: 0.7, A2: 0.8, B: 0.6, E1: 0.75, E2: 0.9 };
  const next: Record<string, string> = { A1: 'A2', A2: 'B', B: 'E1', E1: 'E2', E2: 'F' };
  const growth: Record<string, number> = { A1: 0, A2: 0.1, B: 0.3, E1: 0.4, E2: 0.5 };
  const supports = new Set(['B', 'E1', 'E2']);
  const fteGrowth = 2;
  const fteOther = 1;
  const seats = 40;

  function chain(): Doc {
    const doc = emptyProgramme();
    doc.activities.A1.units = { period1: seats, period2: 0 };
    doc.activities.A1.companiesPerUnit = 1;
    doc.activities.A1.recruitment = { fillRate: fill };
    for (const id of ['A2', 'B', 'E1', 'E2', 'F']) {
      doc.activities[id].units = { period1: seats, period2: 0 };
      doc.activities[id].companiesPerUnit = 1;
    }
    for (const [id, to] of Object.entries(next)) doc.activities[id].routing = { proceed: proceed[id], to: { [to]: 1 } };
    for (const [id, g] of Object.entries(growth)) doc.activities[id].growthProbability = g;
    for (const id of ['A1', 'A2', 'B', 'E1', 'E2', 'F']) doc.activities[id].countsAsSupport = supports.has(id);
    return doc;
  }

  /**
   * One iteration, company by company: each of A1's seats is taken with probability `fill`;
   * the company walks the chain while it proceeds; at the last activity before F it becomes
   * a growth company with that activity's probability (2 FTE), else, if any activity it took
   * part in counts as support, it brings 1 FTE. F adds nothing.
   */
  function referenceIteration(rng: () => number): { jobs: number; growth: number; supported: number } {
    let jobs = 0;
    let grown = 0;
    let supported = 0;
    for (let s = 0; s < seats; s++) {
      if (rng() >= fill) continue;
      let at = 'A1';
      let wasSupported = false;
      for (;;) {
        wasSupported ||= supports.has(at);
        if (at === 'F') break;
        if (rng() >= proceed[at] || next[at] === 'F') break;
        at = next[at];
      }
      // The last growth activity: the one the company left for F, or where it stopped.
      const last = at === 'F' ? 'E2' : at;
      if (wasSupported) supported++;
      if (rng() < growth[last]) {
        grown++;
        jobs += fteGrowth;
      } else if (wasSupported) jobs += fteOther;
    }
    return { jobs, growth: grown, supported };
  }

  it('the engine’s mean jobs, growth companies and supported companies equal the company-by-company sums', () => {
    const doc = chain();
    const n = 5000;
    const engine = {
      jobs: sampleMoments(column(doc, cell('newJobsFte', 'total'), n)),
      growth: sampleMoments(column(doc, cell('growthCompanies', 'total'), n)),
      supported: sampleMoments(column(doc, cell('supportedCompanies', 'total'), n)),
    };
    const rng = seedrandom('reference chain');
    const ref = Array.from({ length: 20_000 }, () => referenceIteration(rng));
    for (const key of ['jobs', 'growth', 'supported'] as const) {
      const r = sampleMoments(ref.map((x) => x[key]));
      const e = engine[key];
      const se = Math.sqrt(r.variance / ref.length + e.variance / n);
      expect(Math.abs(e.mean - r.mean), key).toBeLessThan(5 * se);
      // Variances agree too (each estimated with relative sd of a few per cent).
      expect(e.variance / r.variance, key).toBeGreaterThan(0.85);
      expect(e.variance / r.variance, key).toBeLessThan(1.15);
    }
  });
});

describe('companies turned away in period 2 after waiting since period 1', () => {
  /**
   * B takes 10 companies from outside in each period and sends all of them to D; D has no
   * seats in period 1 and 10 in period 2. So in period 2, 10 companies that waited since
   * period 1 and 10 new ones compete for D's 10 seats; those turned away leave as B's
   * completers and all become growth companies (B's probability 1) after a fixed lag of
   * 1 year. Timed from period 1's middle (0.75 + 1 = 1.75) they fall in period 2; timed from
   * period 2's (2.25 + 1 = 3.25), 0–2 years after. The waiting ones turned away are
   * Hypergeometric(10 waited, 10 new, 10 turned away): mean 5, variance 10 · ½ · ½ · 10/19.
   */
  function waiting(): Doc {
    const doc = emptyProgramme();
    doc.activities.B.units = { period1: 10, period2: 10 };
    doc.activities.B.recruitment = { fillRate: 1 };
    doc.activities.B.routing = { proceed: 1, to: { D: 1 } };
    doc.activities.B.growthProbability = 1;
    doc.activities.D.units = { period1: 0, period2: 10 };
    doc.activities.D.companiesPerUnit = 1;
    doc.activities.D.growthProbability = 0;
    doc.outcomes.growth.lagYears = 1;
    return doc;
  }

  it('are timed from period 1, the period they took part in', () => {
    const doc = waiting();
    const p2 = column(doc, cell('growthCompanies', 'period2'));
    const after = column(doc, cell('growthCompanies', 'after0to2'));
    expect(p2.every((x, i) => x + after[i] === 10)).toBe(true);
    const { mean, variance } = sampleMoments(p2);
    const v = (10 * 0.25 * 10) / 19;
    expect(Math.abs(mean - 5)).toBeLessThan(5 * Math.sqrt(v / p2.length));
    expect(Math.abs(variance / v - 1)).toBeLessThan(0.1);
  });

  it('all of them, when no new company competes for the seats', () => {
    const doc = waiting();
    doc.activities.B.units = { period1: 10, period2: 0 };
    doc.activities.D.units = { period1: 0, period2: 0 };
    expect(new Set(column(doc, cell('growthCompanies', 'period2')))).toEqual(new Set([10]));
    expect(new Set(column(doc, cell('growthCompanies', 'after0to2')))).toEqual(new Set([0]));
  });
});
