/**
 * A number as an editable text, as the app writes numbers elsewhere: thousands grouped with
 * the language's mark ("3,000,000", "3.000.000"), which `parseNumber` reads back as grouping,
 * the language's decimal mark, and 12 significant digits so that 0.035 × 100 shows as 3.5,
 * not 3.5000000000000004.
 */
export function editableNumber(x: number, lang: 'da' | 'en'): string {
  const s = String(Number(x.toPrecision(12)));
  if (/e/i.test(s)) return lang === 'da' ? s.replace('.', ',') : s;
  const [whole, fraction] = s.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_MARK[lang]);
  return fraction === undefined ? grouped : `${grouped}${lang === 'da' ? ',' : '.'}${fraction}`;
}

/** The language's mark between thousands: what the app itself writes ("55,000", "55.000 kr."). */
const GROUP_MARK = { da: '.', en: ',' } as const;
/** Whole digits in groups of three after a first group of one to three (not starting with 0 unless alone). */
const GROUPED = (mark: string) => new RegExp(`^[-+]?([1-9]\\d{0,2}(\\${mark}\\d{3})+|0)$`);

/** Currencies are written "kr." in Danish and "DKK" in English: either is the field's unit. */
const MONEY = /^(kr\.?|dkk)$/i;

/** Removes the field's own unit where the planner typed it too ("45 %", "55.000 kr.", "DKK 55,000"); no other word. */
function withoutUnit(t: string, unit: string | undefined): string {
  if (!unit) return t;
  const u = unit.replace(/\s/g, '');
  const money = MONEY.test(u);
  const tail = money ? /(kr\.?|dkk)$/i : new RegExp(`${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  t = t.replace(tail, '');
  return money ? t.replace(/^dkk/i, '') : t;
}

/**
 * What the planner typed as a number; null if it is not one. Spaces, and the field's own
 * unit typed with it, are ignored. Either decimal mark is accepted, but a mark that
 * groups thousands in the language ("55,000" in English, "55.000" in Danish, as the app
 * writes amounts) is read as grouping, and a number with both marks takes the last as the
 * decimal mark: "55,000" is never read as 55.
 */
export function parseNumber(text: string, lang: 'da' | 'en', unit?: string): number | null {
  let t = withoutUnit(text.replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-'), unit);
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = t.split(decimal);
    if (rest.length > 0 || !GROUPED(group).test(whole)) return null;
    t = `${whole.split(group).join('')}.${fraction}`;
  } else if (dots + commas > 0) {
    const mark = dots > 0 ? '.' : ',';
    // Repeated, it can only group; once, it groups where the language groups with it and the digits fit.
    if ((dots + commas > 1 || mark === GROUP_MARK[lang]) && GROUPED(mark).test(t)) t = t.split(mark).join('');
    else if (dots + commas > 1) return null;
    // The language's thousands mark after a whole part and before three or more digits, but not
    // a grouping ("60.0000" in Danish, a zero too many in 60.000): which was meant cannot be
    // known. After a 0 ("0,125" in English) it can only be a decimal mark.
    else if (mark === GROUP_MARK[lang] && /\d{3}/.test(t.slice(t.indexOf(mark) + 1)) && !/^[-+]?0$/.test(t.slice(0, t.indexOf(mark)))) return null;
    else t = t.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

/** A whole number as a planner types it, grouped or not ("100.000", "100,000", "100 000"); null if it is not one. */
export function parseWhole(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f.,_']/g, '');
  return /^\d+$/.test(clean) ? Number(clean) : null;
}
