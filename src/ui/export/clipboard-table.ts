import { isBlankCell, type ForecastReport, type Lang } from '../../report/forecast-report';
import { spreadsheetText } from '../../report/csv';
import { formatNumber, iterationsText } from '../../text/format-number';

/** A table to copy: text cells are neutralised and escaped, number cells written in the language's format. */
export type Cell = string | number;
/** `notes` are lines above the table: what it is of, and an out-of-date forecast's warning. */
export interface TableData { notes?: string[]; head: string[]; rows: Cell[][] }

export { spreadsheetText } from '../../report/csv';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** A number without thousands separators, so Word shows it and Excel reads it as a number in that locale. */
export function numberText(x: number, lang: Lang): string {
  return formatNumber(x, lang, 6, 0, false);
}

const cellText = (c: Cell, lang: Lang) => (typeof c === 'number' ? numberText(c, lang) : spreadsheetText(c));

/** Tab-separated values: a tab or line break inside a cell would split it, so it becomes a space. */
export function tableTsv(t: TableData, lang: Lang): string {
  const line = (cells: Cell[]) => cells.map((c) => cellText(c, lang).replace(/[\t\r\n]+/g, ' ')).join('\t');
  return [...(t.notes ?? []).map((n) => line([n])), line(t.head), ...t.rows.map(line)].join('\r\n') + '\r\n';
}

/** A real HTML <table> (Word and Excel paste it as a table) after its notes; every cell escaped. */
export function tableHtml(t: TableData, lang: Lang): string {
  const td = (c: Cell, tag: 'th' | 'td') => `<${tag}${typeof c === 'number' ? ' style="text-align:right"' : ''}>${escapeHtml(cellText(c, lang))}</${tag}>`;
  const head = `<tr>${t.head.map((h) => td(h, 'th')).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr>${r.map((c) => td(c, 'td')).join('')}</tr>`).join('');
  // Paragraphs before the table: Word keeps them above it, Excel puts each in a cell above it.
  const notes = (t.notes ?? []).map((n) => `<p>${escapeHtml(spreadsheetText(n))}</p>`).join('');
  return `${notes}<table border="1" cellspacing="0" cellpadding="3"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * The forecast table to paste: per indicator and horizon with a target or a forecast, the
 * median, P10, P90, mean, target and the percentage of iterations meeting it, as the engine
 * computed them (money in whole kroner, counts to two decimals); above it the scenario,
 * iterations and seed, and `mark` (an out-of-date forecast's warning) first.
 */
export function forecastCopyTable(r: ForecastReport, lang: Lang, mark?: string): TableData {
  const da = lang === 'da';
  const head = da
    ? ['Indikator', 'Horisont', 'Median', 'P10', 'P90', 'Middel', 'Mål', 'P(mål nås) %']
    : ['Indicator', 'Horizon', 'Median', 'P10', 'P90', 'Mean', 'Target', 'P(meets target) %'];
  // A note column only where a cell's target is on another basis than its column.
  const noted = r.indicators.some((ind) => Object.keys(ind.notes).length > 0);
  if (noted) head.push('Note');
  const rows: Cell[][] = [];
  r.indicators.forEach((ind) => {
    const round = (x: number | null): Cell => (x === null ? '' : ind.unit === 'dkk' ? Math.round(x) : Math.round(x * 100) / 100);
    for (const h of r.horizons) {
      const c = ind.byHorizon[h.id];
      if (isBlankCell(c)) continue;
      const label = ind.unit === 'dkk' ? `${ind.label} (${da ? 'kr.' : 'DKK'})` : ind.label;
      rows.push([label, h.label, round(c.p50), round(c.p10), round(c.p90), round(c.mean), round(c.target), c.pMeetsTarget === null ? '' : Math.round(c.pMeetsTarget * 1000) / 10, ...(noted ? [ind.notes[h.id] ?? ''] : [])]);
    }
  });
  return { notes: [...(mark ? [mark] : []), `${r.scenario.name} — ${iterationsText(r.iterations, r.seed, lang)}`], head, rows };
}
