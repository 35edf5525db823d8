import type { ForecastReport } from './forecast-report';

const COLUMNS = ['mean', 'sd', 'se', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'target', 'pMeetsTarget'] as const;

/**
 * The forecast as CSV (comma separated, dot decimals, full precision) for spreadsheets and
 * tools: one row per indicator × horizon. Text cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe.
 */
export function forecastCsv(r: ForecastReport): string {
  const rows = [['indicator', 'label', 'unit', 'horizon', ...COLUMNS].join(',')];
  for (const ind of r.indicators) {
    for (const h of r.horizons) {
      const c = ind.byHorizon[h.id];
      rows.push([ind.id, csvText(ind.label), ind.unit, h.id, ...COLUMNS.map((k) => (c[k] === null ? '' : String(c[k])))].join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

export function csvText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
