import type { ValidScenario } from './parse';

/** The periods (by index) whose companies a horizon counts: one period, all of them for the totals, none for the years after. */
export function periodsOf(v: ValidScenario, horizon: string): number[] {
  const i = v.model.periods.findIndex((p) => p.id === horizon);
  if (i >= 0) return [i];
  return horizon === 'total' || horizon === 'projectTotal' ? v.model.periods.map((_, p) => p) : [];
}

/**
 * The most companies an indicator can count in a horizon, from the seats: participants and
 * supported companies are counted in the period they take part in (seats of that period;
 * supported companies once each, so only the places that can take a company in for the first
 * time count, see supportCapacity);
 * other company counts are bounded by all the seats their activities have. Null for amounts.
 */
export function maximumPossible(v: ValidScenario, indicator: string, horizon: string): number | null {
  const acts = v.model.activities;
  const seats = (ids: string[], periods: number[]) => acts.filter((a) => ids.includes(a.id)).reduce((k, a) => k + periods.reduce((s, p) => s + a.seats[p], 0), 0);
  const growth = acts.filter((a) => a.group === 'growth').map((a) => a.id);
  const innovation = acts.filter((a) => a.group === 'innovation').map((a) => a.id);
  const periodOf = periodsOf(v, horizon);
  const all = v.model.periods.map((_, p) => p);
  if (indicator.startsWith('participants.')) return seats([indicator.slice('participants.'.length)], periodOf);
  if (indicator === 'supportedCompanies') return periodOf.reduce((k, p) => k + supportCapacity(v, p).total, 0);
  if (indicator === 'supportedCompaniesF') return seats(innovation, periodOf);
  if (indicator === 'growthCompanies') return seats(growth, all);
  if (['researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'].includes(indicator)) return seats(innovation, all);
  // The programme's own: the companies of a set of activities are at most its seats then; those reaching an own outcome, at most its set's seats ever.
  const own = v.scenario.indicators?.find((d) => d.id === indicator);
  if (own?.rule.kind === 'companies') return seats(own.rule.activities, periodOf);
  if (own?.rule.kind === 'state') {
    const state = own.rule.state;
    const st = v.scenario.outcomes.states?.find((x) => x.id === state);
    if (st) return seats(st.activities, all);
    return maximumPossible(v, state, horizon);
  }
  return null;
}

/**
 * The most companies that can be counted as supported for the first time in period `p`: each
 * takes a place in the first support activity it joins, and only an activity that can hold a
 * company not yet supported can be that first one: one that recruits from outside, or that is
 * sent companies by an activity that does not count as support and holds such companies
 * itself. An activity whose companies all come from support activities (E2 from E1) adds no
 * new ones. `by` lists the activities that can, with their places; `already` those that cannot.
 */
export function supportCapacity(v: ValidScenario, p: number): { total: number; by: { id: string; seats: number }[]; already: string[] } {
  const acts = v.model.activities;
  const holdsNew = new Array<boolean>(acts.length).fill(false);
  // Activities are in routing order: every source comes before its destinations.
  acts.forEach((a, i) => {
    if (a.recruitmentInput >= 0) holdsNew[i] = true;
    if (!holdsNew[i]) return;
    const passesOn = !(a.countsAsSupport && a.group === 'growth');
    if (passesOn) for (const r of a.routes) holdsNew[r.to] = true;
  });
  const support = acts.map((a, i) => ({ a, i })).filter(({ a }) => a.countsAsSupport && a.group === 'growth');
  const by = support.filter(({ i }) => holdsNew[i]).map(({ a }) => ({ id: a.id, seats: a.seats[p] }));
  return { total: by.reduce((k, b) => k + b.seats, 0), by, already: support.filter(({ i }) => !holdsNew[i]).map(({ a }) => a.id) };
}
