import type { Dist } from '../engine/dist';
import { fitInterval, fitTruncatedNormal } from './fit';
import type { InputSpec } from './schema';

/** What an input measures, and so which values it may take. */
export type InputKind = 'probability' | 'years' | 'fte' | 'money';

export const KIND_BOUNDS: Record<InputKind, [number, number]> = {
  probability: [0, 1],
  years: [0, 50],
  fte: [0, 10_000],
  money: [0, 1e12],
};

export interface PathError {
  path: string;
  message: string;
}

const NATIVE: Record<Dist['type'], string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  beta: ['alpha', 'beta'],
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
};
const INTERVAL: Partial<Record<Dist['type'], string[]>> = {
  uniform: ['p5', 'p95'],
  triangular: ['p5', 'mode', 'p95'],
  pert: ['p5', 'mode', 'p95'],
  beta: ['p5', 'p95'],
  normal: ['p5', 'p95'],
  lognormal: ['p5', 'p95'],
};
/** Fields a type takes besides its parameters. */
const EXTRA: Partial<Record<Dist['type'], string[]>> = { normal: ['min', 'max'] };

/**
 * The native distribution of an input as written, or a plain-words error. Normal inputs are
 * truncated to the kind's bounds; other distributions must fit inside them.
 */
export function resolveInput(spec: InputSpec, kind: InputKind): Dist | string {
  const [lo, hi] = KIND_BOUNDS[kind];
  if (typeof spec === 'number') return inBounds(spec, spec, lo, hi) ?? { type: 'fixed', value: spec };
  const given = Object.keys(spec).filter((k) => k !== 'type' && k !== 'note' && spec[k as keyof typeof spec] !== undefined);
  const native = NATIVE[spec.type];
  const interval = INTERVAL[spec.type];
  const extra = EXTRA[spec.type] ?? [];
  const matches = (fields: string[]) =>
    fields.every((f) => given.includes(f)) && given.every((g) => fields.includes(g) || extra.includes(g));
  let dist: Dist;
  try {
    if (matches(native)) dist = fromNative(spec as Record<string, number> & { type: Dist['type'] });
    else if (spec.type === 'beta' && matches(['successes', 'trials'])) dist = fromCounts(spec.successes!, spec.trials!);
    else if (interval && matches(interval) && spec.type === 'normal') dist = fitTruncatedNormal(spec.p5!, spec.p95!, Math.max(spec.min ?? lo, lo), Math.min(spec.max ?? hi, hi));
    else if (interval && matches(interval)) dist = fitInterval(spec.type, spec.p5!, spec.p95!, spec.mode);
    else return `${spec.type} takes ${native.join(', ')}${interval ? ` or ${interval.join(', ')} (a 90 % interval)` : ''}${spec.type === 'beta' ? ' or successes, trials (observed counts)' : ''}${extra.length ? `, and optionally ${extra.join(', ')}` : ''}; got ${given.join(', ') || 'nothing'}`;
  } catch (e) {
    return (e as Error).message;
  }
  return checkSupport(dist, lo, hi, kind);
}

/**
 * A rate observed in an earlier programme, "610 of 1,200 companies mobilised", as the beta a
 * uniform prior becomes after those counts: Beta(1 + successes, 1 + trials − successes).
 */
function fromCounts(successes: number, trials: number): Dist {
  if (!(Number.isInteger(successes) && Number.isInteger(trials) && successes >= 0 && trials >= 1)) {
    throw new Error('successes and trials must be whole numbers, trials at least 1');
  }
  if (successes > trials) throw new Error(`${successes} successes cannot exceed ${trials} trials`);
  return { type: 'beta', alpha: 1 + successes, beta: 1 + trials - successes };
}

function fromNative(s: Record<string, number> & { type: Dist['type'] }): Dist {
  switch (s.type) {
    case 'fixed': return { type: 'fixed', value: s.value };
    case 'uniform': return { type: 'uniform', min: s.min, max: s.max };
    case 'triangular': return { type: 'triangular', min: s.min, mode: s.mode, max: s.max };
    case 'pert': return { type: 'pert', min: s.min, mode: s.mode, max: s.max };
    case 'beta': return { type: 'beta', alpha: s.alpha, beta: s.beta };
    case 'normal': return { type: 'normal', mean: s.mean, sd: s.sd, min: s.min, max: s.max };
    case 'lognormal': return { type: 'lognormal', mu: s.mu, sigma: s.sigma };
  }
}

function checkSupport(d: Dist, lo: number, hi: number, kind: InputKind): Dist | string {
  switch (d.type) {
    case 'fixed':
      return inBounds(d.value, d.value, lo, hi) ?? d;
    case 'uniform':
      return d.min < d.max ? inBounds(d.min, d.max, lo, hi) ?? d : 'min must be below max';
    case 'triangular':
    case 'pert':
      if (!(d.min <= d.mode && d.mode <= d.max && d.min < d.max)) return 'needs min <= mode <= max and min < max';
      return inBounds(d.min, d.max, lo, hi) ?? d;
    case 'beta':
      if (!(d.alpha > 0 && d.beta > 0)) return 'alpha and beta must be > 0';
      return kind === 'probability' ? d : `a beta lies in [0, 1]; use it for probabilities, not for ${kind}`;
    case 'lognormal':
      if (!(d.sigma > 0)) return 'sigma must be > 0';
      return hi <= 1 ? 'a lognormal is unbounded above; use beta or PERT for a probability' : d;
    case 'normal': {
      if (!(d.sd > 0)) return 'sd must be > 0';
      const min = Math.max(d.min ?? lo, lo);
      const max = Math.min(d.max ?? hi, hi);
      if (!(min < max)) return `the truncation bounds leave nothing between ${min} and ${max}`;
      return { ...d, min, max };
    }
  }
}

function inBounds(min: number, max: number, lo: number, hi: number): string | undefined {
  if (min < lo) return `can be as low as ${round(min)}, below the smallest possible value ${lo}`;
  if (max > hi) return `can be as high as ${round(max)}, above the largest possible value ${hi}`;
  return undefined;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
