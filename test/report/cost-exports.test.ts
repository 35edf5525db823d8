// @vitest-environment node
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import blank from '../../scenarios/templates/blank.json';
import { readFileSync } from 'node:fs';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { forecastReport } from '../../src/report/forecast-report';
import { forecastCsv } from '../../src/report/csv';
import { textTable } from '../../src/report/text-table';
import { applicationTable } from '../../src/report/application-table';
import { sipLibrary } from '../../src/report/sipmath';
import { workbookBytes } from '../../src/report/xlsx-workbook';
import { COST_PER_FTE_EVIDENCE, forecastChecks } from '../../src/scenario/forecast-checks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const ok = (doc: unknown): ValidScenario => {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

/** 20 companies, growth companies with probability 0.1 (none in 12 % of iterations), DKK 2,000,000 in all. */
const twenty = (): Doc => {
  const doc: Doc = structuredClone(blank);
  Object.assign(doc.activities[0], { units: { period1: 20 }, companiesPerUnit: 1, growthProbability: { type: 'fixed', value: 0.1 }, costPerUnitDkk: 50_000 });
  doc.budget = { fixedCostsDkk: { period1: 1_000_000 } };
  return doc;
};

const v = ok(twenty());
const result = runForecast(v.model, { seed: 8, iterations: 4000, targets: v.targets });
const report = forecastReport(v, result, [], 'en', 0);

describe('a costed forecast in every export', () => {
  it('CSV: a cost per result with no result in over 10 % of iterations has P90 Inf and no mean, and no field reads NaN or Infinity', () => {
    const rows = forecastCsv(report, 'en').slice(1).trim().split('\r\n').map((r) => r.split(','));
    const head = rows[0];
    const row = rows.find((r) => r[0] === 'costPerGrowthCompanyDkk' && r[3] === 'total')!;
    expect(row[head.indexOf('p90')]).toBe('Inf');
    expect(row[head.indexOf('mean')]).toBe('');
    expect(Number(row[head.indexOf('p50')])).toBeCloseTo(result.cells[cellOf(result.layout, 'costPerGrowthCompanyDkk', 'total')].p50, 6);
    expect(rows.some((r) => r.includes('NaN') || r.includes('Infinity'))).toBe(false);
  });

  it('the terminal table shows ∞ and –, never Infinity or NaN', () => {
    const t = textTable(report, 'en');
    expect(t).toMatch(/Cost per growth company\s+Project total\s+–\s+DKK [\d,]+\s+DKK [\d,]+ – ∞/);
    expect(t).not.toMatch(/Infinity|NaN/);
  });

  it('Excel: ∞ as text and no value as an empty cell; the Application sheet has no cost rows (its figures are reached with a probability; a cost is better lower)', async () => {
    const application = { rows: applicationTable(result, 0.5, 'en', v.labels), level: 0.5 };
    expect(application.rows.map((r) => r.id)).not.toContain('costDkk');
    const back = await readXlsxFile(Buffer.from(await workbookBytes([{ report, scenario: v, lang: 'en', date: new Date('2026-12-03T00:00:00Z'), version: 't', application }])));
    const forecast = back.find((s) => s.sheet === 'Forecast')!.data;
    const head = forecast[0];
    const row = forecast.find((r) => r[head.length - 2] === 'costPerGrowthCompanyDkk' && r[head.length - 1] === 'total')!;
    expect(row[head.indexOf('Mean')]).toBeNull();
    expect(row.includes('∞')).toBe(true);
    const cost = forecast.find((r) => r[head.length - 2] === 'costDkk' && r[head.length - 1] === 'period1')!;
    expect(cost[head.indexOf('Mean')]).toBeCloseTo(2_000_000, 6);
    const app = back.find((s) => s.sheet === 'Application')!.data.flat().map(String);
    expect(app.some((x) => /cost/i.test(x))).toBe(false);
  });

  it('the SIP library has the cost and the results, trial by trial, not their +∞ ratios', () => {
    const lib = sipLibrary({ result, scenario: v, lang: 'en', date: new Date('2026-12-03T00:00:00Z'), version: 't' })!;
    const names = lib.sips.map((s) => s.name);
    expect(names).toContain('costDkk.period1');
    expect(names).toContain('growthCompanies.total');
    expect(names.some((n) => n.startsWith('costPer'))).toBe(false);
    expect(JSON.stringify(lib)).not.toContain('null');
  });
});

