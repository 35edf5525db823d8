import { flowCountsLength, type Model } from './model';
import { siteKey, type IterationStreams, type Rng } from './rng';
import { binomial } from './sample/binomial';
import { hypergeometric } from './sample/hypergeometric';
import { multinomial } from './sample/multinomial';
import { createMembers, NO_MEMBERS } from './members';

/**
 * Companies flowing through the activities in one period, aggregated: every split of a
 * group of exchangeable companies is an exact binomial, multinomial or hypergeometric draw.
 *
 * Each group is kept in two kinds, companies not yet counted as supported (T) and already
 * supported (S), so that "companies receiving support" counts each company once however
 * many support activities it takes part in. Inflows are kept per (destination, source) so
 * that companies turned away from a full activity in the last period leave the programme as
 * completers of the activity that sent them, with its outcomes.
 */
export interface Flow {
  /**
   * Runs period `p` (0, 1, …, in order); x holds this iteration's programme-level inputs. Each activity
   * draws its admissions and recruits from one site's stream and its routing from another.
   */
  runPeriod(p: number, x: Float64Array, streams: IterationStreams): void;
  /** Companies starting each activity this period. */
  participants: Float64Array;
  /** Of those, the ones sent on (or waiting) from an activity of the same group: counted once, where they first took part. */
  fromOwnGroup: Float64Array;
  /** Companies leaving the growth activities after each activity, not yet supported (T) and supported (S). */
  exitT: Float64Array;
  exitS: Float64Array;
  /**
   * After the first period, of those leaving after each activity: companies that took part in
   * it in the period before, waited for a full activity it sent them to and were turned away
   * again. They leave now, but their outcomes are timed from the period they took part in.
   */
  lateT: Float64Array;
  lateS: Float64Array;
  /** Companies counted as supported for the first time this period. */
  newlySupported(): number;
  /** Per member set (Model.memberSets): the companies that took part in one of its activities for the first time this period. */
  newInSet: Float64Array;
  /**
   * Summed until the caller zeroes it: the companies sent along each route (flattened,
   * activity by activity), then the companies recruited directly into each activity (see
   * `flowCountsLength`).
   */
  flowTotals: Float64Array;
}

/**
 * Compiles the model's activities into flat arrays once, so that a period is a few tight
 * loops over typed arrays. Routes point forward, so an activity's inflow comes only from
 * the activities before it.
 */
