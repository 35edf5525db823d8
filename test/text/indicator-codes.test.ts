import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { COMMON_INDICATORS, INDICATOR_CODE_MAP, indicatorCode } from '../../src/text/indicator-codes';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { applicationMarkdown, applicationTable } from '../../src/report/application-table';
import { forecastReport } from '../../src/report/forecast-report';
import { workbookBytes } from '../../src/report/xlsx-workbook';

const baseline = () => JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
const ok = (doc: unknown): ValidScenario => {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('the EU common indicator codes', () => {
  it('every code an indicator reports as is in its period’s catalogue, with a name in both languages', () => {
    for (const [set, map] of Object.entries(INDICATOR_CODE_MAP)) {
      for (const code of Object.values(map)) {
        const entry = COMMON_INDICATORS[set as keyof typeof COMMON_INDICATORS][code];
        expect(entry, `${set} ${code}`).toBeDefined();
        expect(entry.da.length * entry.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('2014–20 keeps the seed application’s codes; 2021–27 reports support as RCO01, jobs as RCR01, co-financing as RCR02, new-to-firm products as RCR03', () => {
    expect(indicatorCode('supportedCompanies')).toBe('CO01');
    expect(indicatorCode('newJobsFte')).toBe('CO08');
    expect(indicatorCode('newToMarket')).toBe('CO28');
    expect(indicatorCode('supportedCompanies', '2021-2027')).toBe('RCO01');
    expect(indicatorCode('newJobsFte', '2021-2027')).toBe('RCR01');
    expect(indicatorCode('privateCofinancingDkk', '2021-2027')).toBe('RCR02');
    expect(indicatorCode('researchCooperation', '2021-2027')).toBe('RCO10');
    expect(indicatorCode('newToFirm', '2021-2027')).toBe('RCR03');
    // New-to-market products are a part of RCR03, not a code of their own; growth companies are the programme's own in both.
    expect(indicatorCode('newToMarket', '2021-2027')).toBeNull();
    expect(indicatorCode('growthCompanies', '2021-2027')).toBeNull();
    expect(indicatorCode('costPerNewFteDkk', '2021-2027')).toBeNull();
  });

  it('a scenario that chooses 2021–27 has those codes in the application table, its Markdown and the Application sheet, and says which set they are', async () => {
    const doc = baseline();
    doc.indicatorCodes = '2021-2027';
    const v = ok(doc);
    const r = runForecast(v.model, { seed: 1, iterations: 2000, targets: v.targets });
    const rows = applicationTable(r, 0.5, 'en', v.labels);
    expect(Object.fromEntries(rows.map((x) => [x.id, x.code]))).toMatchObject({ supportedCompanies: 'RCO01', newJobsFte: 'RCR01', growthCompanies: null });
    const md = applicationMarkdown(rows, 0.5, 'en', undefined, v.labels);
    expect(md).toContain('| RCR01 | New jobs, full-time (A1–E2) |');
    expect(md).toContain('Codes: the EU common indicators 2021–27 (RCO/RCR indicators); no code: the programme’s own.');
    const report = forecastReport(v, r, [], 'da', 0);
    const sheets = await readXlsxFile(Buffer.from(await workbookBytes([{ report, scenario: v, lang: 'da', date: new Date('2026-12-03T00:00:00Z'), version: 't', application: { rows: applicationTable(r, 0.5, 'da', v.labels), level: 0.5 } }])));
    const app = sheets.find((s) => s.sheet === 'Ansøgning')!.data;
    expect(app.find((x) => x[1] === 'Nye job, fuldtidspersoner (A1–E2)')![0]).toBe('RCR01');
    expect(app.flat().map(String)).toContain('Koder: EU’s fælles indikatorer 2021–27 (RCO/RCR-indikatorer); uden kode: programmets egne.');
    // Without the field: the 2014–20 codes, and the sheet says so.
    const plain = ok(baseline());
    expect(applicationTable(r, 0.5, 'en', plain.labels).find((x) => x.id === 'newJobsFte')!.code).toBe('CO08');
  });

  it('a code set the tool does not know is refused at its field', () => {
    const doc = baseline();
    doc.indicatorCodes = '2028-2034';
    const r = validateScenario(doc);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['indicatorCodes', 'oneOf']]);
  });
});
