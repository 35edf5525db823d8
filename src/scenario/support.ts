import type { Dist } from '../engine/dist';

/** Smallest and largest value a distribution can take (±Infinity where unbounded). */
export function supportRange(d: Dist): [number, number] {
  switch (d.type) {
    case 'fixed': return [d.value, d.value];
    case 'uniform':
    case 'triangular':
    case 'pert': return [d.min, d.max];
    case 'beta': return [0, 1];
    case 'lognormal': return [0, Infinity];
    case 'normal': return [d.min ?? -Infinity, d.max ?? Infinity];
  }
}
