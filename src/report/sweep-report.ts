import type { ValidScenario } from '../scenario/parse';
import type { SweepResult } from '../engine/analysis/sweep';
import { horizonOf, indicatorOf } from '../engine/layout';
import type { Lang } from './forecast-report';
import { formatPercent, formatValue, iterationsText } from '../text/format-number';
import { formatInput } from './analysis-report';
import { inputLabel, inputUnit } from './input-labels';
import { alignRows } from './align';
import { BOM, csvConventions, csvText } from './csv';

/** What a swept cell is, in the programme's words. */
export function sweepCellName(v: ValidScenario, cell: number, lang: Lang): string {
  const l = v.layout;
  return `${v.labels.indicator(indicatorOf(l, cell).id, lang)}, ${v.labels.horizon(horizonOf(l, cell), lang).toLowerCase()}`;
}

/** How the input took each value, in words. */
function sweepModeText(r: SweepResult, lang: Lang): string {
  if (r.mode === 'fixed') return lang === 'da' ? 'sat til værdien, uden usikkerhed' : 'set to the value, without uncertainty';
  return lang === 'da' ? 'medianen flyttet til værdien, spredningen bevaret' : 'its median moved to the value, its spread kept';
}

/** The title of a sweep's table: the input, how it moved, and what the forecasts were computed with. */
export function sweepTitle(r: SweepResult, lang: Lang): string {
  const { label } = inputLabel(r.path, lang);
  const unit = inputUnit(r.kind);
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  const now = lang === 'da' ? `nu ${formatInput(r.current, unit, lang)}` : `now ${formatInput(r.current, unit, lang)}`;
  return `${Label}, ${now}: ${sweepModeText(r, lang)}. ${iterationsText(r.iterations, r.seed, lang)} ${lang === 'da' ? 'ved hver værdi, det samme for alle' : 'at each value, the same for all'}`;
}

/**
 * The sweep as text: for each cell a table of its median, P10–P90 and the probability of
 * meeting its target at each value, then P(every target met) at each; a value the input
 * cannot take says so.
 */
export function sweepTable(v: ValidScenario, r: SweepResult, lang: Lang): string {
  const da = lang === 'da';
  const unit = inputUnit(r.kind);
  const valueHead = da ? 'Værdi' : 'Value';
  const unreachable = da ? 'kan ikke tage denne værdi inden for sine grænser' : 'cannot take this value within its bounds';
  const blocks = r.cells.map((c, k) => {
    const u = indicatorOf(v.layout, c).unit;
    const hasTarget = !Number.isNaN(v.targets[c]);
    const head = [valueHead, 'Median', 'P10–P90', ...(hasTarget ? [`P(≥ ${formatValue(v.targets[c], u, lang)})`] : [])];
    const body = r.points.map((p) => {
      const value = formatInput(p.value, unit, lang);
      if (!p.ok) return [value, unreachable];
      const s = p.cells[k];
      return [value, formatValue(s.p50, u, lang), `${formatValue(s.p10, u, lang)}–${formatValue(s.p90, u, lang)}`, ...(hasTarget ? [formatPercent(s.pMeetsTarget, lang)] : [])];
    });
    return `${sweepCellName(v, c, lang)}\n${alignRows(head, body)}`;
  });
  if (r.points.some((p) => p.ok && p.jointAll)) {
    const body = r.points.map((p) => [formatInput(p.value, unit, lang), p.ok ? (p.jointAll ? formatPercent(p.jointAll.p, lang) : '–') : unreachable]);
    blocks.push(`${da ? 'Alle mål nås på én gang' : 'Every target met at once'}\n${alignRows([valueHead, 'P'], body)}`);
  }
  return `${sweepTitle(r, lang)}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The sweep as CSV, full precision: one row per value × cell, with the input's distribution
 * at that value, then P(every target met) per value; Danish or English conventions, UTF-8
 * with a byte-order mark.
 */
export function sweepCsv(v: ValidScenario, r: SweepResult, lang: Lang = 'en'): string {
  const { sep, num } = csvConventions(lang);
  const rows = [['input', 'mode', 'value', 'reachable', 'indicator', 'label', 'horizon', 'mean', 'p10', 'p50', 'p90', 'target', 'pMeetsTarget', 'pSe', 'iterations', 'seed'].join(sep)];
  const run = [String(r.iterations), csvText(String(r.seed), sep)];
  for (const p of r.points) {
    const lead = [csvText(r.path, sep), r.mode, num(p.value), p.ok ? 'yes' : 'no'];
    if (!p.ok) {
      rows.push([...lead, '', '', '', '', '', '', '', '', '', '', ...run].join(sep));
      continue;
    }
    for (const [k, c] of r.cells.entries()) {
      const s = p.cells[k];
      const target = Number.isNaN(v.targets[c]) ? null : v.targets[c];
      rows.push([...lead, indicatorOf(v.layout, c).id, csvText(sweepCellName(v, c, lang), sep), horizonOf(v.layout, c), num(s.mean), num(s.p10), num(s.p50), num(s.p90), num(target), num(s.pMeetsTarget), num(s.pSe), ...run].join(sep));
    }
    if (p.jointAll) rows.push([...lead, 'allTargets', csvText(lang === 'da' ? 'Alle mål nås på én gang' : 'Every target met at once', sep), 'all', '', '', '', '', '', num(p.jointAll.p), num(p.jointAll.se), ...run].join(sep));
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
