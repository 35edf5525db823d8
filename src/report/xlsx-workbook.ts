import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';
import { distQuantile, type Dist } from '../engine/dist';
import { STATS, type ForecastReport, type Lang } from './forecast-report';
import { inputLabel } from './input-labels';
import type { ValidScenario } from '../scenario/parse';
import { spreadsheetText } from './csv';
import { formatNumber } from './format-number';
import { distFieldWord, fieldWord } from '../scenario/labels';

/** The forecast as a workbook with its assumptions, checks and run (loaded on demand by the app). */
export interface WorkbookInput {
  report: ForecastReport;
  scenario: ValidScenario;
  lang: Lang;
  date: Date;
  version: string;
  /** An out-of-date forecast's warning: a sheet of its own, first (Excel opens on it), and a row of the Run sheet. */
  outOfDate?: string;
}

const text = (s: string) => spreadsheetText(s);
/** A distribution's parameters as the editor names them, numbers as the language writes them ("Minimum=0,059; Mest sandsynlig=0,18"). */
const params = (d: Dist, lang: Lang) =>
  Object.entries(d).filter(([k]) => k !== 'type').map(([k, v]) => `${distFieldWord(k, lang)}=${formatNumber(v as number, lang, 6, 0, false)}`).join('; ');
const SEVERITY = { da: { error: 'fejl', warning: 'advarsel', info: 'info' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

type Cell = string | number | null;
type Row = Cell[];

/** A sheet with a bold, frozen header row and columns wide enough to read. */
function sheet(name: string, head: string[], rows: Row[]): Sheet<Blob> {
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  return {
    sheet: name.slice(0, 31), // Excel allows 31 characters a sheet name
    data: head.length > 0 ? [head.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows] : rows,
    stickyRowsCount: head.length > 0 ? 1 : 0,
    columns: Array.from({ length: width }, () => ({ width: 18 })),
  };
}

/**
 * The workbook's sheets: Forecast, Assumptions, Checks and Run (after a warning sheet when
 * the forecast is out of date); every text cell neutralised. `prefix` goes before the sheet names, for several scenarios side by side.
 */
export function workbookSheets(w: WorkbookInput, prefix = ''): Sheet<Blob>[] {
  const da = w.lang === 'da';
  const forecast: Row[] = [];
  for (const ind of w.report.indicators) {
    for (const h of w.report.horizons) {
      const c = ind.byHorizon[h.id];
      forecast.push([ind.id, text(ind.label), ind.unit, h.id, ...STATS.map((k) => c[k])]);
    }
  }
  const assumptions: Row[] = w.scenario.model.inputs.map((input) => {
    const spec = input.path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], w.scenario.scenario);
    const note = spec && typeof spec === 'object' && typeof (spec as { note?: unknown }).note === 'string' ? (spec as { note: string }).note : '';
    const d = input.dist;
    return [text(input.path), text(inputLabel(input.path, w.lang).label), fieldWord(`editor.type.${d.type}`, w.lang), text(params(d, w.lang)), distQuantile(d, 0.5), distQuantile(d, 0.05), distQuantile(d, 0.95), text(note)];
  });
  const run: Row[] = [
    [da ? 'scenarie' : 'scenario', text(w.report.scenario.name)],
    [da ? 'scenarie-id' : 'scenario id', text(w.report.scenario.id)],
    ['seed', text(String(w.report.seed))],
    [da ? 'iterationer' : 'iterations', w.report.iterations],
    [da ? 'dato' : 'date', w.date.toISOString()],
    [da ? 'version' : 'app version', w.version],
    ...(w.outOfDate ? [['status', text(w.outOfDate)]] : []),
  ];
  const warning = w.outOfDate ? [{ ...sheet(`${prefix}${da ? 'FORÆLDET' : 'OUT OF DATE'}`, [], [[text(w.outOfDate)]]), columns: [{ width: 120 }] }] : [];
  return [
    ...warning,
    sheet(`${prefix}${da ? 'Prognose' : 'Forecast'}`, ['indicator', 'label', 'unit', 'horizon', ...STATS], forecast),
    sheet(
      `${prefix}${da ? 'Antagelser' : 'Assumptions'}`,
      da ? ['sti', 'navn', 'fordeling', 'parametre', 'median', 'P5', 'P95', 'note'] : ['path', 'name', 'distribution', 'parameters', 'median', 'P5', 'P95', 'note'],
      assumptions,
    ),
    sheet(`${prefix}${da ? 'Kontroller' : 'Checks'}`, da ? ['id', 'alvor', 'besked'] : ['id', 'severity', 'message'], w.report.checks.map((c) => [c.id, SEVERITY[w.lang][c.severity], text(c.message)])),
    sheet(`${prefix}${da ? 'Kørsel' : 'Run'}`, [], run),
  ];
}

/** The workbook of one forecast, or of several side by side (each scenario's sheets prefixed with its place). */
export function workbookBlob(ws: WorkbookInput | WorkbookInput[]): Promise<Blob> {
  const list = Array.isArray(ws) ? ws : [ws];
  // Sheet names must be unique: the scenario's place in the comparison goes first.
  const sheets = list.length === 1 ? workbookSheets(list[0]) : list.flatMap((w, k) => workbookSheets(w, `${k + 1} ${w.report.scenario.id.slice(0, 12)} `));
  return writeXlsxFile(sheets).toBlob();
}

/** The workbook as .xlsx bytes (for a file on the command line). */
export async function workbookBytes(ws: WorkbookInput[]): Promise<Uint8Array> {
  return new Uint8Array(await (await workbookBlob(ws)).arrayBuffer());
}
