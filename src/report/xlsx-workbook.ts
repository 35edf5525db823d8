import { getAt } from '../scenario/doc-path';
import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';
import { distQuantile, type Dist } from '../engine/dist';
import { STATS, isBlankCell, jointLines, type ForecastReport, type Lang } from './forecast-report';
import type { ApplicationRow } from './application-table';
import type { CompareReport } from './compare-report';
import type { ValidScenario } from '../scenario/parse';
import { spreadsheetText } from './csv';
import { formatNumber, iterationsText } from '../text/format-number';
import { IN_UNIT_FIELDS, distFieldWord, fieldLabel, fieldWord } from '../scenario/labels';
import { editorVoice } from '../scenario/error-text';
import { nameIn } from '../text';
import { codesNote } from '../text/indicator-codes';
import { noteText } from '../scenario/note';
import type { ValueKind } from '../scenario/errors';
import type { ModelInput } from '../engine/model';

/** The forecast as a workbook with its assumptions, activities, checks and run (loaded on demand by the app). */
export interface WorkbookInput {
  report: ForecastReport;
  scenario: ValidScenario;
  lang: Lang;
  date: Date;
  version: string;
  /** An out-of-date forecast's warning: a sheet of its own, first (Excel opens on it), and a row of the Run sheet. */
  outOfDate?: string;
  /** The application's table at the level the planner chose (applicationTable): the Application sheet. */
  application?: { rows: ApplicationRow[]; level: number };
}

