import type { IndicatorUnit } from '../engine/indicators';
import type { Lang } from './forecast-report';

const locale = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

/** A value for people: whole companies, one decimal of FTE, money rounded to three significant digits. */
export function formatValue(x: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (x === null || Number.isNaN(x)) return '–';
  if (unit === 'dkk') {
    const v = Number(x.toPrecision(3));
    return lang === 'da' ? `${v.toLocaleString('da-DK')} kr.` : `DKK ${v.toLocaleString('en-GB')}`;
  }
  const digits = unit === 'fte' || !Number.isInteger(x) ? 1 : 0;
  return x.toLocaleString(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A probability as a percentage: "12,5 %" in Danish, "12.5%" in English. */
export function formatPercent(p: number | null, lang: Lang): string {
  if (p === null) return '–';
  const s = (p * 100).toLocaleString(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return lang === 'da' ? `${s} %` : `${s}%`;
}
