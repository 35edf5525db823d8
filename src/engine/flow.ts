import type { Model } from './model';
import type { Rng } from './rng';
import { binomial } from './sample/binomial';
import { hypergeometric } from './sample/hypergeometric';
import { multinomial } from './sample/multinomial';

/**
 * Companies flowing through the activities in one period, aggregated: every split of a
 * group of exchangeable companies is an exact binomial, multinomial or hypergeometric draw.
 *
 * Each group is kept in two kinds, companies not yet counted as supported (T) and already
 * supported (S), so that "companies receiving support" counts each company once however
 * many support activities it takes part in. Inflows are kept per (destination, source) so
 * that companies turned away from a full activity in period 2 leave the programme as
 * completers of the activity that sent them, with its outcomes.
 */
export interface FlowState {
  /** Inflow this period, at [destination · n + source]. */
  inT: Float64Array;
  inS: Float64Array;
  /** Period-1 overflow waiting for a period-2 seat, same layout. */
  carryT: Float64Array;
  carryS: Float64Array;
  participants: Float64Array;
  /** Companies leaving the growth activities after this one (growth group only). */
  exitT: Float64Array;
  exitS: Float64Array;
  newlySupported: number;
  routed: Float64Array;
  shares: Float64Array[];
  /** Companies sent along each route (flattened, activity by activity), summed until reset. */
  routeTotals: Float64Array;
  routeOffset: number[];
  /** 1 at [destination · n + source] when both activities are in the same group. */
  sameGroup: Uint8Array;
  /** Scratch: the T and S that `admit` let in. */
  admitted: Float64Array;
}

export function createFlowState(model: Model): FlowState {
  const n = model.activities.length;
  const f = () => new Float64Array(n);
  const pairs = () => new Float64Array(n * n);
  return {
    inT: pairs(), inS: pairs(), carryT: pairs(), carryS: pairs(), participants: f(), exitT: f(), exitS: f(),
    newlySupported: 0,
    routed: new Float64Array(n),
    shares: model.activities.map((a) => new Float64Array(a.routes.length)),
    routeTotals: new Float64Array(model.activities.reduce((k, a) => k + a.routes.length, 0)),
    routeOffset: model.activities.map((_, i) => model.activities.slice(0, i).reduce((k, a) => k + a.routes.length, 0)),
    admitted: new Float64Array(2),
    sameGroup: Uint8Array.from({ length: n * n }, (_, i) => (model.activities[Math.floor(i / n)].group === model.activities[i % n].group ? 1 : 0)),
  };
}

/** Runs period `p` (0 or 1) of the flow; x holds this iteration's programme-level inputs. */
export function runPeriod(model: Model, p: number, x: Float64Array, rng: Rng, s: FlowState): void {
  s.newlySupported = 0;
  if (p === 0) {
    s.inT.fill(0);
    s.inS.fill(0);
  } else {
    s.inT.set(s.carryT);
    s.inS.set(s.carryS);
  }
  s.carryT.fill(0);
  s.carryS.fill(0);
  for (let a = 0; a < model.activities.length; a++) runActivity(model, a, p, x, rng, s);
}

/**
 * Gives an activity's seats to a uniformly random subset of its inflow (a multivariate
 * hypergeometric split over sources and kinds, drawn one category at a time). Those turned
 * away wait for period 2, or in period 2 leave as completers of their source activity.
 * Leaves the admitted T and S in s.admitted. O(n) categories; O(seats) draws only when the
 * seats bind.
 */
function admit(n: number, a: number, seats: number, p: number, rng: Rng, s: FlowState): void {
  const { inT, inS } = s;
  let sumT = 0;
  let sumS = 0;
  for (let src = a * n; src < (a + 1) * n; src++) {
    sumT += inT[src];
    sumS += inS[src];
  }
  s.admitted[0] = sumT;
  s.admitted[1] = sumS;
  if (sumT + sumS > seats) admitSome(n, a, seats, p, rng, s, sumT + sumS);
}

/** The binding case of `admit`: draws who of the inflow gets the seats. */
function admitSome(n: number, a: number, seats: number, p: number, rng: Rng, s: FlowState, total: number): void {
  let admittedT = 0;
  let admittedS = 0;
  let left = seats;
  for (let src = 0; src < n; src++) {
    for (let kind = 0; kind < 2; kind++) {
      const c = (kind === 0 ? s.inT : s.inS)[a * n + src];
      if (c === 0) continue;
      const k = hypergeometric(c, total - c, left, rng);
      total -= c;
      left -= k;
      if (kind === 0) admittedT += k;
      else admittedS += k;
      if (k === c) continue;
      if (p === 0) (kind === 0 ? s.carryT : s.carryS)[a * n + src] += c - k;
      // A route into another group already counted them as leaving their source's group.
      else if (s.sameGroup[a * n + src]) (kind === 0 ? s.exitT : s.exitS)[src] += c - k;
    }
  }
  s.admitted[0] = admittedT;
  s.admitted[1] = admittedS;
}

function runActivity(model: Model, a: number, p: number, x: Float64Array, rng: Rng, s: FlowState): void {
  const act = model.activities[a];
  const seats = act.seats[p];
  admit(model.activities.length, a, seats, p, rng, s);
  let nT = s.admitted[0];
  let nS = s.admitted[1];
  if (act.recruitmentInput >= 0) nT += binomial(seats - nT - nS, x[act.recruitmentInput], rng);
  s.participants[a] = nT + nS;
  if (act.countsAsSupport && act.group === 'growth') {
    s.newlySupported += nT;
    nS += nT;
    nT = 0;
  }
  s.exitT[a] = nT - route(model, a, nT, x, rng, s, s.inT);
  s.exitS[a] = nS - route(model, a, nS, x, rng, s, s.inS);
}

/** Sends those of n who go on to their destinations; returns how many stay in the group. */
function route(model: Model, a: number, n: number, x: Float64Array, rng: Rng, s: FlowState, inflow: Float64Array): number {
  const act = model.activities[a];
  if (n === 0 || act.proceedInput < 0 || act.routes.length === 0) return 0;
  const go = binomial(n, x[act.proceedInput], rng);
  if (go === 0) return 0;
  const shares = s.shares[a];
  for (let r = 0; r < act.routes.length; r++) shares[r] = x[act.routes[r].shareInput];
  multinomial(go, shares, s.routed, rng);
  let stay = 0;
  for (let r = 0; r < act.routes.length; r++) {
    const to = act.routes[r].to;
    inflow[to * model.activities.length + a] += s.routed[r];
    s.routeTotals[s.routeOffset[a] + r] += s.routed[r];
    if (model.activities[to].group === act.group) stay += s.routed[r];
  }
  return stay;
}
