import { cellOf } from '../engine/layout';
import type { ForecastResult } from '../engine/forecast-result';
import { formatValue } from '../text/format-number';
import type { Check } from './checks';
import type { ProgrammeLabels } from '../text';

/**
 * What published evidence says of the cost per result (shared/seed/EVIDENCE.md, "cost per
 * job"): Danish structural-fund projects have cost DKK 0.30–0.53 million of public money per
 * full-time job created (Erhvervsstyrelsen 0.33–0.53, Nordjylland 0.30, Syddanmark/COWI 0.386).
 */
export const COST_PER_FTE_EVIDENCE = {
  min: 300_000,
  max: 530_000,
  source: {
    da: 'Erhvervsstyrelsens effektmålinger af strukturfondsprojekter (0,33–0,53 mio. kr.), Nordjylland (0,30), Syddanmark/COWI (0,386)',
    en: 'Erhvervsstyrelsen effect measurements of structural-fund projects (DKK 0.33–0.53 m), Nordjylland (0.30), Syddanmark/COWI (0.386)',
  },
};

/**
 * Findings about a forecast rather than its assumptions: where its median cost per new
 * full-time job (all the years counted) lies outside what such programmes have cost. Such a
 * figure says the jobs or the costs assumed are far from experience. None for a forecast
 * without costs.
 */
export function forecastChecks(r: Pick<ForecastResult, 'layout' | 'cells'>, labels: ProgrammeLabels): Check[] {
  const c = cellOf(r.layout, 'costPerNewFteDkk', 'total');
  if (c < 0) return [];
  const median = r.cells[c].p50;
  // A programme whose costs are not yet entered (0) says nothing about its cost per job.
  const cost = cellOf(r.layout, 'costDkk', 'projectTotal');
  if (!(r.cells[cost].p50 > 0)) return [];
  const { min, max, source } = COST_PER_FTE_EVIDENCE;
  if (!(median < min || median > max)) return [];
  const money = (x: number, lang: 'da' | 'en') => formatValue(x, 'dkk', lang);
  const name = (lang: 'da' | 'en') => `${labels.indicator('costPerNewFteDkk', lang)}, ${labels.horizon('total', lang)}`;
  const low = median < min;
  return [{
    id: 'evidence.forecast.costPerNewFteDkk', severity: 'warning', numbers: { median, evidenceMin: min, evidenceMax: max },
    message: {
      da: `${name('da')}: prognosens median (${money(median, 'da')}) ligger ${low ? 'under' : 'over'} de ${money(min, 'da').replace(' kr.', '')}–${money(max, 'da')} offentlige midler pr. nyt fuldtidsjob, som sådanne programmer har kostet (${source.da}): ${low ? 'de antagne job er mange, eller omkostningerne lave,' : 'de antagne job er få, eller omkostningerne høje,'} i forhold til erfaringen.`,
      en: `${name('en')}: the forecast's median (${money(median, 'en')}) is ${low ? 'below' : 'above'} the ${money(min, 'en')}–${money(max, 'en').replace('DKK ', '')} of public money per new full-time job such programmes have cost (${source.en}): the jobs assumed are ${low ? 'many, or the costs low,' : 'few, or the costs high,'} beside experience.`,
    },
  }];
}
