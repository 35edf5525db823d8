/**
 * A number as an editable text: no grouping (so it parses back), the language's decimal mark,
 * and 12 significant digits so that 0.035 × 100 shows as 3.5, not 3.5000000000000004.
 */
export function formatNumber(x: number, lang: 'da' | 'en'): string {
  const s = String(Number(x.toPrecision(12)));
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** What the planner typed as a number, accepting either decimal mark and spaces; null if it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.').replace(/^−/, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}
