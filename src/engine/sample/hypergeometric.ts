import type { Rng } from '../rng';

/**
 * How many of `draws` items taken without replacement from a pool of `good` + `bad` are
 * good: Hypergeometric(good, bad, draws), by drawing one item at a time. O(draws); used
 * only when a capacity binds on a mixed inflow, which is rare and small.
 */
export function hypergeometric(good: number, bad: number, draws: number, rng: Rng): number {
  let g = good;
  let total = good + bad;
  let taken = 0;
  for (let i = 0; i < draws && g > 0; i++) {
    if (rng() * total < g) {
      taken++;
      g--;
    }
    total--;
  }
  return taken;
}
