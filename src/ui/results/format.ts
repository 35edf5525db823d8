import type { IndicatorUnit } from '../../engine/layout';
import type { I18n } from '../i18n';

/** How a value that is not a finite number is shown: no value (a cell a cost per result has not) as –, a cost per result with no result as ∞. */
function notFinite(x: number): string | null {
  if (Number.isNaN(x)) return '–';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  return null;
}

/** A value of an indicator as shown in the table: money in millions (or, for a cost per result, thousands: the row says which), the rest as is. */
export function formatValue(i18n: I18n, unit: IndicatorUnit, x: number, extraDigits = 0, dkkScale = 1e6): string {
  const odd = notFinite(x);
  if (odd) return odd;
  if (unit === 'dkk') return i18n.num(x / dkkScale, x === 0 ? 0 : Math.abs(x) < dkkScale ? 2 : 1);
  return i18n.num(x, extraDigits);
}

/** Full precision for tooltips. */
export function formatExact(i18n: I18n, unit: IndicatorUnit, x: number, digits = 2): string {
  const odd = notFinite(x);
  if (odd) return odd;
  return unit === 'dkk' ? i18n.money(x) : i18n.num(x, digits);
}

/** Colour band of a probability of meeting a target; the legend lists the same bands. */
export const PROBABILITY_BANDS = [
  { id: 'low', below: 0.1 },
  { id: 'doubtful', below: 0.5 },
  { id: 'likely', below: 0.9 },
  { id: 'high', below: Infinity },
] as const;

export function probabilityBand(p: number): (typeof PROBABILITY_BANDS)[number]['id'] {
  return PROBABILITY_BANDS.find((b) => p < b.below)!.id;
}

/** Half-width of a 95 % normal interval around an estimate with standard error `se`. */
export const ci95 = (se: number) => 1.96 * se;
