import { EVENT_HORIZONS, HORIZONS, HORIZON_LABELS, INDICATORS, cellIndex, type IndicatorUnit } from '../engine/indicators';
import { cellQuantile, probabilityAtLeast } from '../engine/cell-stats';
import type { ForecastResult } from '../engine/run';
import type { Lang } from './forecast-report';
import { formatNumber, formatPercent, iterationsText } from './format-number';
import { mdText } from './markdown';

/** The application's outcome indicators (not the per-activity participant counts). */
const ROWS = INDICATORS.map((ind, i) => ({ ind, i })).filter(({ ind }) => !ind.id.startsWith('participants.'));

export interface ApplicationCell {
  /** The rounded figure to commit to, and the probability of reaching at least it. */
  value: number;
  probability: number;
  /** Counted only in the periods (supported companies, co-financing): nothing to forecast after them. */
  notApplicable?: boolean;
}
export interface ApplicationRow {
  id: string;
  label: string;
  unit: IndicatorUnit;
  cells: ApplicationCell[];
}

/**
 * The application's own table: indicators as rows, the five horizons as columns, each cell a
 * rounded "ca." figure at the chosen level (0.5: the median; 0.2: the 20th percentile, a
 * figure reached with about 80 % probability) with the probability of reaching at least the
 * rounded figure, computed from the forecast's histograms.
 */
export function applicationTable(r: ForecastResult, level: number, lang: Lang): ApplicationRow[] {
  return ROWS.map(({ ind, i }) => ({
    id: ind.id,
    label: ind.label[lang],
    unit: ind.unit,
    cells: HORIZONS.slice(0, EVENT_HORIZONS).map((id, h) => {
      if (ind.periodOnly && id.startsWith('after')) return { value: 0, probability: 1, notApplicable: true };
      const cell = cellIndex(i, h);
      const value = roundForApplication(cellQuantile(r, cell, level), ind.unit);
      return { value, probability: probabilityAtLeast(r, cell, value) };
    }),
  }));
}

/**
 * Rounds down to a figure a planner writes with "ca.": whole companies below 50, then to
 * 5 below 200 and to 10 above; FTE likewise; money to two significant digits. Rounding down
 * keeps the committed figure at or below the forecast level; steps this fine keep it close
 * to that level (to 5 from 20 up made a 20th percentile of 44 read "ca. 40", reached in
 * 99.9 % of iterations rather than about 80 %).
 */
export function roundForApplication(x: number, unit: IndicatorUnit): number {
  if (x <= 0) return 0;
  if (unit === 'dkk') {
    const step = 10 ** (Math.floor(Math.log10(x)) - 1);
    return Math.floor(x / step) * step;
  }
  const step = x < 50 ? 1 : x < 200 ? 5 : 10;
  return Math.floor(x / step) * step;
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
    const m = formatNumber(x / 1e6, lang, x < 1e7 ? 1 : 0);
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
export function applicationMarkdown(rows: ApplicationRow[], level: number, lang: Lang, source?: ApplicationSource): string {
  const da = lang === 'da';
  const head = [da ? 'Indikator' : 'Indicator', ...HORIZONS.slice(0, EVENT_HORIZONS).map((h) => HORIZON_LABELS[h][lang])];
  const body = rows.map((row) => [row.label, ...row.cells.map((c) => applicationCellText(c, row.unit, lang))]);
  const levelText = level === 0.5 ? (da ? 'medianen' : 'the median') : da ? `${Math.round(level * 100)}. percentil` : `the ${Math.round(level * 100)}th percentile`;
  const note = da
    ? `Tallene er ${levelText} af prognosen, afrundet nedad; i parentes sandsynligheden for at nå mindst tallet.`
    : `Figures are ${levelText} of the forecast, rounded down; in brackets the probability of reaching at least the figure.`;
  const title = source ? [...(source.mark ? [`> **${mdText(source.mark)}**`, ''] : []), `**${mdText(source.scenario)}** — ${iterationsText(source.iterations, source.seed, lang)}`, ''] : [];
  return [...title, `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`), '', note, ''].join('\n');
}
