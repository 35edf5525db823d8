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
 * many support activities it takes part in.
 */
export interface FlowState {
  inT: Float64Array;
  inS: Float64Array;
  /** Period-1 overflow waiting for a period-2 seat. */
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
}

export function createFlowState(model: Model): FlowState {
  const n = model.activities.length;
  const f = () => new Float64Array(n);
  return {
    inT: f(), inS: f(), carryT: f(), carryS: f(), participants: f(), exitT: f(), exitS: f(),
    newlySupported: 0,
    routed: new Float64Array(n),
    shares: model.activities.map((a) => new Float64Array(a.routes.length)),
    routeTotals: new Float64Array(model.activities.reduce((k, a) => k + a.routes.length, 0)),
    routeOffset: model.activities.map((_, i) => model.activities.slice(0, i).reduce((k, a) => k + a.routes.length, 0)),
  };
}

/** Runs period `p` (0 or 1) of the flow; x holds this iteration's programme-level inputs. */
export function runPeriod(model: Model, p: number, x: Float64Array, rng: Rng, s: FlowState): void {
  s.newlySupported = 0;
  for (let a = 0; a < model.activities.length; a++) {
    s.inT[a] = p === 0 ? 0 : s.carryT[a];
    s.inS[a] = p === 0 ? 0 : s.carryS[a];
    s.carryT[a] = 0;
    s.carryS[a] = 0;
  }
  for (let a = 0; a < model.activities.length; a++) runActivity(model, a, p, x, rng, s);
}

function runActivity(model: Model, a: number, p: number, x: Float64Array, rng: Rng, s: FlowState): void {
  const act = model.activities[a];
  const seats = act.seats[p];
  let nT = s.inT[a];
  let nS = s.inS[a];
  if (nT + nS > seats) {
    // The seats go to a uniformly random subset of the inflow.
    const admS = hypergeometric(nS, nT, seats, rng);
    const admT = seats - admS;
    if (p === 0) {
      s.carryT[a] = nT - admT;
      s.carryS[a] = nS - admS;
    }
    nT = admT;
    nS = admS;
  }
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
    inflow[to] += s.routed[r];
    s.routeTotals[s.routeOffset[a] + r] += s.routed[r];
    if (model.activities[to].group === act.group) stay += s.routed[r];
  }
  return stay;
}
