import type { Rng } from '../rng';

/**
 * How many of `draws` items taken without replacement from a pool of `good` + `bad` are
 * good: Hypergeometric(good, bad, draws), by drawing one item at a time. Drawing the
 * items left behind instead when they are fewer (the good among them are the good not
 * drawn), and stopping once only one kind is left, costs O(min(draws, pool − draws))
 * uniforms at most. Used when a capacity binds on a mixed inflow, which is small.
 */
export function hypergeometric(good: number, bad: number, draws: number, rng: Rng): number {
  const pool = good + bad;
  if (draws > pool - draws) return good - drawOneByOne(good, pool, pool - draws, rng);
  return drawOneByOne(good, pool, draws, rng);
}

function drawOneByOne(good: number, pool: number, draws: number, rng: Rng): number {
  let g = good;
  let left = pool;
  for (let i = 0; i < draws; i++) {
    // Only one kind left: the rest of the draws are all good, or all bad.
    if (g === 0) return good;
    if (g === left) return good - g + (draws - i);
    if (rng() * left < g) g--;
    left--;
  }
  return good - g;
}
