import { isBlankCell, jointLines, type ForecastReport, type Lang } from './forecast-report';
import { formatPercent, formatValue, iterationsText } from '../text/format-number';
import { alignRows } from './align';

const HEAD = {
  da: ['Indikator', 'Horisont', 'Middel', 'Median', 'P10–P90', 'Mål', 'P(mål nås)'],
  en: ['Indicator', 'Horizon', 'Mean', 'Median', 'P10–P90', 'Target', 'P(meets target)'],
};

/**
 * The forecast as an aligned text table for a terminal: one row per indicator and horizon
 * that has a target or a non-zero forecast, then the checks.
 */
export function textTable(r: ForecastReport, lang: Lang): string {
  const rows: string[][] = [];
  const notes: string[] = [];
  r.indicators.forEach((ind) => {
    const unit = ind.unit;
    let first = true;
    r.horizons.forEach((h) => {
      const c = ind.byHorizon[h.id];
      if (isBlankCell(c)) return;
      rows.push([
        first ? ind.label : '',
        h.label,
        formatValue(c.mean, unit, lang),
        formatValue(c.p50, unit, lang),
        `${formatValue(c.p10, unit, lang)} – ${formatValue(c.p90, unit, lang)}`,
        formatValue(c.target, unit, lang),
        `${formatPercent(c.pMeetsTarget, lang)}${ind.notes[h.id] ? ' ≠' : ''}`,
      ]);
      if (ind.notes[h.id]) notes.push(`  ${ind.label}, ${h.label}: ${ind.notes[h.id]}`);
      first = false;
    });
  });
  const title = `${r.scenario.name}: ${iterationsText(r.iterations, r.seed, lang)}`;
  const checks = r.checks.map((c) => `  [${c.severity}] ${c.message}`);
  const joint = jointLines(r.joint, lang);
  return [title, '', alignRows(HEAD[lang], rows), ...(notes.length ? ['', ...notes] : []), ...(joint.length ? ['', ...joint] : []), '',
    lang === 'da' ? 'Sammenhængstjek:' : 'Coherence checks:', ...(checks.length ? checks : ['  –']), ''].join('\n');
}