export function createFlow(model: Model): Flow {
  const n = model.activities.length;
  const acts = model.activities;
  const periods = Array.from({ length: model.periods.length }, (_, p) => p);
  const last = periods.length - 1;
  const seats = Float64Array.from(periods.flatMap((p) => acts.map((a) => a.seats[p])));
  const recruitmentIn = Int32Array.from(acts, (a) => a.recruitmentInput);
  const proceedIn = Int32Array.from(acts, (a) => a.proceedInput);
  /** 1 where taking part counts a company as supported (support activities of the growth group). */
  const supports = Uint8Array.from(acts, (a) => (a.countsAsSupport && a.group === 'growth' ? 1 : 0));
  const routeStart = Int32Array.from({ length: n + 1 }, (_, i) => acts.slice(0, i).reduce((k, a) => k + a.routes.length, 0));
  const routes = acts.flatMap((a) => a.routes);
  const routeTo = Int32Array.from(routes, (r) => r.to);
  const routeShareIn = Int32Array.from(routes, (r) => r.shareInput);
  /** 1 where activity a sends anyone on: it has a proceed rate and at least one route. */
  const routesOn = Uint8Array.from(acts, (a) => (a.proceedInput >= 0 && a.routes.length > 0 ? 1 : 0));
  const routeStays = Uint8Array.from(acts.flatMap((a) => a.routes.map((r) => (acts[r.to].group === a.group ? 1 : 0))));
  /** 1 at [destination · n + source] when both activities are in the same group. */
  const sameGroup = Uint8Array.from({ length: n * n }, (_, i) => (acts[Math.floor(i / n)].group === acts[i % n].group ? 1 : 0));
  /**
   * Per destination, the activities with a route into it, in order (compressed rows): only
   * they can send it companies, so admissions look at them alone, in the order a loop over
   * every earlier activity would meet them (and so draw the same).
   */
  const sourcesStart = new Int32Array(n + 1);
  const sourcesOf: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let src = 0; src < a; src++) if (acts[src].routes.some((r) => r.to === a)) sourcesOf.push(src);
    sourcesStart[a + 1] = sourcesOf.length;
  }
  const sources = Int32Array.from(sourcesOf);
  /** Per entry of `sources`: the route (index into `routes`) that brings that source's companies to the destination. */
  const sourceRoute = new Int32Array(sources.length);
  for (let a = 0; a < n; a++) {
    for (let i = sourcesStart[a]; i < sourcesStart[a + 1]; i++) sourceRoute[i] = routeStart[sources[i]] + acts[sources[i]].routes.findIndex((r) => r.to === a);
  }
  /** Each company's membership of the member sets, where the model has any (members.ts). */
  const members = model.memberSets?.length ? createMembers(model, { sourcesStart, sourceRoute, routeStart, routeTo, supports }) : NO_MEMBERS;
  const following = members !== NO_MEMBERS;
  /** Draw sites at [p · n + activity], named by activity id so scenarios share them. */
  const entrySite = Int32Array.from(periods.flatMap((p) => acts.map((a) => siteKey(`${p}:${a.id}:entry`))));
  const routeSite = Int32Array.from(periods.flatMap((p) => acts.map((a) => siteKey(`${p}:${a.id}:routes`))));

  const inT = new Float64Array(n * n);
  const inS = new Float64Array(n * n);
  const carryT = new Float64Array(n * n);
  const carryS = new Float64Array(n * n);
  /** After the first period: the part of each inflow that waited since the period before. */
  const waitT = new Float64Array(n * n);
  const waitS = new Float64Array(n * n);
  const participants = new Float64Array(n);
  const exitT = new Float64Array(n);
  const exitS = new Float64Array(n);
  const lateT = new Float64Array(n);
  const lateS = new Float64Array(n);
  const flowTotals = new Float64Array(flowCountsLength(model));
  const recruitedAt = routes.length;
  let newlySupported = 0;
  let admittedT = 0;
  let admittedS = 0;
  /** Of those admit() let in, how many came from an activity of the same group (counted there already). */
  let admittedSame = 0;
  /** Per activity, this period: its participants who came from an activity of its own group. */
  const fromOwnGroup = new Float64Array(n);

  /**
   * Gives activity a's seats to a uniformly random subset of its inflow (a multivariate
   * hypergeometric split over sources and kinds, drawn one category at a time). Those
   * turned away wait for the next period, or after the last leave as completers of their source
   * activity (those of them who waited already as late leavers, found by a further
   * hypergeometric split after the admissions, so the admissions draw what they drew before).
   * Sets admittedT and admittedS. O(sources); O(seats) draws only when seats bind.
   */
  function admit(a: number, free: number, p: number, streams: IterationStreams): boolean {
    const rng = streams.rng;
    const row = a * n;
    let sumT = 0;
    let sumS = 0;
    let same = 0;
    const from = sourcesStart[a];
    const to = sourcesStart[a + 1];
    for (let i = from; i < to; i++) {
      const src = sources[i];
      sumT += inT[row + src];
      sumS += inS[row + src];
      if (sameGroup[row + src] === 1) same += inT[row + src] + inS[row + src];
    }
    admittedT = sumT;
    admittedS = sumS;
    admittedSame = same;
    if (sumT + sumS <= free) {
      if (following) for (let i = from; i < to; i++) members.admitAll(sourceRoute[i], inT[row + sources[i]], inS[row + sources[i]]);
      return false;
    }
    streams.site(entrySite[p * n + a]);
    let total = sumT + sumS;
    let left = free;
    admittedT = 0;
    admittedS = 0;
    admittedSame = 0;
    for (let i = from; i < to; i++) {
      const src = sources[i];
      for (let kind = 0; kind < 2; kind++) {
        const c = kind === 0 ? inT[row + src] : inS[row + src];
        if (c === 0) {
          if (following) members.admitted(sourceRoute[i], kind, 0, 0);
          continue;
        }
        const k = hypergeometric(c, total - c, left, rng);
        total -= c;
        left -= k;
        if (following) members.admitted(sourceRoute[i], kind, k, c);
        if (kind === 0) admittedT += k;
        else admittedS += k;
        if (sameGroup[row + src] === 1) admittedSame += k;
        if (k === c) continue;
        // The first period's turned away wait for the next (a one-period programme has none: they leave, as after the last).
        if (p === 0 && p < last) (kind === 0 ? carryT : carryS)[row + src] += c - k;
        // In the last period a route into another group already counted them all as leaving their source's group.
        else if (p < last || sameGroup[row + src] === 1) turnedAway[(row + src) * 2 + kind] = c - k;
      }
    }
    if (p > 0 || p === last) turnAway(a, p, rng);
    return true;
  }

  /** Per [destination · n + source] and kind (T, S): how many admit() turned away after the first period. */
  const turnedAway = new Float64Array(n * n * 2);

  /**
   * Those turned away from activity a in period p > 1: of each group, the ones who waited since
   * the period before are a uniformly random part (hypergeometric). They leave now, as late
   * completers of their source (timed from the period they took part in), where their source
   * is in a's group; the others wait for the next period, or leave as completers of their
   * source after the last. A company waits once.
   */
  function turnAway(a: number, p: number, rng: Rng): void {
    const row = a * n;
    for (let s = sourcesStart[a]; s < sourcesStart[a + 1]; s++) {
      const src = sources[s];
      for (let kind = 0; kind < 2; kind++) {
        const i = (row + src) * 2 + kind;
        const away = turnedAway[i];
        if (away === 0) continue;
        turnedAway[i] = 0;
        const c = kind === 0 ? inT[row + src] : inS[row + src];
        const waited = kind === 0 ? waitT[row + src] : waitS[row + src];
        const late = waited === 0 ? 0 : waited === c ? away : hypergeometric(waited, c - waited, away, rng);
        if (following && waited > 0) members.late(sourceRoute[s], kind, late, waited);
        if (p < last) (kind === 0 ? carryT : carryS)[row + src] += away - late;
        else (kind === 0 ? exitT : exitS)[src] += away - late;
        if (sameGroup[row + src] === 1) (kind === 0 ? lateT : lateS)[src] += late;
      }
    }
  }

  /** Per activity: its routes' shares in this iteration, and how many took each route. */
  const shares = acts.map((a) => new Float64Array(a.routes.length));
  const taken = acts.map((a) => new Float64Array(a.routes.length));

  /** Whether the last call of route() sent anyone on (its `taken` counts are this call's then). */
  let routed = false;

  /** Sends those of `count` who go on from activity a to its destinations; returns how many stay in the group. */
  function route(a: number, count: number, x: Float64Array, rng: Rng, inflow: Float64Array): number {
    routed = false;
    if (count === 0 || routesOn[a] === 0) return 0;
    const goOn = binomial(count, x[proceedIn[a]], rng);
    if (goOn === 0) return 0;
    routed = true;
    // Exclusive destinations with the route shares; the rest (1 − Σ shares) stop here.
    const first = routeStart[a];
    const share = shares[a];
    const k = taken[a];
    for (let r = 0; r < share.length; r++) share[r] = x[routeShareIn[first + r]];
    multinomial(goOn, share, k, rng);
    let stay = 0;
    for (let r = 0; r < k.length; r++) {
      if (k[r] === 0) continue;
      inflow[routeTo[first + r] * n + a] += k[r];
      flowTotals[first + r] += k[r];
      if (routeStays[first + r] === 1) stay += k[r];
    }
    return stay;
  }

  function runPeriod(p: number, x: Float64Array, streams: IterationStreams): void {
    const rng = streams.rng;
    newlySupported = 0;
    if (following) members.startPeriod(p);
    if (p === 0) {
      inT.fill(0);
      inS.fill(0);
    } else {
      inT.set(carryT);
      inS.set(carryS);
      waitT.set(carryT);
      waitS.set(carryS);
      lateT.fill(0);
      lateS.fill(0);
    }
    carryT.fill(0);
    carryS.fill(0);
    const seatsAt = p * n;
    for (let a = 0; a < n; a++) {
      const free = seats[seatsAt + a];
      // The entry site's stream starts at the first draw: admission when seats bind, else recruitment.
      const drew = admit(a, free, p, streams);
      let nT = admittedT;
      let nS = admittedS;
      let recruitedNow = 0;
      if (recruitmentIn[a] >= 0 && free > nT + nS) {
        if (!drew) streams.site(entrySite[seatsAt + a]);
        recruitedNow = binomial(free - nT - nS, x[recruitmentIn[a]], rng);
        nT += recruitedNow;
        flowTotals[recruitedAt + a] += recruitedNow;
      }
      participants[a] = nT + nS;
      fromOwnGroup[a] = admittedSame;
      if (supports[a] === 1) {
        newlySupported += nT;
        nS += nT;
        nT = 0;
      }
      if (nT + nS > 0 && routesOn[a] === 1) streams.site(routeSite[seatsAt + a]);
      exitT[a] = nT - route(a, nT, x, rng, inT);
      if (following) members.routedT(routed ? taken[a] : null);
      exitS[a] = nS - route(a, nS, x, rng, inS);
      // The members' draws come after all of the activity's others, from a site of their own, so
      // that following them leaves every other draw as it was.
      if (following) members.take(a, p, recruitedNow, routed ? taken[a] : null, streams);
    }
  }

  return { runPeriod, participants, fromOwnGroup, exitT, exitS, lateT, lateS, newlySupported: () => newlySupported, newInSet: members.newInSet, flowTotals };
}

