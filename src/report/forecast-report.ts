import { cellIndex, type Layout } from '../engine/layout';
import type { ProgrammeLabels } from '../text';
import type { ForecastResult } from '../engine/forecast-result';
import type { ValidScenario } from '../scenario/parse';
import { basisNote, totalBasisDiffers, type Check } from '../scenario/checks';
import { forecastChecks } from '../scenario/forecast-checks';
import { formatNumber, formatPercent } from '../text/format-number';

export type { Lang } from '../text';
import type { Lang } from '../text';

/** The statistics of each indicator × horizon cell, in the order every export lists them. */
export const STATS = ['mean', 'sd', 'se', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'target', 'pMeetsTarget'] as const;

/**
 * A cell that is 0 in every iteration and has no target (a horizon an indicator cannot
 * reach): left out of tables. Values are never negative, so a mean of 0 means all are 0.
 */
export function isBlankCell(c: { target: number | null; mean: number | null; p50?: number | null }): boolean {
  // A cost per result outside the two totals has no value at all (NaN throughout).
  return c.target === null && (c.mean === 0 || (Number.isNaN(c.mean) && Number.isNaN(c.p50 ?? 0)));
}

/**
 * Every indicator with its label in `lang` and, per horizon, what `cell` makes of its cell
 * index: the indicator × horizon layout all reports share.
 */
export function byIndicator<T>(p: { layout: Layout; labels: ProgrammeLabels }, lang: Lang, cell: (c: number) => T) {
  return p.layout.indicators.map((ind, i) => ({
    id: ind.id,
    label: p.labels.indicator(ind.id, lang),
    unit: ind.unit,
    byHorizon: Object.fromEntries(p.layout.horizons.map((h, j) => [h, cell(cellIndex(p.layout, i, j))])) as Record<string, T>,
  }));
}

/**
 * The forecast as plain data, the shape of `forecast --format json`:
 * scenario, iterations, seed, horizons, indicators with statistics per horizon, checks.
 */
export function forecastReport(valid: ValidScenario, result: ForecastResult, checks: Check[], lang: Lang, elapsedMs: number) {
  const differs = totalBasisDiffers(checks);
  return {
    scenario: { id: valid.scenario.id, name: valid.scenario.name },
    iterations: result.iterations,
    seed: result.seed,
    horizons: valid.layout.horizons.map((h) => ({ id: h, label: valid.labels.horizon(h, lang) })),
    indicators: byIndicator(valid, lang, (c) => {
      const s = result.cells[c];
      return Object.fromEntries(STATS.map((k) => [k, s[k]])) as Record<(typeof STATS)[number], number | null>;
    }).map((ind) => ({ ...ind, notes: notesOf(ind.id, differs, lang) })),
    // The scenario's checks, then those of the forecast itself (its cost per job against the evidence).
    checks: [...checks, ...forecastChecks(result, valid.labels)].map((c) => ({ id: c.id, severity: c.severity, message: c.message[lang], numbers: c.numbers })),
    /** P(every target met at once), overall and per horizon with targets; null for a forecast kept from before it was counted. */
    joint: jointReport(result.joint, valid.labels, lang),
    elapsedMs: Math.round(elapsedMs),
  };
}
export type ForecastReport = ReturnType<typeof forecastReport>;

/** The joint probabilities with their horizons' names; null for a forecast kept from before they were counted. */
export function jointReport(joint: ForecastResult['joint'], labels: ProgrammeLabels, lang: Lang) {
  return joint ? { all: joint.all, byHorizon: joint.byHorizon.map((j) => ({ ...j, label: labels.horizon(j.horizon, lang) })) } : null;
}

/**
 * The joint probabilities in words, one line each: "Every target met at once: 0.0% (± 0.0, 34
 * targets)", then "Every Period 2 target met: …" for each horizon with more than one target.
 */
export function jointLines(j: ForecastReport['joint'], lang: Lang): string[] {
  if (!j) return [];
  const da = lang === 'da';
  const targets = (n: number) => `${formatNumber(n, lang)} ${da ? 'mål' : n === 1 ? 'target' : 'targets'}`;
  // At 0 or 1 the error of a proportion is 0, which says nothing: say in how many iterations instead.
  const p = (x: { p: number; se: number; targets: number; iterations: number }) => {
    const n = formatNumber(Math.round(x.iterations), lang);
    const how = x.p === 0 ? (da ? `i ingen af ${n} iterationer` : `in none of ${n} iterations`)
      : x.p === 1 ? (da ? `i alle ${n} iterationer` : `in all ${n} iterations`)
        : `± ${formatPercent(x.se, lang)}`;
    return `${formatPercent(x.p, lang)} (${how}; ${targets(x.targets)})`;
  };
  return [
    ...(j.all ? [`${da ? 'Alle mål nås på én gang' : 'Every target met at once'}: ${p(j.all)}`] : []),
    ...j.byHorizon.filter((h) => h.targets > 1).map((h) => `${da ? `Alle mål for ${h.label.toLowerCase()} nås` : `All targets for ${h.label} met`}: ${p(h)}`),
  ];
}

/** Per horizon, why a cell's target is on another basis than its column, where it is (see totalBasisDiffers). */
function notesOf(id: string, differs: ReadonlySet<string>, lang: Lang): Partial<Record<string, string>> {
  return differs.has(id) ? { total: basisNote(lang) } : {};
}
