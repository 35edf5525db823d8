import type { IndicatorUnit } from '../engine/layout';
import type { Lang } from './index';

/** The locale each language's numbers are written in. */
export const locale = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

/**
 * Formatters per language and options, made once: `toLocaleString` with options builds a
 * new formatter on every call, which cost a forecast table several milliseconds.
 */
const formats = new Map<string, Intl.NumberFormat>();

/** The formatter for `lang` with `opts`, made the first time `key` (which names the options) is asked for. */
export function numberFormat(lang: Lang, key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}/${key}`;
  let f = formats.get(k);
  if (!f) formats.set(k, (f = new Intl.NumberFormat(locale(lang), opts)));
  return f;
}

/**
 * x in the language's format with at most `max` decimals (at least `min`); with no `max`,
 * the language's plain format (up to three decimals). `grouping` false leaves out the
 * thousands separators.
 */
export function formatNumber(x: number, lang: Lang, max?: number, min = 0, grouping = true): string {
  const opts: Intl.NumberFormatOptions = max === undefined ? {} : { maximumFractionDigits: max, minimumFractionDigits: min };
  if (!grouping) opts.useGrouping = false;
  return numberFormat(lang, `${max}/${min}/${grouping}`, opts).format(x);
}

/** A value for people: whole companies, one decimal of FTE, money rounded to three significant digits. */
export function formatValue(x: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (x === null || Number.isNaN(x)) return '–';
  // A cost per result in iterations with no result.
  if (x === Infinity) return '∞';
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
  // A no-break space: "100,0 %" must not wrap before its sign in a narrow column.
  return lang === 'da' ? `${s}\u00a0%` : `${s}%`;
}

/** What a forecast was computed with, for the titles of exports: "20.000 iterationer, frø 1", "20,000 iterations, seed 1". */
export function iterationsText(iterations: number, seed: number | string, lang: Lang): string {
  return `${formatNumber(iterations, lang)} ${lang === 'da' ? 'iterationer, frø' : 'iterations, seed'} ${seed}`;
}
