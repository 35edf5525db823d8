import ExcelJS from 'exceljs';
import { distQuantile, type Dist } from '../engine/dist';
import type { ForecastReport, Lang } from './forecast-report';
import { inputLabel } from './input-labels';
import type { ValidScenario } from '../scenario/parse';
import { spreadsheetText } from './csv';

/** Loaded on demand (exceljs is large): the forecast as a workbook with its assumptions, checks and run. */
export interface WorkbookInput { report: ForecastReport; scenario: ValidScenario; lang: Lang; date: Date; version: string }

const STATS = ['mean', 'sd', 'se', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'target', 'pMeetsTarget'] as const;
const text = (s: string) => spreadsheetText(s);
const params = (d: Dist) => Object.entries(d).filter(([k]) => k !== 'type').map(([k, v]) => `${k}=${v}`).join(', ');

function header(ws: ExcelJS.Worksheet, names: string[]): void {
  ws.addRow(names).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * Builds the workbook: Forecast, Assumptions, Checks and Run sheets; every text cell
 * neutralised. Into an existing workbook with `prefix` on the sheet names, for several
 * scenarios side by side (Excel allows 31 characters a sheet name).
 */
export function buildWorkbook(w: WorkbookInput, wb = new ExcelJS.Workbook(), prefix = ''): ExcelJS.Workbook {
  const da = w.lang === 'da';
  wb.created = w.date;
  const sheet = (name: string) => wb.addWorksheet(`${prefix}${name}`.slice(0, 31));
  const f = sheet(da ? 'Prognose' : 'Forecast');
  header(f, ['indicator', 'label', 'unit', 'horizon', ...STATS]);
  for (const ind of w.report.indicators) {
    for (const h of w.report.horizons) {
      const c = ind.byHorizon[h.id];
      f.addRow([ind.id, text(ind.label), ind.unit, h.id, ...STATS.map((k) => c[k] ?? null)]);
    }
  }
  const a = sheet(da ? 'Antagelser' : 'Assumptions');
  header(a, da ? ['sti', 'navn', 'fordeling', 'parametre', 'median', 'P5', 'P95', 'note'] : ['path', 'name', 'distribution', 'parameters', 'median', 'P5', 'P95', 'note']);
  for (const input of w.scenario.model.inputs) {
    const spec = input.path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], w.scenario.scenario);
    const note = spec && typeof spec === 'object' && typeof (spec as { note?: unknown }).note === 'string' ? (spec as { note: string }).note : '';
    const d = input.dist;
    a.addRow([text(input.path), text(inputLabel(input.path, w.lang).label), d.type, text(params(d)), distQuantile(d, 0.5), distQuantile(d, 0.05), distQuantile(d, 0.95), text(note)]);
  }
  const c = sheet(da ? 'Kontroller' : 'Checks');
  header(c, da ? ['id', 'alvor', 'besked'] : ['id', 'severity', 'message']);
  for (const check of w.report.checks) c.addRow([check.id, check.severity, text(check.message)]);
  const r = sheet(da ? 'Kørsel' : 'Run');
  r.addRows([
    [da ? 'scenarie' : 'scenario', text(w.report.scenario.name)],
    [da ? 'scenarie-id' : 'scenario id', text(w.report.scenario.id)],
    ['seed', String(w.report.seed)],
    [da ? 'iterationer' : 'iterations', w.report.iterations],
    [da ? 'dato' : 'date', w.date.toISOString()],
    [da ? 'version' : 'app version', w.version],
  ]);
  for (const ws of [f, a, c, r]) ws.columns.forEach((col) => (col.width = 18));
  return wb;
}

/** The workbook as .xlsx bytes (for a file on the command line). */
export async function workbookBytes(ws: WorkbookInput[]): Promise<Uint8Array> {
  if (ws.length === 1) return new Uint8Array(await buildWorkbook(ws[0]).xlsx.writeBuffer());
  const wb = new ExcelJS.Workbook();
  // Sheet names must be unique: the scenario's place in the comparison goes first.
  ws.forEach((w, k) => buildWorkbook(w, wb, `${k + 1} ${w.report.scenario.id.slice(0, 12)} `));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook as an .xlsx blob. */
export async function workbookBlob(w: WorkbookInput): Promise<Blob> {
  const buf = await buildWorkbook(w).xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
