import type { InputSensitivity } from '../../engine/analysis/sensitivity';

export interface TornadoBar {
  path: string;
  /** Output medians with the input at its P10 and P90, as fractions of the axis (0…1). */
  low: number;
  high: number;
  item: InputSensitivity;
}

/**
 * Places the swings on one axis that holds every bar and the base median, with a little
 * room either side; keeps the engine's order (by |swing|). O(inputs).
 */
export function tornadoBars(items: readonly InputSensitivity[], baseMedian: number): { bars: TornadoBar[]; base: number; lo: number; hi: number } {
  const values = [baseMedian, ...items.flatMap((i) => [i.medianAtLow, i.medianAtHigh])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || Math.max(1, Math.abs(baseMedian) * 0.05);
  lo -= pad;
  hi += pad;
  const at = (v: number) => (v - lo) / (hi - lo);
  return { bars: items.map((item) => ({ path: item.path, low: at(item.medianAtLow), high: at(item.medianAtHigh), item })), base: at(baseMedian), lo, hi };
}
