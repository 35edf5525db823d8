import type { Model } from './model';
import { siteKey, type IterationStreams, type Rng } from './rng';
import { hypergeometricAnySize } from './sample/hypergeometric';

/**
 * Which of the model's member sets (Model.memberSets) each company of the flow has taken part
 * in, so that an indicator can count the companies of any set of activities once each.
 *
 * The flow (flow.ts) moves exchangeable companies in two kinds, not yet supported (T) and
 * supported (S). Here every pool of a kind is refined further by a mask: bit j set for the
 * companies that have taken part in an activity of set j. Whenever the flow takes a uniformly
 * random part of a pool (admissions to a full activity, those of them who waited, the ones
 * sent along each route), the part's masks are a multivariate hypergeometric split of the
 * pool's, drawn one mask at a time. Given the flow's own counts these splits are independent
 * of its draws, so they are drawn afterwards, from a site of their own per activity and
 * period: a model that follows members draws everything else exactly as one that does not.
 *
 * The masks of a pool always add up to the flow's count of it.
 */
export interface Members {
  /** Per member set: companies taking part in one of its activities for the first time this period. */
  readonly newInSet: Float64Array;
  startPeriod(p: number): void;
  /** All of a route's pool was admitted (seats did not bind): `t` T and `s` S companies (the flow's counts, which the masks add up to). */
  admitAll(route: number, t: number, s: number): void;
  /** k of the route's pool of a kind (0 T, 1 S), `c` in all, were admitted. */
  admitted(route: number, kind: number, k: number, c: number): void;
  /** Of the route's pool of a kind turned away, `late` had waited since the period before, of `waited` who had. */
  late(route: number, kind: number, late: number, waited: number): void;
  /** How many of the activity's T companies took each of its routes (null: none went on). */
  routedT(taken: Float64Array | null): void;
  /**
   * Activity a in period p is done: its participants (admitted, and `recruited` from outside)
   * take its sets' bits, and its S companies went along its routes as `takenS` says (null:
   * none). Draws the splits from the activity's members site.
   */
  take(a: number, p: number, recruited: number, takenS: Float64Array | null, streams: IterationStreams): void;
}

/** For a model without member sets: the flow does not call it. */
export const NO_MEMBERS: Members = {
  newInSet: new Float64Array(0),
  startPeriod() {},
  admitAll() {},
  admitted() {},
  late() {},
  routedT() {},
  take() {},
};

/** The flow's structure the members follow: per destination, its sources' routes (see flow.ts). */
export interface MemberTopology {
  sourcesStart: Int32Array;
  sourceRoute: Int32Array;
  routeStart: Int32Array;
  routeTo: Int32Array;
  /** 1 where taking part makes a company supported (T → S). */
  supports: Uint8Array;
}

/** Marks a record as "the whole pool" (admitAll). */
const ALL = -1;

