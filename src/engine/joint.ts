import type { Layout } from './layout';

/**
 * How often every target is met at once, counted in the same iterations as everything else:
 * at 0 every target of the forecast, at 1 + h every target of horizon h (every period-2
 * target, say). A receiver cannot get these from the cells' own probabilities, which say
 * nothing of how the indicators move together.
 */
export interface JointCounter {
  /** Counts (or weights) of iterations meeting every target: [all, ...per horizon]. */
  met: Float64Array;
  /** The targets counted by: cells with a target, and each one's horizon as a bit (1 << h). */
  cells: Int32Array;
  targets: Float64Array;
  cellBit: Int32Array;
  /** The horizons with any target, as bits. */
  horizonBits: number;
  horizons: number;
}

export function createJointCounter(layout: Layout, targets: Float64Array): JointCounter {
  const H = layout.horizons.length;
  // One bit per horizon in a 32-bit integer (a programme has at most 10 periods, so 15 horizons).
  if (H > 31) throw new RangeError(`joint counts need at most 31 horizons, not ${H}`);
  const cells: number[] = [];
  let horizonBits = 0;
  for (let c = 0; c < layout.cells; c++) {
    if (Number.isNaN(targets[c])) continue;
    cells.push(c);
    horizonBits |= 1 << c % H;
  }
  return { met: new Float64Array(1 + H), cells: Int32Array.from(cells), targets, cellBit: Int32Array.from(cells, (c) => 1 << c % H), horizonBits, horizons: H };
}

/** Adds one iteration (weight w) to the counts of the target sets it meets. O(targets + horizons); allocates nothing. */
export function countJoint(j: JointCounter, out: Float64Array, w = 1): void {
  const { cells, targets, cellBit, met } = j;
  if (cells.length === 0) return;
  let missed = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!(out[c] >= targets[c])) missed |= cellBit[i];
  }
  if (missed === 0) met[0] += w;
  const meetsHorizon = j.horizonBits & ~missed;
  if (meetsHorizon === 0) return;
  for (let h = 0; h < j.horizons; h++) if ((meetsHorizon >> h) & 1) met[1 + h] += w;
}

/** P(every target of a set met), its Monte Carlo standard error, and how many targets the set has. */
export interface JointProbability {
  p: number;
  se: number;
  targets: number;
  /** The iterations it rests on (the effective sample size for a weighted forecast). */
  iterations: number;
}

export interface JointSummary {
  /** Every target of the forecast; null where it has none. */
  all: JointProbability | null;
  /** Per horizon with targets: every target of that horizon. */
  byHorizon: ({ horizon: string } & JointProbability)[];
}

/**
 * The joint probabilities from the counts of `n` iterations (or weights adding up to `n`),
 * with the standard error of a proportion over `effective` iterations (n for a plain run, the
 * effective sample size for a weighted one).
 */
export function summarizeJoint(layout: Layout, targets: Float64Array, met: ArrayLike<number>, n: number, effective = n): JointSummary {
  const H = layout.horizons.length;
  const count = new Int32Array(1 + H);
  for (let c = 0; c < layout.cells; c++) {
    if (Number.isNaN(targets[c])) continue;
    count[0]++;
    count[1 + (c % H)]++;
  }
  const prob = (k: number): JointProbability => {
    const p = n > 0 ? met[k] / n : 0;
    return { p, se: effective > 0 ? Math.sqrt((p * (1 - p)) / effective) : NaN, targets: count[k], iterations: effective };
  };
  return {
    all: count[0] > 0 ? prob(0) : null,
    byHorizon: layout.horizons.flatMap((horizon, h) => (count[1 + h] > 0 ? [{ horizon, ...prob(1 + h) }] : [])),
  };
}
