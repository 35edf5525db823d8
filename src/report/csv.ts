import { STATS as COLUMNS, type ForecastReport, type Lang } from './forecast-report';

/** Danish CSV (semicolon, decimal comma) or English (comma, decimal point). */
export function csvConventions(lang: Lang): { sep: string; num: (x: number | null) => string } {
  // No value is an empty field; +∞ (a cost per result with no result) is written Inf, as R and pandas read it.
  const plain = (x: number) => (x === Infinity ? 'Inf' : x === -Infinity ? '-Inf' : String(x));
  return { sep: lang === 'da' ? ';' : ',', num: (x) => (x === null || Number.isNaN(x) ? '' : lang === 'da' ? plain(x).replace('.', ',') : plain(x)) };
}
/** UTF-8 byte-order mark: without it Excel reads æ, ø and å wrongly. */
export const BOM = '\uFEFF';

/**
 * The forecast as CSV for spreadsheets, one row per indicator × horizon, full precision, each
 * row with the iterations and seed it was computed with, and a note where a cell's target is
 * on another basis than its column. Danish conventions (semicolon,
 * decimal comma) or English ones (comma, decimal point); UTF-8 with a byte-order mark either
 * way. `mark` (an out-of-date forecast's warning) is a line of its own before the header, so
 * neither a person nor a program takes the figures for current ones unawares.
 */
export function forecastCsv(r: ForecastReport, lang: Lang = 'en', mark?: string): string {
  const { sep, num } = csvConventions(lang);
  const rows = [...(mark ? [csvText(mark, sep)] : []), ['indicator', 'label', 'unit', 'horizon', ...COLUMNS, 'note', 'iterations', 'seed'].join(sep)];
  const run = [String(r.iterations), csvText(String(r.seed), sep)];
  for (const ind of r.indicators) {
    for (const h of r.horizons) {
      const c = ind.byHorizon[h.id];
      rows.push([ind.id, csvText(ind.label, sep), ind.unit, h.id, ...COLUMNS.map((k) => num(c[k])), csvText(ind.notes[h.id] ?? '', sep), ...run].join(sep));
    }
  }
  // Every target met at once: a row per set (all, then each horizon with targets), its probability in pMeetsTarget and its error in se.
  const none = COLUMNS.map(() => '');
  const at = (k: (typeof COLUMNS)[number]) => COLUMNS.indexOf(k);
  const jointRow = (horizon: string, label: string, j: { p: number; se: number }) => {
    const cols = [...none];
    cols[at('pMeetsTarget')] = num(j.p);
    cols[at('se')] = num(j.se);
    return [ALL_TARGETS, csvText(label, sep), 'probability', horizon, ...cols, '', ...run].join(sep);
  };
  const da = lang === 'da';
  if (r.joint?.all) rows.push(jointRow('all', da ? 'Alle mål nås på én gang' : 'Every target met at once', r.joint.all));
  for (const h of r.joint?.byHorizon ?? []) rows.push(jointRow(h.horizon, da ? `Alle mål for ${h.label.toLowerCase()} nås` : `Every ${h.label} target met`, h));
  return BOM + rows.join('\r\n') + '\r\n';
}

/** The indicator id of the CSV's rows for every target met at once. */
const ALL_TARGETS = 'allTargets';

/**
 * A text cell as a spreadsheet will read it: a leading =, +, -, @, tab or carriage return gets
 * an apostrophe so it is not taken for a formula.
 */
export function spreadsheetText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * A text cell for CSV: neutralised against spreadsheet formula injection (a leading =, +, -,
 * @, tab or carriage return gets an apostrophe, OWASP's advice) and quoted where needed.
 */
export function csvText(s: string, sep = ','): string {
  const safe = spreadsheetText(s);
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
