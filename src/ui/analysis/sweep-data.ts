import type { SweepResult } from '../../engine/analysis/sweep';
import type { InputKind } from '../../scenario/resolve';

/** How a planner types an input's values in the sweep's fields: rates in per cent, the rest as they are. */
export const shownScale = (kind: InputKind): number => (kind === 'probability' ? 100 : 1);

/**
 * A first range around the input's current median, in the units the fields show: ±20
 * percentage points for a rate (in whole fives), half to one and a half times for the rest (two
 * significant digits), within the input's bounds.
 */
export function defaultRange(kind: InputKind, current: number, [lo, hi]: [number, number]): [number, number] {
  const s = shownScale(kind);
  if (kind === 'probability') {
    const mid = Math.round((current * s) / 5) * 5;
    return [Math.max(lo * s, mid - 20), Math.min(hi * s, mid + 20)];
  }
  if (!(current > 0)) return [lo, Math.min(hi, lo + 1)];
  const round = (x: number) => Number(x.toPrecision(2));
  return [Math.max(lo, round(current * 0.5)), Math.min(hi, round(current * 1.5))];
}

/** One swept cell as chart columns: x in the fields' units; P10, median, P90 and P(target), null where the input cannot go. */
export function sweepColumns(r: SweepResult, k: number, scale: number): { x: number[]; p10: (number | null)[]; p50: (number | null)[]; p90: (number | null)[]; probability: (number | null)[] } {
  const pick = (f: (c: { p10: number; p50: number; p90: number; pMeetsTarget: number | null }) => number | null) => r.points.map((p) => (p.ok ? f(p.cells[k]) : null));
  return {
    x: r.points.map((p) => Number((p.value * scale).toPrecision(12))),
    p10: pick((c) => c.p10),
    p50: pick((c) => c.p50),
    p90: pick((c) => c.p90),
    probability: pick((c) => c.pMeetsTarget),
  };
}
