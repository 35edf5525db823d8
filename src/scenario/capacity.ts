import type { HorizonId } from '../engine/indicators';
import type { ValidScenario } from './parse';

/**
 * The most companies an indicator can count in a horizon, from the seats: participants and
 * supported companies are counted in the period they take part in (seats of that period);
 * other company counts are bounded by all the seats their activities have. Null for amounts.
 */
export function maximumPossible(v: ValidScenario, indicator: string, horizon: HorizonId): number | null {
  const acts = v.model.activities;
  const seats = (ids: string[], periods: number[]) => acts.filter((a) => ids.includes(a.id)).reduce((k, a) => k + periods.reduce((s, p) => s + a.seats[p], 0), 0);
  const growth = acts.filter((a) => a.group === 'growth').map((a) => a.id);
  const support = acts.filter((a) => a.group === 'growth' && a.countsAsSupport).map((a) => a.id);
  const innovation = acts.filter((a) => a.group === 'innovation').map((a) => a.id);
  const periodOf = horizon === 'period1' ? [0] : horizon === 'period2' ? [1] : horizon === 'total' || horizon === 'projectTotal' ? [0, 1] : [];
  if (indicator.startsWith('participants.')) return seats([indicator.slice('participants.'.length)], periodOf);
  if (indicator === 'supportedCompanies') return seats(support, periodOf);
  if (indicator === 'supportedCompaniesF') return seats(innovation, periodOf);
  if (indicator === 'growthCompanies') return seats(growth, [0, 1]);
  if (['researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'].includes(indicator)) return seats(innovation, [0, 1]);
  return null;
}
