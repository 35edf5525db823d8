import { chosenInputKind } from '../engine/model';
import type { ValidScenario } from '../scenario/parse';
import type { InputSensitivity } from '../engine/analysis/sensitivity';
import type { SolveResult } from '../engine/analysis/solve';
import type { Lang } from './forecast-report';
import { formatPercent, formatValue } from '../text/format-number';
import { inputLabel, inputUnit, type InputUnit } from './input-labels';
import { alignRows } from './align';
import { csvText } from './csv';

/** An input's value for people, in its unit. */
export function formatInput(x: number, unit: InputUnit, lang: Lang): string {
  if (unit === 'probability') return formatPercent(x, lang).replace(/[.,]0([ \u00a0]?%)$/, '$1');
  if (unit === 'dkk') return formatValue(x, 'dkk', lang);
  return formatValue(Math.round(x * 100) / 100, 'fte', lang) + (unit === 'years' ? (lang === 'da' ? ' år' : ' years') : '');
}

/** The tornado as a table: inputs by swing, with the medians at P10 and P90 and the rank correlation. */
export function sensitivityTable(v: ValidScenario, rows: InputSensitivity[], indicator: string, horizon: string, lang: Lang): string {
  const da = lang === 'da';
  const ind = v.layout.indicators.find((i) => i.id === indicator)!;
  const head = ['#', 'Input', 'P10', 'P90', da ? 'Median ved P10' : 'Median at P10', da ? 'Median ved P90' : 'Median at P90', 'Swing', da ? 'Rangkorrelation' : 'Rank correlation'];
  const body = rows.map((r, k) => {
    const { label } = inputLabel(r.path, lang, v.labels);
    const unit = inputUnit(r.kind);
    const f = (x: number) => formatValue(x, ind.unit, lang);
    return [String(k + 1), label, formatInput(r.low, unit, lang), formatInput(r.high, unit, lang), f(r.medianAtLow), f(r.medianAtHigh), f(r.swing), r.rankCorrelation.toFixed(2)];
  });
  return `${v.labels.indicator(indicator, lang)}, ${v.labels.horizon(horizon, lang).toLowerCase()}\n\n${alignRows(head, body)}\n`;
}

export function sensitivityCsv(rows: InputSensitivity[]): string {
  return ['input,low,high,medianAtLow,medianAtHigh,swing,rankCorrelation', ...rows.map((r) => [csvText(r.path), r.low, r.high, r.medianAtLow, r.medianAtHigh, r.swing, r.rankCorrelation].join(','))].join('\r\n') + '\r\n';
}

/**
 * The solver's answer in words: "The mobilisation rate (A1) must be at least 62 % for an 80 %
 * chance of 130 new growth companies (A1–E2), total." or why no value will do.
 */
export function solveSentence(v: ValidScenario, r: SolveResult, path: string, indicator: string, horizon: string, target: number, confidence: number, lang: Lang): string {
  const { label } = inputLabel(path, lang, v.labels);
  const unit = inputUnit(chosenInputKind(v.model, path));
  const ind = v.layout.indicators.find((i) => i.id === indicator)!;
  const name = v.labels.indicator(indicator, lang);
  const what = `${formatValue(target, ind.unit, lang)} ${name.charAt(0).toLowerCase()}${name.slice(1)}, ${v.labels.horizon(horizon, lang).toLowerCase()}`;
  const chance = formatPercent(confidence, lang).replace(/[.,]0([ \u00a0]?%)$/, '$1');
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  if (r.found) {
    const dir = lang === 'da' ? (r.direction === 'at least' ? 'mindst' : 'højst') : r.direction;
    return lang === 'da'
      ? `${Label} skal være ${dir} ${formatInput(r.median, unit, lang)} for en chance på ${chance} for ${what}.`
      : `${Label} must be ${dir} ${formatInput(r.median, unit, lang)} for ${article(chance)} ${chance} chance of ${what}.`;
  }
  const [lo, hi] = r.searched.map((x) => formatInput(x, unit, lang));
  return lang === 'da'
    ? `Ingen værdi af ${label} mellem ${lo} og ${hi} giver en chance på ${chance} for ${what}; bedst er ${formatPercent(r.probabilityAtBest, lang)} ved ${formatInput(r.best, unit, lang)}.`
    : `No value of ${label} between ${lo} and ${hi} gives ${article(chance)} ${chance} chance of ${what}; the best is ${formatPercent(r.probabilityAtBest, lang)} at ${formatInput(r.best, unit, lang)}.`;
}

/** "an 80 %", "an 11 %", "a 90 %": English reads the number aloud. */
function article(numberText: string): string {
  return /^(8|11|18)/.test(numberText) ? 'an' : 'a';
}