const text = (s: string) => spreadsheetText(s);
const SEVERITY = { da: { error: 'fejl', warning: 'advarsel', info: 'info' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

type Cell = string | number | Date | null | { value: number | null; format: string } | { value: Date; type: DateConstructor; format: string };
type Row = Cell[];

/** A number shown in the spreadsheet with `format`, its full precision kept for calculation. */
/** A number in its format; none for no value, and ∞ as text (a cost per result with no result), which a cell cannot hold as a number. */
const shown = (value: number | null, format: string): Cell =>
  value === null || Number.isNaN(value) ? null : value === Infinity ? '∞' : { value, format };

/** Display formats by unit: whole kroner, FTE to a tenth, companies whole (their means to a tenth). */
const FORMATS: Record<string, { value: string; mean: string; se: string }> = {
  companies: { value: '#,##0', mean: '#,##0.0', se: '#,##0.00' },
  dkk: { value: '#,##0', mean: '#,##0', se: '#,##0' },
  fte: { value: '#,##0.0', mean: '#,##0.0', se: '#,##0.00' },
};
const PERCENT = '0.0%';
/** An indicator's unit as the editor names it ("virksomheder", "kr.", "årsværk"). */
const unitWord = (unit: string, lang: Lang) => fieldWord(unit === 'dkk' ? 'editor.unit.money' : unit === 'fte' ? 'editor.unit.fte' : 'editor.unit.companies', lang);
const STAT_HEADS: Record<Lang, Record<(typeof STATS)[number], string>> = {
  da: { mean: 'Middel', sd: 'Spredning', se: 'MC-fejl (middel)', p5: 'P5', p10: 'P10', p25: 'P25', p50: 'Median', p75: 'P75', p90: 'P90', p95: 'P95', target: 'Mål', pMeetsTarget: 'Sandsynlighed for at nå målet' },
  en: { mean: 'Mean', sd: 'SD', se: 'MC error (mean)', p5: 'P5', p10: 'P10', p25: 'P25', p50: 'Median', p75: 'P75', p90: 'P90', p95: 'P95', target: 'Target', pMeetsTarget: 'P(meeting the target)' },
};

const KIND_FORMATS: Record<ValueKind, string> = { probability: PERCENT, years: '0.0', fte: '0.00', money: '#,##0' };
/** A distribution's parameters in the editor's words and units ("Minimum 40 %; Mest sandsynlig 50 %"); shape parameters as numbers. */
const params = (d: Dist, kind: ValueKind, lang: Lang) => {
  const voice = editorVoice(lang);
  return Object.entries(d)
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `${distFieldWord(k, lang)} ${IN_UNIT_FIELDS.has(k) ? voice.value(v as number, kind) : formatNumber(v as number, lang, 4)}`)
    .join('; ');
};

/**
 * The application's layout, ready to paste into its form: the indicators as rows (with their
 * EU code where they have one), and per horizon of the application the rounded "ca." figure
 * at the chosen level, the target beside it and the probability of meeting that target. Then
 * the probability of meeting every target at once, and what the figures are.
 */
function applicationSheet(w: WorkbookInput, app: NonNullable<WorkbookInput['application']>, name: string): Sheet<Blob> {
  const da = w.lang === 'da';
  const horizons = app.rows[0]?.cells.map((c) => c.horizon) ?? [];
  const label = (h: string) => w.report.horizons.find((x) => x.id === h)?.label ?? h;
  const head = [
    da ? 'Kode' : 'Code', da ? 'Indikator' : 'Indicator', da ? 'Enhed' : 'Unit',
    ...horizons.flatMap((h) => [label(h), `${label(h)}: ${da ? 'mål' : 'target'}`, `${label(h)}: ${da ? 'P(mål nås)' : 'P(target met)'}`]),
  ];
  const about = (unit: string) => `"${da ? 'ca.' : 'about'} "${(FORMATS[unit] ?? FORMATS.fte).value}`;
  const rows: Row[] = app.rows.map((r) => {
    const ind = w.report.indicators.find((x) => x.id === r.id);
    return [
      r.code, text(r.label), unitWord(r.unit, w.lang),
      ...r.cells.flatMap((c): Cell[] => {
        const stat = ind?.byHorizon[c.horizon];
        const f = (FORMATS[r.unit] ?? FORMATS.fte).value;
        return [c.notApplicable ? '–' : shown(c.value, about(r.unit)), shown(stat?.target ?? null, f), shown(stat?.target === null ? null : (stat?.pMeetsTarget ?? null), PERCENT)];
      }),
    ];
  });
  const level = app.level === 0.5 ? (da ? 'medianen' : 'the median') : da ? `${app.level * 100}. percentil` : `the ${app.level * 100}th percentile`;
  const joint = jointLines(w.report.joint, w.lang).map((l): Row => [null, text(l)]);
  const foot: Row[] = [
    [],
    ...joint,
    [null, text(da
      ? `Tallene er ${level} af prognosen, rundet ned; P(mål nås) er sandsynligheden for at nå målet. ${iterationsText(w.report.iterations, w.report.seed, w.lang)}.`
      : `Figures are ${level} of the forecast, rounded down; P(target met) is the probability of meeting the target. ${iterationsText(w.report.iterations, w.report.seed, w.lang)}.`)],
    [null, text(codesNote(w.scenario.labels.codeSet, w.lang))],
  ];
  return sheet(name, head, [...rows, ...foot], [8, 48, 12, ...horizons.flatMap(() => [13, 10, 10])]);
}

/** A sheet with a bold, frozen header row and columns wide enough to read. */
function sheet(name: string, head: string[], rows: Row[], widths: number[] = []): Sheet<Blob> {
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  return {
    sheet: name.slice(0, 31), // Excel allows 31 characters a sheet name
    data: (head.length > 0 ? [head.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows] : rows) as Sheet<Blob>['data'],
    stickyRowsCount: head.length > 0 ? 1 : 0,
    columns: Array.from({ length: width }, (_, i) => ({ width: widths[i] ?? 14 })),
  };
}

/** The uncertain inputs, then the lags, which split events over the horizons. */
function assumptionRows(w: WorkbookInput): Row[] {
  const m = w.scenario.model;
  const lags: ModelInput[] = [
    { path: 'outcomes.growth.lagYears', dist: m.growth.lag, kind: 'years' },
    { path: 'outcomes.otherSupportedFte.lagYears', dist: m.otherFte.lag, kind: 'years' },
    ...m.innovation.outcomes.map((o) => ({ path: `outcomes.innovation.${o.indicator}.lagYears`, dist: o.lag, kind: 'years' as const })),
    ...(m.states ?? []).map((st) => ({ path: `outcomes.states.${st.id}.lagYears`, dist: st.lag, kind: 'years' as const })),
  ];
  return [...m.inputs, ...lags].map((input) => {
    const spec = getAt(w.scenario.scenario, input.path);
    const note = spec && typeof spec === 'object' ? noteText((spec as { note?: unknown }).note, w.lang) : '';
    const d = input.dist;
    const kind = input.kind;
    // Money below 100 (a DKK per DKK, as a derived amount of co-financing may have) keeps its decimals.
    const f = kind === 'money' && Math.abs(distQuantile(d, 0.5)) < 100 ? '#,##0.00' : KIND_FORMATS[kind];
    return [
      text(fieldLabel(input.path, w.lang)), fieldWord(`editor.type.${d.type}`, w.lang), text(params(d, kind, w.lang)),
      shown(distQuantile(d, 0.5), f), shown(distQuantile(d, 0.05), f), shown(distQuantile(d, 0.95), f), text(note), text(input.path),
    ];
  });
}

/** The Activities sheet's headings: units and seats of each of the programme's periods. */
function activityHead(w: WorkbookInput): string[] {
  const da = w.lang === 'da';
  const periods = w.scenario.scenario.periods.map((p) => w.scenario.labels.horizon(p.id, w.lang).toLowerCase());
  return [
    da ? 'Aktivitet' : 'Activity', da ? 'Navn' : 'Name',
    ...periods.map((p) => (da ? `Enheder, ${p}` : `Units, ${p}`)),
    da ? 'Virksomheder pr. enhed' : 'Companies per unit',
    ...periods.map((p) => (da ? `Pladser, ${p}` : `Seats, ${p}`)),
    da ? 'Pladser i alt' : 'Seats in all',
  ];
}

/** Each activity's units and seats per period, as the scenario plans them. */
function activityRows(w: WorkbookInput): Row[] {
  const periods = w.scenario.scenario.periods;
  return w.scenario.model.activities.map((a) => {
    const s = w.scenario.scenario.activities.find((x) => x.id === a.id)!;
    return [a.id, text(nameIn(s.name, w.lang)), ...periods.map((p) => s.units[p.id] ?? 0), shown(s.companiesPerUnit, '0.0'), ...a.seats, a.seats.reduce((k, x) => k + x, 0)];
  });
}

/**
 * The workbook's sheets: Forecast, Assumptions, Activities, Checks and Run (after a warning
 * sheet when the forecast is out of date), headed in the language, numbers shown rounded
 * for reading with their full precision kept; every text cell neutralised. `prefix` goes
 * before the sheet names, for several scenarios side by side.
 */
function workbookSheets(w: WorkbookInput, prefix = ''): Sheet<Blob>[] {
  const da = w.lang === 'da';
  const heads = STAT_HEADS[w.lang];
  const forecast: Row[] = [];
  for (const ind of w.report.indicators) {
    const f = FORMATS[ind.unit] ?? FORMATS.fte;
    for (const h of w.report.horizons) {
      const c = ind.byHorizon[h.id];
      const stat = (k: (typeof STATS)[number]): Cell =>
        shown(c[k], k === 'pMeetsTarget' ? PERCENT : k === 'se' ? f.se : k === 'mean' || k === 'sd' ? f.mean : f.value);
      forecast.push([text(ind.label), text(h.label), unitWord(ind.unit, w.lang), ...STATS.map(stat), text(ind.notes[h.id] ?? ''), ind.id, h.id]);
    }
  }
  const run: Row[] = [
    [da ? 'Scenarie' : 'Scenario', text(w.report.scenario.name)],
    [da ? 'Scenarie-id' : 'Scenario id', text(w.report.scenario.id)],
    [da ? 'Frø (seed)' : 'Seed', text(String(w.report.seed))],
    [da ? 'Iterationer' : 'Iterations', shown(w.report.iterations, '#,##0')],
    // A spreadsheet's dates have no time zone: the local time, as the planner's clock showed it.
    [da ? 'Dato' : 'Date', { value: new Date(w.date.getTime() - w.date.getTimezoneOffset() * 60_000), type: Date, format: da ? 'dd-mm-yyyy hh:mm' : 'yyyy-mm-dd hh:mm' }],
    [da ? 'Version' : 'App version', w.version],
    ...(w.outOfDate ? [['Status', text(w.outOfDate)]] : []),
  ];
  const warning = w.outOfDate ? [{ ...sheet(`${prefix}${da ? 'FORÆLDET' : 'OUT OF DATE'}`, [], [[text(w.outOfDate)]]), columns: [{ width: 120 }] }] : [];
  const application = w.application ? [applicationSheet(w, w.application, `${prefix}${da ? 'Ansøgning' : 'Application'}`)] : [];
  forecast.push(...jointRows(w));
  return [
    ...warning,
    ...application,
    sheet(
      `${prefix}${da ? 'Prognose' : 'Forecast'}`,
      [da ? 'Indikator' : 'Indicator', da ? 'Tidshorisont' : 'Horizon', da ? 'Enhed' : 'Unit', ...STATS.map((k) => heads[k]), da ? 'Note' : 'Note', da ? 'indikator-id' : 'indicator id', da ? 'horisont-id' : 'horizon id'],
      forecast,
      [44, 16, 12],
    ),
    sheet(
      `${prefix}${da ? 'Antagelser' : 'Assumptions'}`,
      da ? ['Antagelse', 'Fordeling', 'Parametre', 'Median', 'P5', 'P95', 'Note', 'Sti i scenariefilen'] : ['Assumption', 'Distribution', 'Parameters', 'Median', 'P5', 'P95', 'Note', 'Path in the scenario file'],
      assumptionRows(w),
      [48, 16, 48, 12, 12, 12, 60, 40],
    ),
    sheet(
      `${prefix}${da ? 'Aktiviteter' : 'Activities'}`,
      activityHead(w),
      activityRows(w),
      [10, 44],
    ),
    sheet(`${prefix}${da ? 'Kontroller' : 'Checks'}`, da ? ['Alvor', 'Besked', 'id'] : ['Severity', 'Message', 'id'], w.report.checks.map((c) => [SEVERITY[w.lang][c.severity], text(c.message), c.id]), [12, 120, 36]),
    sheet(`${prefix}${da ? 'Kørsel' : 'Run'}`, [], run, [16, 60]),
  ];
}

/** The Forecast sheet's rows for every target met at once: overall, then per horizon with targets (id allTargets, as in the CSV). */
function jointRows(w: WorkbookInput): Row[] {
  const j = w.report.joint;
  if (!j) return [];
  const da = w.lang === 'da';
  const row = (label: string, horizon: string, horizonId: string, x: { p: number; se: number }): Row => {
    const cells: Cell[] = STATS.map((k) => (k === 'pMeetsTarget' ? shown(x.p, PERCENT) : k === 'se' ? shown(x.se, PERCENT) : null));
    return [text(label), text(horizon), da ? 'sandsynlighed' : 'probability', ...cells, '', 'allTargets', horizonId];
  };
  return [
    ...(j.all ? [row(da ? 'Alle mål nås på én gang' : 'Every target met at once', da ? 'Alle' : 'All', 'all', j.all)] : []),
    ...j.byHorizon.map((h) => row(da ? 'Alle mål for horisonten nås' : 'Every target of the horizon met', h.label, h.horizon, h)),
  ];
}

/**
 * A paired comparison on one sheet: per indicator and horizon, each scenario's median, P10,
 * P90 and probability of meeting its target, then each other scenario's mean difference to
 * the reference with its 95 % interval and P(above the reference). Cells that are 0 in every
 * scenario are left out, as in the app.
 */
function compareSheet(r: CompareReport, lang: Lang): Sheet<Blob> {
  const da = lang === 'da';
  const ref = r.scenarios[r.reference].name;
  const others = r.scenarios.map((s, k) => ({ s, k })).filter(({ k }) => k !== r.reference);
  const heads = STAT_HEADS[lang];
  const head = [
    da ? 'Indikator' : 'Indicator', da ? 'Tidshorisont' : 'Horizon',
    ...r.scenarios.flatMap((s) => [`${s.name}: ${heads.p50}`, `${s.name}: P10`, `${s.name}: P90`, `${s.name}: ${heads.pMeetsTarget}`]),
    ...others.flatMap(({ s }) => [
      `${s.name} − ${ref}: ${da ? 'forskel i middelværdi' : 'difference in means'}`, da ? '95 %-interval, fra' : '95 % interval, from', da ? 'til' : 'to', `P(${s.name} > ${ref})`,
    ]),
  ].map(text);
  const rows: Row[] = [];
  for (const ind of r.indicators) {
    const f = FORMATS[ind.unit] ?? FORMATS.fte;
    for (const { id: h, label } of r.horizons) {
      const cell = ind.byHorizon[h];
      if (cell.scenarios.every(isBlankCell)) continue;
      rows.push([
        text(ind.label), text(label),
        ...cell.scenarios.flatMap((c) => [shown(c.p50, f.value), shown(c.p10, f.value), shown(c.p90, f.value), shown(c.pMeetsTarget, PERCENT)]),
        ...others.flatMap(({ k }) => {
          const d = cell.differences[k];
          return d ? [shown(d.mean, f.mean), shown(d.meanLow, f.mean), shown(d.meanHigh, f.mean), shown(d.pGreater, PERCENT)] : [null, null, null, null];
        }),
      ]);
    }
  }
  return sheet(da ? 'Sammenligning' : 'Comparison', head, rows, [44, 16]);
}

/**
 * The workbook of one forecast, or of several side by side (each scenario's sheets prefixed
 * with its place), after their comparison's sheet when there is one.
 */
export function workbookBlob(ws: WorkbookInput | WorkbookInput[], comparison?: CompareReport): Promise<Blob> {
  const list = Array.isArray(ws) ? ws : [ws];
  // Sheet names must be unique: the scenario's place in the comparison goes first.
  const sheets = list.length === 1 ? workbookSheets(list[0]) : list.flatMap((w, k) => workbookSheets(w, `${k + 1} ${w.report.scenario.id.slice(0, 12)} `));
  return writeXlsxFile(comparison ? [compareSheet(comparison, list[0].lang), ...sheets] : sheets).toBlob();
}

/** The workbook as .xlsx bytes (for a file on the command line). */
export async function workbookBytes(ws: WorkbookInput[], comparison?: CompareReport): Promise<Uint8Array> {
  return new Uint8Array(await (await workbookBlob(ws, comparison)).arrayBuffer());
}