export function createMembers(model: Model, t: MemberTopology): Members {
  const sets = model.memberSets ?? [];
  const M = sets.length;
  const K = 1 << M;
  const n = model.activities.length;
  const R = t.routeTo.length;
  const periods = model.periods.length;
  const last = periods - 1;
  /** Per activity: the bits of the sets it belongs to. */
  const bits = new Int32Array(n);
  sets.forEach((set, j) => set.forEach((a) => (bits[a] |= 1 << j)));
  const site = Int32Array.from({ length: periods * n }, (_, i) => siteKey(`${Math.floor(i / n)}:${model.activities[i % n].id}:members`));
  // Per route and kind, K mask counts: the pool waiting at the route's destination (in), its
  // part carried to the next period (carry), and the part that waited since the period before (wait).
  const pool = [new Float64Array(R * K), new Float64Array(R * K)];
  const carry = [new Float64Array(R * K), new Float64Array(R * K)];
  const wait = [new Float64Array(R * K), new Float64Array(R * K)];
  /** Per route and kind: the pool's count, how many were admitted (ALL for all), and how many of the turned away had waited (−1: not drawn) of how many who had. */
  const poolK = new Float64Array(R * 2);
  const admittedK = new Float64Array(R * 2);
  const lateK = new Float64Array(R * 2).fill(-1);
  const waitedK = new Float64Array(R * 2);
  /** The current activity's participants of each kind, by mask. */
  const part = [new Float64Array(K), new Float64Array(K)];
  const takenT = new Float64Array(Math.max(0, ...model.activities.map((a) => a.routes.length)));
  /** Whether the current activity's T companies went on (their route counts are in takenT). */
  let sentT = false;
  const away = new Float64Array(K);
  const fresh = new Float64Array(K);
  const split = new Float64Array(K);
  const newInSet = new Float64Array(M);
  let period = 0;
  /** Whether the current activity's members site has started, and which it is. */
  let started = false;
  let current = 0;
  let currentStreams: IterationStreams | null = null;
  const startSite = () => {
    started = true;
    currentStreams!.site(current);
  };

  /**
   * Writes into `out` how many of each mask a uniformly random `draws` of the pool `from`
   * (K counts at `at`, `total` in all) hold: a multivariate hypergeometric draw, one mask at a time.
   */
  function draw(from: Float64Array, at: number, total: number, draws: number, out: Float64Array, rng: Rng): void {
    let rest = total;
    let left = draws;
    for (let m = 0; m < K; m++) {
      const c = from[at + m];
      let k = 0;
      if (c > 0 && left > 0) {
        if (rest === c) k = left;
        else {
          // The activity's site starts at its first draw: most splits are of one mask alone, and draw nothing.
          if (!started) startSite();
          k = hypergeometricAnySize(c, rest - c, left, rng);
        }
      }
      out[m] = k;
      rest -= c;
      left -= k;
    }
  }

  const sum = (a: Float64Array, at: number) => {
    let s = 0;
    for (let m = 0; m < K; m++) s += a[at + m];
    return s;
  };

  /** The admissions of route r's pool of a kind into the participants (and its turned away carried on). */
  function admit(r: number, kind: number, rng: Rng): void {
    const i = r * 2 + kind;
    const total = poolK[i];
    if (total === 0) return;
    const at = r * K;
    const P = pool[kind];
    const into = part[kind];
    const k = admittedK[i];
    const late = lateK[i];
    lateK[i] = -1;
    if (k === ALL || k === total) {
      for (let m = 0; m < K; m++) into[m] += P[at + m];
      return;
    }
    const turned = total - k;
    if (late >= 0) {
      // The turned away are `late` of those who waited and the rest of the others.
      const W = wait[kind];
      const waited = waitedK[i];
      for (let m = 0; m < K; m++) fresh[m] = P[at + m] - W[at + m];
      draw(W, at, waited, late, away, rng);
      draw(fresh, 0, total - waited, turned - late, split, rng);
      for (let m = 0; m < K; m++) into[m] += P[at + m] - away[m] - split[m];
      // Those who waited leave now; the others wait for the next period, or leave after the last.
      if (period < last) for (let m = 0; m < K; m++) carry[kind][at + m] += split[m];
    } else {
      draw(P, at, total, turned, away, rng);
      for (let m = 0; m < K; m++) into[m] += P[at + m] - away[m];
      if (period < last) for (let m = 0; m < K; m++) carry[kind][at + m] += away[m];
    }
  }

  /** Sends route shares `taken` of the current participants of a kind on from activity a. */
  function route(a: number, kind: number, taken: Float64Array, rng: Rng): void {
    const from = part[kind];
    let total = sum(from, 0);
    const first = t.routeStart[a];
    for (let r = 0; r < t.routeStart[a + 1] - first; r++) {
      const k = taken[r];
      if (k === 0) continue;
      draw(from, 0, total, k, split, rng);
      const at = (first + r) * K;
      for (let m = 0; m < K; m++) {
        pool[kind][at + m] += split[m];
        from[m] -= split[m];
      }
      total -= k;
    }
  }

  return {
    newInSet,
    startPeriod(p) {
      period = p;
      newInSet.fill(0);
      for (let kind = 0; kind < 2; kind++) {
        if (p === 0) pool[kind].fill(0);
        else {
          pool[kind].set(carry[kind]);
          wait[kind].set(carry[kind]);
        }
        carry[kind].fill(0);
      }
    },
    admitAll(r, t, s) {
      admittedK[r * 2] = ALL;
      admittedK[r * 2 + 1] = ALL;
      poolK[r * 2] = t;
      poolK[r * 2 + 1] = s;
    },
    admitted(r, kind, k, c) {
      admittedK[r * 2 + kind] = k;
      poolK[r * 2 + kind] = c;
    },
    late(r, kind, late, waited) {
      lateK[r * 2 + kind] = late;
      waitedK[r * 2 + kind] = waited;
    },
    routedT(taken) {
      sentT = taken !== null;
      if (taken) takenT.set(taken);
    },
    take(a, p, recruited, takenS, streams) {
      started = false;
      current = site[p * n + a];
      currentStreams = streams;
      const rng = streams.rng;
      part[0].fill(0);
      part[1].fill(0);
      for (let i = t.sourcesStart[a]; i < t.sourcesStart[a + 1]; i++) {
        admit(t.sourceRoute[i], 0, rng);
        admit(t.sourceRoute[i], 1, rng);
      }
      part[0][0] += recruited;
      const b = bits[a];
      if (b !== 0) {
        for (let m = 0; m < K; m++) {
          if ((m & b) === b) continue;
          const c = part[0][m] + part[1][m];
          if (c === 0) continue;
          for (let j = 0; j < M; j++) if ((b & ~m & (1 << j)) !== 0) newInSet[j] += c;
          for (let kind = 0; kind < 2; kind++) {
            part[kind][m | b] += part[kind][m];
            part[kind][m] = 0;
          }
        }
      }
      if (t.supports[a] === 1) {
        for (let m = 0; m < K; m++) part[1][m] += part[0][m];
        part[0].fill(0);
      }
      if (sentT) route(a, 0, takenT, rng);
      if (takenS) route(a, 1, takenS, rng);
      sentT = false;
    },
  };
}
