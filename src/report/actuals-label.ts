import type { Lang } from './forecast-report';
import { formatNumber, locale } from '../text/format-number';

/** The actuals a conditioned forecast used (see the forecast store's `ActualsUsed`). */
export interface ActualsLabel {
  asOf?: string;
  observations: number;
  rates: number;
  effectiveSampleSize: number;
  iterations: number;
}

const count = (n: number, one: string, many: string, lang: Lang) => `${formatNumber(n, lang)} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : many}`;

/**
 * What a forecast conditioned on the actuals says of itself, on screen and first in every
 * export: that it is one, the actuals' date, what they are, and the effective sample size
 * (how many iterations the weights are worth).
 */
export function actualsLabel(a: ActualsLabel, lang: Lang): string {
  const da = lang === 'da';
  const date = a.asOf ? new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${a.asOf}T00:00:00Z`)) : null;
  const what = [
    ...(a.observations ? [count(a.observations, da ? 'observation' : 'observation', da ? 'observationer' : 'observations', lang)] : []),
    ...(a.rates ? [count(a.rates, da ? 'rate' : 'rate', da ? 'rater' : 'rates', lang)] : []),
  ].join(da ? ' og ' : ' and ');
  const ess = `${formatNumber(Math.round(a.effectiveSampleSize), lang)} ${da ? 'af' : 'of'} ${formatNumber(a.iterations, lang)}`;
  if (da) return `MED FAKTISKE TAL: prognosen er opdateret med de faktiske tal ${date ? `pr. ${date}` : '(uden opgørelsesdato)'} (${what}); effektiv stikprøve ${ess} iterationer.`;
  return `WITH ACTUALS: this forecast is updated with the actuals ${date ? `as of ${date}` : '(no reporting date given)'} (${what}); effective sample size ${ess} iterations.`;
}