describe('the forecast’s cost per job against the evidence (DKK 0.30–0.53 million)', () => {
  const baseline = (): Doc => JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
  const costed = (perUnit: number) => {
    const doc = baseline();
    for (const a of doc.activities) a.costPerUnitDkk = perUnit;
    const w = ok(doc);
    const r = runForecast(w.model, { seed: 1, iterations: 2000, targets: w.targets });
    return { w, r, median: r.cells[cellOf(r.layout, 'costPerNewFteDkk', 'total')].p50 };
  };

  it('says so, in both languages, where the median lies outside; not where it lies inside; nothing without costs', () => {
    for (const perUnit of [1_000, 10_000_000]) {
      const { w, r, median } = costed(perUnit);
      const low = median < COST_PER_FTE_EVIDENCE.min;
      expect(low || median > COST_PER_FTE_EVIDENCE.max).toBe(true);
      const [c] = forecastChecks(r, w.labels);
      expect(c.id).toBe('evidence.forecast.costPerNewFteDkk');
      expect(c.numbers.median).toBe(median);
      expect(c.message.en.replace(/\u00a0/g, ' ')).toContain(`Cost per new full-time job, Total: the forecast's median (DKK ${Number(median.toPrecision(3)).toLocaleString('en-GB')}) is ${low ? 'below' : 'above'} the DKK 300,000–530,000`);
      expect(c.message.da).toContain(low ? 'ligger under' : 'ligger over');
      // And it reaches every export through the report's checks.
      expect(forecastReport(w, r, [], 'en', 0).checks.map((x) => x.id)).toContain('evidence.forecast.costPerNewFteDkk');
    }
    // The evidence's middle: a cost per unit that puts the median cost per job at about DKK 400,000.
    const probe = costed(100_000);
    const inside = costed(Math.round((100_000 * 400_000) / probe.median));
    expect(inside.median).toBeGreaterThan(COST_PER_FTE_EVIDENCE.min);
    expect(inside.median).toBeLessThan(COST_PER_FTE_EVIDENCE.max);
    expect(forecastChecks(inside.r, inside.w.labels)).toEqual([]);
    const plain = ok(baseline());
    expect(forecastChecks(runForecast(plain.model, { seed: 1, iterations: 500, targets: plain.targets }), plain.labels)).toEqual([]);
  });
});

describe('costs per result in the command line’s JSON and the comparison table', () => {
  it('JSON writes +∞ as "Infinity", which JSON has no number for, and no value as null', async () => {
    const { jsonText } = await import('../../src/report/json-text');
    const back = JSON.parse(jsonText(report));
    const ind = back.indicators.find((i: { id: string }) => i.id === 'costPerGrowthCompanyDkk');
    expect(ind.byHorizon.total.p90).toBe('Infinity');
    expect(ind.byHorizon.total.mean).toBeNull();
    expect(typeof ind.byHorizon.total.p50).toBe('number');
  });

  it('a comparison table keeps its columns where a cost per result has no paired difference', async () => {
    const { comparePaired } = await import('../../src/engine/analysis/paired');
    const { compareReport, compareTable } = await import('../../src/report/compare-report');
    const dearer = twenty();
    dearer.activities[0].costPerUnitDkk = 80_000;
    const w = ok(dearer);
    const cmp = comparePaired([v.model, w.model], [v.targets, w.targets], { seed: 2, iterations: 2000 });
    const lines = compareTable(compareReport([v, w], cmp, 'en', 0), 'en').split('\n');
    const head = lines.find((l) => l.startsWith('Indicator'))!;
    const row = lines.find((l) => l.startsWith('Cost per growth company'))!;
    const columns = (l: string) => l.trim().split(/\s{2,}/).length;
    expect(columns(row)).toBe(columns(head));
    expect(row).toMatch(/–\s+–$/);
  });
});

describe('the budget in the assumptions in words', () => {
  it('states each cost per unit (with its 90 % interval where uncertain) and the fixed costs per period, in both languages; nothing without costs', async () => {
    const { assumptionsText } = await import('../../src/report/assumptions-text');
    const doc: Doc = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    expect(assumptionsText(ok(doc), 'en').some((p) => p.id === 'budget')).toBe(false);
    doc.activities.find((a: Doc) => a.id === 'A1').costPerUnitDkk = 25_000;
    doc.activities.find((a: Doc) => a.id === 'B').costPerUnitDkk = { type: 'uniform', min: 100_000, max: 200_000 };
    doc.budget = { fixedCostsDkk: { period1: 2_000_000 } };
    const text = (lang: 'da' | 'en') => assumptionsText(ok(doc), lang).find((p) => p.id === 'budget')!.text.replace(/\u00a0/g, ' ');
    expect(text('en')).toBe('Budget: A1 costs about DKK 25,000 per module, B costs about DKK 150,000 per course (90 % interval DKK 105,000–DKK 195,000) and the fixed costs are DKK 2,000,000 in period 1.');
    expect(text('da')).toMatch(/^Budget: A1 koster ca\. 25\.000 kr\. pr\. modul, B koster ca\. 150\.000 kr\. pr\. forløb \(90 %-interval 105\.000 kr\.–195\.000 kr\.\) og de faste omkostninger er 2\.000\.000 kr\. i 1\. periode\.$/);
  });
});
