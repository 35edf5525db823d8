// @vitest-environment node
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { readFileSync } from 'node:fs';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { forecastReport } from '../../src/report/forecast-report';
import { forecastCsv } from '../../src/report/csv';
import { applicationTable } from '../../src/report/application-table';
import { workbookBytes } from '../../src/report/xlsx-workbook';
import { assumptionsText } from '../../src/report/assumptions-text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const ok = (doc: unknown): ValidScenario => {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

/** The baseline in the 2021–27 codes, with a budget, its own RCO01 and RCO04, an outcome of its own counted as RCR04, and a cost per job. */
function programme(): Doc {
  const doc = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
  doc.indicatorCodes = '2021-2027';
  doc.budget = { fixedCostsDkk: { period1: 4_000_000, period2: 6_000_000 } };
  doc.outcomes.states = [{ id: 'org', name: { da: 'Organisatorisk innovation', en: 'Organisational innovation' }, activities: ['C', 'D', 'F'], probability: 0.25, lagYears: 1 }];
  doc.indicators = [
    { id: 'RCO01', code: 'RCO01', label: { da: 'Støttede virksomheder', en: 'Enterprises supported' }, rule: { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'] } },
    { id: 'RCO04', code: 'RCO04', label: { da: 'Ikke-finansiel støtte', en: 'Non-financial support' }, rule: { kind: 'companies', activities: ['B', 'C', 'D'], subsetOf: 'RCO01' } },
    { id: 'RCR04', code: 'RCR04', label: { da: 'Organisatorisk innovation', en: 'Organisational innovation' }, rule: { kind: 'state', state: 'org' } },
    { id: 'costPerJob', label: { da: 'Omkostning pr. job', en: 'Cost per job' }, rule: { kind: 'ratio', numerator: 'costDkk', denominator: 'newJobsFte' } },
    { id: 'orgValue', label: { da: 'Værdi af innovationen', en: 'Value of the innovation' }, rule: { kind: 'derived', from: 'RCR04', dkkPer: { type: 'uniform', min: 200_000, max: 400_000 } } },
    { id: 'leverage', label: { da: 'Løftestang', en: 'Leverage' }, rule: { kind: 'derived', from: 'privateCofinancingDkk', dkkPer: { type: 'pert', min: 0.2, mode: 0.3, max: 0.45 } } },
  ];
  doc.targets.RCO04 = { projectTotal: 150 };
  return doc;
}

const v = ok(programme());
const result = runForecast(v.model, { seed: 4, iterations: 4000, targets: v.targets });
const report = forecastReport(v, result, [], 'en', 0);

describe('the programme’s own indicators in every export', () => {
  it('the application table has them with their codes, and the built-in count gives up RCO01 to the programme’s own', () => {
    const rows = applicationTable(result, 0.5, 'en', v.labels);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('RCO01')!.code).toBe('RCO01');
    expect(byId.get('RCO04')!.code).toBe('RCO04');
    expect(byId.get('RCR04')!.label).toBe('Organisational innovation');
    expect(byId.get('supportedCompanies')!.code).toBeNull();
    expect(rows.filter((r) => r.code === 'RCO01')).toHaveLength(1);
    // A cost per result has no row: its figure is better lower.
    expect(byId.has('costPerJob')).toBe(false);
  });

  it('CSV and Excel carry every own indicator; the cost per job is the cost over the jobs', async () => {
    const csv = forecastCsv(report, 'en');
    for (const id of ['RCO01', 'RCO04', 'RCR04', 'costPerJob', 'orgValue']) expect(csv).toContain(id);
    const application = { rows: applicationTable(result, 0.5, 'en', v.labels), level: 0.5 };
    const back = await readXlsxFile(Buffer.from(await workbookBytes([{ report, scenario: v, lang: 'en', date: new Date('2026-12-03T00:00:00Z'), version: 't', application }])));
    const forecast = back.find((s) => s.sheet === 'Forecast')!.data;
    const head = forecast[0];
    const row = (id: string, h: string) => forecast.find((r) => r[head.length - 2] === id && r[head.length - 1] === h)!;
    const median = (id: string, h: string) => row(id, h)[head.indexOf('Median')] as number;
    expect(median('RCO04', 'projectTotal')).toBe(result.cells[cellOf(result.layout, 'RCO04', 'projectTotal')].p50);
    expect(median('costPerJob', 'total')).toBeCloseTo(result.cells[cellOf(result.layout, 'costPerJob', 'total')].p50, 6);
    const app = back.find((s) => s.sheet === 'Application')!.data;
    expect(app.some((r) => r.includes('RCO04'))).toBe(true);
    const assumptions = back.find((s) => s.sheet === 'Assumptions')!.data.flat().map(String);
    expect(assumptions).toContain('outcomes.states.org.lagYears');
    expect(assumptions).toContain('indicators.orgValue.rule.dkkPer');
    expect(median('orgValue', 'total')).toBe(result.cells[cellOf(result.layout, 'orgValue', 'total')].p50);
  });

  it('the assumptions in words say what each own indicator counts and what the own outcome assumes', () => {
    const text = (lang: 'da' | 'en') => assumptionsText(v, lang).map((p) => p.text).join('\n').replace(/\u00a0/g, ' ');
    expect(text('en')).toContain('RCO04 – Non-financial support counts each company in B, C and D once, a part of “Enterprises supported”.');
    expect(text('en')).toContain('we assume that about 25 % reach the outcome “organisational innovation”, about 1 year after first taking part.');
    expect(text('en')).toContain('Value of the innovation is “Organisational innovation” times about DKK 300,000 per unit (90 % interval DKK 210,000–DKK 390,000).');
    // A DKK per DKK keeps its digits: three significant ones, not whole kroner.
    expect(text('en')).toMatch(/Leverage is “[^”]+” times about DKK 0\.3\d+ per unit \(90 % interval DKK 0\.2\d+–DKK 0\.[34]\d+\)\./);
    expect(text('da')).toContain('Omkostning pr. job er „Offentlige omkostninger“ divideret med „Nye job, fuldtidspersoner (A1–E2)“');
  });
});
