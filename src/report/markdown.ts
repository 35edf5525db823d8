import { isBlankCell, jointLines, type ForecastReport, type Lang } from './forecast-report';
import { formatPercent, formatValue, iterationsText } from '../text/format-number';

/** Markdown needs its own cell escaping: a pipe ends a cell, a newline a row. */
export function mdText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The forecast as a Markdown table: per indicator and horizon with a target or a forecast,
 * median (P10–P90), target and P(meets), under a title with the iterations and seed. `mark`
 * (an out-of-date forecast's warning) goes first, as a quoted bold line.
 */
export function forecastMarkdown(r: ForecastReport, lang: Lang, mark?: string): string {
  const da = lang === 'da';
  const head = da ? ['Indikator', 'Horisont', 'Median', 'P10–P90', 'Mål', 'P(mål nås)'] : ['Indicator', 'Horizon', 'Median', 'P10–P90', 'Target', 'P(meets target)'];
  const rows: string[][] = [];
  const notes: string[] = [];
  r.indicators.forEach((ind) => {
    const unit = ind.unit;
    for (const h of r.horizons) {
      const c = ind.byHorizon[h.id];
      if (isBlankCell(c)) continue;
      const note = ind.notes[h.id];
      if (note) notes.push(`${mdText(ind.label)}, ${h.label}: ${mdText(note)}`);
      rows.push([mdText(ind.label), h.label, formatValue(c.p50, unit, lang), `${formatValue(c.p10, unit, lang)} – ${formatValue(c.p90, unit, lang)}`, formatValue(c.target, unit, lang), `${formatPercent(c.pMeetsTarget, lang)}${note ? ' ≠' : ''}`]);
    }
  });
  const title = `**${mdText(r.scenario.name)}** — ${iterationsText(r.iterations, r.seed, lang)}`;
  return [...(mark ? [`> **${mdText(mark)}**`, ''] : []), title, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), '', ...notes.map((n) => `${n}  `), ...(notes.length ? [''] : []), ...jointLines(r.joint, lang).map((l) => `${mdText(l)}  `), ...(r.joint ? [''] : [])].join('\n');
}
