// @vitest-environment node
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { runForecast } from '../../src/engine/run';
import { distQuantile } from '../../src/engine/dist';
import { forecastReport } from '../../src/report/forecast-report';
import { validateScenario } from '../../src/scenario/parse';
import { workbookBytes, type WorkbookInput } from '../../src/report/xlsx-workbook';
import { baselineText } from '../engine/scenario-fixture';

const doc = JSON.parse(baselineText());
doc.name = '=HYPERLINK("http://x","y")';
doc.activities.A1.routing.proceed.note = '+ring til os';
const parsed = validateScenario(doc);
if (!parsed.ok) throw new Error('does not validate');
const v = parsed.value;
const result = runForecast(v.model, { seed: 5, iterations: 2000, targets: v.targets });
const report = forecastReport(v, result, [], 'en', 0);

const input = (lang: 'da' | 'en'): WorkbookInput => ({ report, scenario: v, lang, date: new Date('2026-11-27T00:00:00Z'), version: '0.1.0' });
const readBack = async (ws: WorkbookInput[]) => readXlsxFile(Buffer.from(await workbookBytes(ws)));

describe('the Excel workbook', () => {
  it('survives a write and read with its sheets, the engine’s figures and neutralised text', async () => {
    const back = await readBack([input('en')]);
    expect(back.map((s) => s.sheet)).toEqual(['Forecast', 'Assumptions', 'Activities', 'Checks', 'Run']);
    const sheet = (name: string) => back.find((s) => s.sheet === name)!.data;
    const rows = sheet('Assumptions').slice(1);
    const j = v.model.inputs.findIndex((i) => i.path === 'activities.A1.routing.proceed');
    const row = rows[j];
    expect(row[7]).toBe('activities.A1.routing.proceed');
    expect(row[0]).toBe('A1: Share that mobilises and goes on');
    expect(row[3]).toBeCloseTo(distQuantile(v.model.inputs[j].dist, 0.5), 12);
    expect(row[6]).toBe("'+ring til os");
    // The lags that spread events over the horizons are assumptions too.
    const lag = rows.find((r) => r[7] === 'outcomes.growth.lagYears')!;
    expect(lag.slice(0, 2)).toEqual(['Years from support to growth company', 'Triangular']);
    expect(lag[3]).toBeCloseTo(distQuantile(v.model.growth.lag, 0.5), 12);
    expect(sheet('Run')[0][1]).toBe('\'=HYPERLINK("http://x","y")');
    const forecast = sheet('Forecast');
    expect(forecast[0].slice(0, 4)).toEqual(['Indicator', 'Horizon', 'Unit', 'Mean']);
    expect(forecast[0].slice(-4)).toEqual(['P(meeting the target)', 'Note', 'indicator id', 'horizon id']);
    // Every figure of every cell, as the engine computed it (the display format rounds, the value does not).
    result.cells.forEach((c, k) => {
      expect(forecast[k + 1][3]).toBe(c.mean);
      expect(forecast[k + 1][9]).toBe(c.p50);
      expect(forecast[k + 1][14]).toBe(c.pMeetsTarget);
    });
    expect(forecast[1].slice(0, 3)).toEqual([report.indicators[0].label, 'Period 1', 'companies']);
    expect(forecast[1].slice(-2)).toEqual(['supportedCompanies', 'period1']);
    expect(sheet('Checks').length).toBe(report.checks.length + 1);
    const a1 = sheet('Activities').find((r) => r[0] === 'A1')!;
    expect(a1.slice(5)).toEqual([...v.model.activities.find((a) => a.id === 'A1')!.seats, 270]);
  });

  it('shows amounts in whole kroner, jobs to a tenth and probabilities in percent, the date as a date', async () => {
    const files = unzipSync(await workbookBytes([input('en')]));
    // Each cell's display format, as Excel finds it: the cell's style (s) → its numFmtId → the format's code.
    const styles = strFromU8(files['xl/styles.xml']);
    const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&quot;/g, '"')]));
    const xfs = [...styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)![1].matchAll(/<xf\b([^>]*)>/g)].map((m) => {
      const id = m[1].match(/numFmtId="(\d+)"/)?.[1];
      return id === undefined ? 'General' : codes.get(id) ?? `builtin ${id}`;
    });
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const formatAt = (ref: string) => {
      const m = sheet.match(new RegExp(`<c r="${ref}"[^>]*?(?: s="(\\d+)")?[^>]*>`));
      return m?.[1] === undefined ? 'General' : xfs[Number(m[1])];
    };
    const rowOf = (indicator: string, horizon: string) => report.indicators.findIndex((i) => i.id === indicator) * report.horizons.length + report.horizons.findIndex((h) => h.id === horizon) + 2;
    // Columns: D mean, E sd, F MC error, G–M percentiles (J median), N target, O P(target).
    const revenue = rowOf('revenueDkk', 'projectTotal');
    const jobs = rowOf('newJobsFte', 'total');
    const growth = rowOf('growthCompanies', 'total');
    expect([formatAt(`J${revenue}`), formatAt(`D${revenue}`), formatAt(`O${revenue}`)]).toEqual(['#,##0', '#,##0', '0.0%']);
    expect([formatAt(`J${jobs}`), formatAt(`F${jobs}`)]).toEqual(['#,##0.0', '#,##0.00']);
    expect([formatAt(`J${growth}`), formatAt(`D${growth}`), formatAt(`O${growth}`)]).toEqual(['#,##0', '#,##0.0', '0.0%']);
    const run = (await readBack([input('en')])).find((s) => s.sheet === 'Run')!.data;
    // The local time the export was made, as the planner's clock showed it (a spreadsheet date has no zone).
    const made = new Date('2026-11-27T00:00:00Z');
    expect(run.find((r) => r[0] === 'Date')![1]).toEqual(new Date(made.getTime() - made.getTimezoneOffset() * 60_000));
  });

  it('opens an out-of-date forecast on a sheet with its warning, also in the Run sheet', async () => {
    const back = await readBack([{ ...input('da'), outOfDate: 'FORÆLDET: prognosen svarer ikke til de nuværende antagelser.' }]);
    expect(back.map((s) => s.sheet)).toEqual(['FORÆLDET', 'Prognose', 'Antagelser', 'Aktiviteter', 'Kontroller', 'Kørsel']);
    expect(back[0].data).toEqual([['FORÆLDET: prognosen svarer ikke til de nuværende antagelser.']]);
    const run = back.find((s) => s.sheet === 'Kørsel')!.data;
    expect(run.find((r) => r[0] === 'Iterationer')?.[1]).toBe(2000);
    expect(run.at(-1)).toEqual(['Status', 'FORÆLDET: prognosen svarer ikke til de nuværende antagelser.']);
    // Danish words in the Danish workbook: the distribution, its parameters, the checks' severity.
    const assumptions = back.find((s) => s.sheet === 'Antagelser')!.data;
    const mobilisation = assumptions.find((r) => r[7] === 'activities.A1.routing.proceed')!;
    expect(mobilisation[1]).toBe('PERT');
    expect(String(mobilisation[2]).replace(/\u00a0/g, ' ')).toBe('Minimum 40 %; Mest sandsynlig 50 %; Maksimum 60 %');
    // Notes in the workbook's language.
    expect(assumptions.find((r) => r[7] === 'activities.A1.recruitment.fillRate')![6]).toBe('Ansøgningen forventer alle 270 pladser besat; et lille rekrutteringsunderskud er tilladt.');
    const severities = new Set(back.find((s) => s.sheet === 'Kontroller')!.data.slice(1).map((r) => r[0]));
    expect([...severities].every((s) => s === 'fejl' || s === 'advarsel' || s === 'info')).toBe(true);
  });

  it('puts several scenarios side by side with their place before the sheet names, in Danish', async () => {
    const back = await readBack([input('da'), input('da')]);
    expect(back.map((s) => s.sheet)).toEqual([
      '1 baseline Prognose', '1 baseline Antagelser', '1 baseline Aktiviteter', '1 baseline Kontroller', '1 baseline Kørsel',
      '2 baseline Prognose', '2 baseline Antagelser', '2 baseline Aktiviteter', '2 baseline Kontroller', '2 baseline Kørsel',
    ]);
  });
});
