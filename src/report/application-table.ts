import { codesNote } from '../text/indicator-codes';
import { cellIndex, PARTICIPANTS_PREFIX, type IndicatorUnit, type Layout } from '../engine/layout';
import { GENERIC_LABELS, type ProgrammeLabels } from '../text';

/** The application table's columns: the periods, the years after, and the project total (the periods' sum), as its own tables total. */
export function applicationHorizons(layout: Layout): string[] {
  return [...layout.horizons.slice(0, layout.eventHorizons), 'projectTotal'];
}
import { cellQuantile, probabilityAtLeast } from '../engine/cell-stats';
import type { ForecastResult } from '../engine/forecast-result';
import type { Lang } from './forecast-report';
import { formatNumber, formatPercent, iterationsText } from '../text/format-number';
import { isBlankCell } from './forecast-report';
import { mdText } from './markdown';


export interface ApplicationCell {
  /** The horizon (column) it is of. */
  horizon: string;
  /** The rounded figure to commit to, and the probability of reaching at least it. */
  value: number;
  probability: number;
  /**
   * Nothing to forecast: counted only in the periods (supported companies, co-financing) and
   * this is after them, or 0 in every iteration with no target (an outcome that comes only later).
   */
  notApplicable?: boolean;
}
export interface ApplicationRow {
  id: string;
  label: string;
  /** The EU common indicator it reports as, in the programme's code set; null for the programme's own. */
  code: string | null;
  unit: IndicatorUnit;
  cells: ApplicationCell[];
}

/**
 * The application's own table: indicators as rows, the five horizons and the project total as columns, each cell a
 * rounded "ca." figure at the chosen level (0.5: the median; 0.2: the 20th percentile, a
 * figure reached with about 80 % probability) with the probability of reaching at least the
 * rounded figure, computed from the forecast's histograms.
 */
export function applicationTable(r: ForecastResult, level: number, lang: Lang, labels: ProgrammeLabels = GENERIC_LABELS): ApplicationRow[] {
  const l = r.layout;
  const after = l.horizons.slice(l.periods, l.eventHorizons);
  // The application's outcome indicators, not the per-activity participant counts, nor the
  // costs (its figures are ones reached with a chosen probability, and a cost is better lower),
  // nor ratios (a figure for the project total alone, infinite in iterations without a denominator).
  const rows = l.indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => !ind.id.startsWith(PARTICIPANTS_PREFIX) && !ind.cost && ind.per === undefined);
  return rows.map(({ ind, i }) => ({
    id: ind.id,
    label: labels.indicator(ind.id, lang),
    code: labels.code(ind.id),
    unit: ind.unit,
    cells: applicationHorizons(l).map((horizon) => {
      const cell = cellIndex(l, i, l.horizons.indexOf(horizon));
      if ((ind.periodOnly && after.includes(horizon)) || isBlankCell(r.cells[cell])) return { horizon, value: 0, probability: 1, notApplicable: true };
      const q = cellQuantile(r, cell, level);
      const reference = probabilityAtLeast(r, cell, q);
      // As round as it can be without promising much less than the chosen level does.
      const candidates = roundingsFor(q, ind.unit);
      const value = candidates.find((v) => probabilityAtLeast(r, cell, v) <= reference + ROUNDING_TOLERANCE) ?? candidates[candidates.length - 1];
      return { horizon, value, probability: probabilityAtLeast(r, cell, value) };
    }),
  }));
}

/**
 * How much a rounded figure may add to the probability of reaching the exact percentile
 * (0.05: a 20th percentile reached in 81 % of iterations may be rounded to one reached in up
 * to 86 %); a finer step is taken where the round one would add more (a narrow forecast, such
 * as supported companies against their seats).
 */
export const ROUNDING_TOLERANCE = 0.05;

/**
 * `x` rounded down to the figures a planner writes with "ca.", coarsest first: whole
 * companies below 50, then to 5 (or 1) below 200 and to 10 (or 5, or 1) above; FTE likewise;
 * money to two (or three) significant digits, no finer than its histogram tells amounts apart.
 * Rounding down keeps the committed figure at or below the forecast level.
 */
export function roundingsFor(x: number, unit: IndicatorUnit): number[] {
  if (x <= 0) return [0];
  const down = (step: number) => Math.floor(x / step) * step;
  if (unit === 'dkk') return [1, 2].map((extra) => down(10 ** (Math.floor(Math.log10(x)) - extra)));
  return (x < 50 ? [1] : x < 200 ? [5, 1] : [10, 5, 1]).map(down);
}

/** The roundest "ca." figure for `x` (see roundingsFor). */
export function roundForApplication(x: number, unit: IndicatorUnit): number {
  return roundingsFor(x, unit)[0];
}

/** A cell as the application shows it: "ca. 30 (81,2 %)", or "–" where the indicator is not counted (after the periods). */
export function applicationCellText(c: ApplicationCell, unit: IndicatorUnit, lang: Lang): string {
  return c.notApplicable ? '–' : `${formatApplicationValue(c.value, unit, lang)} (${formatPercent(c.probability, lang)})`;
}

/** "ca. 8,9 mio. kr." / "about DKK 8.9 million", "ca. 30". */
export function formatApplicationValue(x: number, unit: IndicatorUnit, lang: Lang): string {
  const ca = lang === 'da' ? 'ca.' : 'about';
  if (x === 0) return '0';
  if (unit === 'dkk') {
    // As many decimals as the rounded figure has (2,98 mio., not 3,0): shown rounder, it would promise more than it is.
    const millions = x / 1e6;
    const digits = [0, 1, 2, 3, 4, 5, 6].find((d) => Math.abs(Math.round(millions * 10 ** d) / 10 ** d - millions) < 1e-9) ?? 6;
    const m = formatNumber(millions, lang, digits, digits);
    return lang === 'da' ? `${ca} ${m} mio. kr.` : `${ca} DKK ${m} million`;
  }
  return `${ca} ${formatNumber(x, lang)}`;
}

/** What the application's figures come from, for the title of their export; `mark` is an out-of-date forecast's warning. */
export interface ApplicationSource { scenario: string; iterations: number; seed: number | string; mark?: string }

/**
 * The application table as Markdown, ready to paste; with `source`, under a title naming the
 * forecast it comes from (scenario, iterations, seed), and its warning first when out of date.
 */
export function applicationMarkdown(rows: ApplicationRow[], level: number, lang: Lang, source?: ApplicationSource, labels: ProgrammeLabels = GENERIC_LABELS): string {
  const da = lang === 'da';
  const head = [da ? 'Kode' : 'Code', da ? 'Indikator' : 'Indicator', ...(rows[0]?.cells ?? []).map((c) => labels.horizon(c.horizon, lang))];
  const body = rows.map((row) => [row.code ?? '', row.label, ...row.cells.map((c) => applicationCellText(c, row.unit, lang))]);
  const levelText = level === 0.5 ? (da ? 'medianen' : 'the median') : da ? `${Math.round(level * 100)}. percentil` : `the ${Math.round(level * 100)}th percentile`;
  const note = da
    ? `Tallene er ${levelText} af prognosen, afrundet nedad; i parentes sandsynligheden for at nå mindst tallet.`
    : `Figures are ${levelText} of the forecast, rounded down; in brackets the probability of reaching at least the figure.`;
  const title = source ? [...(source.mark ? [`> **${mdText(source.mark)}**`, ''] : []), `**${mdText(source.scenario)}** — ${iterationsText(source.iterations, source.seed, lang)}`, ''] : [];
  return [...title, `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`), '', `${note} ${codesNote(labels.codeSet, lang)}`, ''].join('\n');
}
