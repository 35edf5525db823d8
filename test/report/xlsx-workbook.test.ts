// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runForecast } from '../../src/engine/run';
import { distQuantile } from '../../src/engine/dist';
import { forecastReport } from '../../src/report/forecast-report';
import { validateScenario } from '../../src/scenario/parse';
import { buildWorkbook } from '../../src/report/xlsx-workbook';
import { baselineText } from '../engine/scenario-fixture';

const doc = JSON.parse(baselineText());
doc.name = '=HYPERLINK("http://x","y")';
doc.activities.A1.routing.proceed.note = '+ring til os';
const parsed = validateScenario(doc);
if (!parsed.ok) throw new Error('does not validate');
const v = parsed.value;
const result = runForecast(v.model, { seed: 5, iterations: 2000, targets: v.targets });
const report = forecastReport(v, result, [], 'en', 0);

describe('the Excel workbook', () => {
  it('survives a write and read with its sheets, the engine’s figures and neutralised text', async () => {
    const wb = buildWorkbook({ report, scenario: v, lang: 'en', date: new Date('2026-11-27T00:00:00Z'), version: '0.1.0' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.worksheets.map((w) => w.name)).toEqual(['Forecast', 'Assumptions', 'Checks', 'Run']);
    const a = back.getWorksheet('Assumptions')!;
    const rows = a.getSheetValues().slice(2) as unknown[][];
    const j = v.model.inputs.findIndex((i) => i.path === 'activities.A1.routing.proceed');
    const row = rows[j];
    expect(row[1]).toBe('activities.A1.routing.proceed');
    expect(row[2]).toBe('the mobilisation rate (A1)');
    expect(row[5]).toBeCloseTo(distQuantile(v.model.inputs[j].dist, 0.5), 12);
    expect(row[8]).toBe("'+ring til os");
    expect(back.getWorksheet('Run')!.getRow(1).getCell(2).value).toBe('\'=HYPERLINK("http://x","y")');
    const f = back.getWorksheet('Forecast')!;
    expect(f.getRow(2).getCell(5).value).toBe(result.cells[0].mean);
  });
});
