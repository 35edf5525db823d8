import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText, type ValidScenario } from '../../src/scenario/parse';
import { coherenceChecks } from '../../src/scenario/checks';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { probabilityAtLeast } from '../../src/engine/cell-stats';

/**
 * docs/scenario-format.md and its worked example, docs/examples/export-programme.json: every
 * whole scenario the page shows is valid, the example is the file, and a forecast of the
 * example has what its numbers imply in every iteration.
 */
const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const doc = read('docs/scenario-format.md');
const exampleText = read('docs/examples/export-programme.json');

/** The ```json code blocks of the page, in order. */
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

function valid(text: string): ValidScenario {
  const p = parseScenarioText(text);
  if (!p.ok) throw new Error(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return p.value;
}

describe('docs/scenario-format.md', () => {
  it('parses the example file', () => {
    expect(parseScenarioText(exampleText).ok).toBe(true);
  });

  it('shows only whole scenarios that are valid, the example among them as the file has it', () => {
    const whole = jsonBlocks.filter((b) => /"schemaVersion"\s*:/.test(b));
    expect(whole.length).toBeGreaterThan(0);
    for (const b of whole) valid(b);
    expect(whole.map((b) => JSON.parse(b))).toContainEqual(JSON.parse(exampleText));
  });

  it('shows fragments that are JSON (a value, or members of an object)', () => {
    for (const b of jsonBlocks) {
      const asValue = () => JSON.parse(b);
      const asMembers = () => JSON.parse(`{${b}}`);
      expect(() => { try { asValue(); } catch { asMembers(); } }, b.slice(0, 80)).not.toThrow();
    }
  });

  it('raises no coherence check on the example', () => {
    expect(coherenceChecks(valid(exampleText)).map((c) => c.id)).toEqual([]);
  });
});

describe('a forecast of the export programme example', () => {
  const v = valid(exampleText);
  const r = runForecast(v.model, { seed: 1, iterations: 2000, targets: v.targets });
  const cell = (indicator: string, horizon: string) => {
    const c = cellOf(r.layout, indicator, horizon);
    if (c < 0) throw new Error(`no cell ${indicator} × ${horizon}`);
    return c;
  };
  const summary = (indicator: string, horizon: string) => r.cells[cell(indicator, horizon)];
  /** Whether the cell is `value` in every iteration. */
  const always = (indicator: string, horizon: string, value: number) => {
    const s = summary(indicator, horizon);
    return s.mean === value && s.sd === 0 && s.p5 === value && s.p95 === value;
  };
  /** The most the count cell reached in any iteration is at most `max`. */
  const atMost = (indicator: string, horizon: string, max: number) => probabilityAtLeast(r, cell(indicator, horizon), max + 1) === 0;
  const periods = ['p1', 'p2', 'p3'];

  it('has the three periods by id, in order, then the windows after and the totals', () => {
    expect(r.iterations).toBe(2000);
    expect(r.layout.horizons).toEqual([...periods, 'after0to2', 'after2to5', 'after5plus', 'projectTotal', 'total']);
    expect(r.layout.indicators.slice(-3).map((d) => d.id)).toEqual(['participants.screen', 'participants.advise', 'participants.network']);
  });

  it('screens exactly its seats: 4, 4 and 2 workshops of 12 with a fill rate of 1, and no company sent to it', () => {
    expect(always('participants.screen', 'p1', 48)).toBe(true);
    expect(always('participants.screen', 'p2', 48)).toBe(true);
    expect(always('participants.screen', 'p3', 24)).toBe(true);
    expect(always('participants.screen', 'projectTotal', 120)).toBe(true);
    expect(summary('participants.screen', 'projectTotal').pMeetsTarget).toBe(1);
    expect(r.recruitMeans).toEqual([
      { activity: 'screen', mean: 120 },
      { activity: 'advise', mean: expect.any(Number) },
      { activity: 'network', mean: 0 },
    ]);
  });

  it('never has more participants than seats, and none in a period without units', () => {
    const seats: Record<string, number[]> = { advise: [16, 20, 16], network: [0, 10, 10] };
    for (const [id, perPeriod] of Object.entries(seats)) {
      perPeriod.forEach((k, p) => expect(atMost(`participants.${id}`, periods[p], k), `${id} ${periods[p]}`).toBe(true));
      expect(atMost(`participants.${id}`, 'projectTotal', perPeriod.reduce((a, b) => a + b, 0))).toBe(true);
    }
    expect(always('participants.network', 'p1', 0)).toBe(true);
    expect(summary('supportedCompanies', 'projectTotal').p50).toBeLessThanOrEqual(16 + 20 + 16);
  });

  it('counts as supported exactly the advised companies: network takes only companies advise has supported', () => {
    // screen does not count as support, so every company advise takes is supported there for the first time.
    for (const h of [...periods, 'projectTotal', 'total']) {
      expect(r.accumulator.bins[cell('supportedCompanies', h)], h).toEqual(r.accumulator.bins[cell('participants.advise', h)]);
    }
    expect(summary('supportedCompanies', 'projectTotal').mean).toBeGreaterThan(0);
  });

  it('places every growth company after the project, within five years: the lag is 3 to 5 years from a period middle', () => {
    // The earliest event is 0.5 + 3 = 3.5 years, the end of the project (never exactly, the lag is continuous);
    // the latest 2.75 + 5 = 7.75, before the 2–5-year window ends at 3.5 + 5 = 8.5.
    for (const h of [...periods, 'projectTotal', 'after5plus']) expect(always('growthCompanies', h, 0), h).toBe(true);
    expect(summary('growthCompanies', 'total').mean).toBeGreaterThan(0);
    expect(atMost('growthCompanies', 'total', 120 + 52)).toBe(true);
  });

  it('has no jobs in the first period nor five years after: the other jobs follow 1 to 3 years after a period middle', () => {
    for (const id of ['newJobsFte', 'revenueDkk']) {
      expect(always(id, 'p1', 0), id).toBe(true);
      expect(always(id, 'after5plus', 0), id).toBe(true);
    }
    expect(summary('newJobsFte', 'p3').mean).toBeGreaterThan(0);
  });

  it('has nothing in the innovation indicators (no activity aims at innovation), nor period-only ones after the project', () => {
    const innovation = ['supportedCompaniesF', 'researchCooperation', 'privateCofinancingDkkF', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'];
    for (const id of innovation) for (const h of r.layout.horizons) expect(always(id, h, 0), `${id} ${h}`).toBe(true);
    for (const d of r.layout.indicators.filter((x) => x.periodOnly)) {
      for (const h of ['after0to2', 'after2to5', 'after5plus']) expect(always(d.id, h, 0), `${d.id} ${h}`).toBe(true);
    }
  });
});

describe('the own indicators’ example', () => {
  it('is valid in the seed’s baseline with a budget', () => {
    const block = jsonBlocks.find((b) => b.includes('"organisational"'))!;
    const fragment = JSON.parse(`{${block}}`);
    const scenario = JSON.parse(read('scenarios/baseline.json'));
    scenario.outcomes.states = fragment.outcomes.states;
    scenario.indicators = fragment.indicators;
    scenario.budget = { fixedCostsDkk: { period1: 1_000_000 } };
    const v = valid(JSON.stringify(scenario));
    expect(v.layout.indicators.filter((d) => d.own).map((d) => d.id)).toEqual(['RCO01', 'RCO04', 'RCR04', 'RCR02', 'costPerJob', 'organisationalRevenue']);
  });
});
