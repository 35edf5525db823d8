import type { IndicatorUnit } from '../engine/indicators';
import type { Lang } from './forecast-report';

const locale = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

/**
 * Formatters per language and decimals, made once: `toLocaleString` with options builds a
 * new formatter on every call, which cost a forecast table several milliseconds.
 */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * x in the language's format with at most `max` decimals (at least `min`); with no `max`,
 * the language's plain format (up to three decimals).
 */
export function formatNumber(x: number, lang: Lang, max?: number, min = 0): string {
  const key = `${lang}/${max}/${min}`;
  let f = formats.get(key);
  if (!f) {
    const opts = max === undefined ? {} : { maximumFractionDigits: max, minimumFractionDigits: min };
    formats.set(key, (f = new Intl.NumberFormat(locale(lang), opts)));
  }
  return f.format(x);
}

/** A value for people: whole companies, one decimal of FTE, money rounded to three significant digits. */
export function formatValue(x: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (x === null || Number.isNaN(x)) return '–';
  if (unit === 'dkk') {
    const v = formatNumber(Number(x.toPrecision(3)), lang);
    return lang === 'da' ? `${v} kr.` : `DKK ${v}`;
  }
  const digits = unit === 'fte' || !Number.isInteger(x) ? 1 : 0;
  return formatNumber(x, lang, digits, digits);
}

/** A probability as a percentage: "12,5 %" in Danish, "12.5%" in English. */
export function formatPercent(p: number | null, lang: Lang): string {
  if (p === null) return '–';
  const s = formatNumber(p * 100, lang, 1, 1);
  return lang === 'da' ? `${s} %` : `${s}%`;
}
