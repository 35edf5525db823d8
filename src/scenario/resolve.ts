import type { Dist } from '../engine/dist';
import { errorText, fileVoice } from './error-text';
import { problem, type InputProblem, type PathError } from './errors';
import { FitError, fitInterval, fitTruncatedNormal, intervalLimit } from './fit';
import type { InputSpec } from './schema';
import type { InputKind } from '../engine/model';

export type { PathError } from './errors';
/** What an input measures, and so which values it may take (the model's input carries it). */
export type { InputKind };

export const KIND_BOUNDS: Record<InputKind, [number, number]> = {
  probability: [0, 1],
  years: [0, 50],
  fte: [0, 10_000],
  money: [0, 1e12],
};

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

type Form = 'number' | 'native' | 'interval' | 'counts';

/**
 * The native distribution of an input as written, or the rules it breaks, each at the
 * field (relative to the input) that breaks it where that is clear. Normal inputs are
 * truncated to the kind's bounds; other distributions must fit inside them.
 */
export function resolveSpec(spec: InputSpec, kind: InputKind): Dist | InputProblem[] {
  const problems = resolveUnchecked(spec, kind);
  if (!Array.isArray(problems)) return problems;
  // Values in these messages are in the input's unit, but for shape parameters and counts.
  const inUnit = (p: InputProblem) => !SHAPE.includes(p.at ?? p.fields?.[0] ?? '');
  return problems.map((p) => (inUnit(p) ? ({ ...p, params: { ...p.params, kind } }) as InputProblem : p));
}

/** Fields that are not in the input's unit. */
const SHAPE = ['alpha', 'beta', 'mu', 'sigma', 'successes', 'trials'];

/** resolveSpec with its problems as one English message: for callers that only need to know whether it resolves. */
export function resolveInput(spec: InputSpec, kind: InputKind): Dist | string {
  const d = resolveSpec(spec, kind);
  return Array.isArray(d) ? d.map((p) => errorText({ ...p, path: p.at ?? '', message: '' } as PathError, fileVoice('en'))).join('; ') : d;
}

function resolveUnchecked(spec: InputSpec, kind: InputKind): Dist | InputProblem[] {
  const [lo, hi] = KIND_BOUNDS[kind];
  if (typeof spec === 'number') {
    const out = outside(spec, undefined, lo, hi);
    return out.length ? out : { type: 'fixed', value: spec };
  }
  // The editor previews drafts that the schema has not checked: text where a number belongs.
  if (typeof spec === 'string') return [problem('notNumber', { text: spec })];
  if (typeof spec !== 'object' || spec === null || !(spec.type in NATIVE)) return [problem('numberOrDistribution', {})];
  const given = Object.keys(spec).filter((k) => k !== 'type' && k !== 'note' && spec[k as keyof typeof spec] !== undefined);
  const native = NATIVE[spec.type];
  const interval = INTERVAL[spec.type];
  const extra = EXTRA[spec.type] ?? [];
  const matches = (fields: string[]) =>
    fields.every((f) => given.includes(f)) && given.every((g) => fields.includes(g) || extra.includes(g));
  let dist: Dist;
  let form: Form;
  try {
    if (matches(native)) [dist, form] = [fromNative(spec as Record<string, number> & { type: Dist['type'] }), 'native'];
    else if (spec.type === 'beta' && matches(['successes', 'trials'])) {
      const wrong = countProblems(spec.successes!, spec.trials!);
      if (wrong.length) return wrong;
      [dist, form] = [{ type: 'beta', alpha: 1 + spec.successes!, beta: 1 + spec.trials! - spec.successes! }, 'counts'];
    } else if (interval && matches(interval) && spec.type === 'normal') {
      [dist, form] = [fitTruncatedNormal(spec.p5!, spec.p95!, Math.max(spec.min ?? lo, lo), Math.min(spec.max ?? hi, hi)), 'interval'];
    } else if (interval && matches(interval)) [dist, form] = [fitInterval(spec.type, spec.p5!, spec.p95!, spec.mode), 'interval'];
    else return [problem('distFields', { type: spec.type, native, interval, counts: spec.type === 'beta', extra, given })];
  } catch (e) {
    if (e instanceof FitError) return [e.problem];
    throw e;
  }
  return checkSupport(dist, form, spec as unknown as Record<string, number>, lo, hi, kind);
}

/**
 * A rate observed in an earlier programme, "610 of 1,200 companies mobilised", is the beta a
 * uniform prior becomes after those counts: Beta(1 + successes, 1 + trials − successes).
 */
function countProblems(successes: number, trials: number): InputProblem[] {
  const out: InputProblem[] = [];
  if (!Number.isInteger(successes)) out.push({ ...problem('whole', {}), at: 'successes' });
  else if (successes < 0) out.push({ ...problem('atLeast', { min: 0 }), at: 'successes' });
  if (!Number.isInteger(trials)) out.push({ ...problem('whole', {}), at: 'trials' });
  else if (trials < 1) out.push({ ...problem('atLeast', { min: 1 }), at: 'trials' });
  if (out.length === 0 && successes > trials) {
    out.push({ ...problem('order', { first: 'successes', second: 'trials', firstValue: successes, secondValue: trials, strict: false }), fields: ['successes', 'trials'] });
  }
  return out;
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

const positive = (at: string): InputProblem => ({ ...problem('above', { min: 0 }), at });
const notAbove = (first: string, second: string, a: number, b: number, strict = false): InputProblem =>
  ({ ...problem('order', { first, second, firstValue: a, secondValue: b, strict }), fields: [first, second] });

function checkSupport(d: Dist, form: Form, spec: Record<string, number>, lo: number, hi: number, kind: InputKind): Dist | InputProblem[] {
  const ok = (problems: InputProblem[]) => (problems.length ? problems : d);
  switch (d.type) {
    case 'fixed':
      return ok(outside(d.value, 'value', lo, hi));
    case 'uniform':
      if (form === 'interval') return ok(beyond(d.min, d.max, spec, lo, hi, kind));
      return d.min < d.max ? ok([...outside(d.min, 'min', lo, hi), ...outside(d.max, 'max', lo, hi)]) : [notAbove('min', 'max', d.min, d.max, true)];
    case 'triangular':
    case 'pert': {
      if (form === 'interval') return ok(beyond(d.min, d.max, spec, lo, hi, kind));
      const order = [
        ...(d.min <= d.mode ? [] : [notAbove('min', 'mode', d.min, d.mode)]),
        ...(d.mode <= d.max ? [] : [notAbove('mode', 'max', d.mode, d.max)]),
      ];
      if (order.length === 0 && !(d.min < d.max)) order.push(notAbove('min', 'max', d.min, d.max, true));
      return order.length ? order : ok([...outside(d.min, 'min', lo, hi), ...outside(d.max, 'max', lo, hi)]);
    }
    case 'beta':
      if (!(d.alpha > 0 && d.beta > 0)) return [...(d.alpha > 0 ? [] : [positive('alpha')]), ...(d.beta > 0 ? [] : [positive('beta')])];
      return kind === 'probability' ? d : [problem('betaKind', { kind })];
    case 'lognormal':
      if (!(d.sigma > 0)) return [positive('sigma')];
      return hi <= 1 ? [problem('unboundedProbability', {})] : d;
    case 'normal': {
      if (!(d.sd > 0)) return [positive('sd')];
      const min = Math.max(d.min ?? lo, lo);
      const max = Math.min(d.max ?? hi, hi);
      if (!(min < max)) return [{ ...problem('truncationEmpty', { min, max }), fields: ['min', 'max'] }];
      return { ...d, min, max };
    }
  }
}

/** A value the planner wrote that lies outside the kind's bounds, at its field. */
function outside(x: number, at: string | undefined, lo: number, hi: number): InputProblem[] {
  if (x < lo) return [{ ...problem('outOfRange', { value: x, bound: lo, side: 'low' }), at }];
  if (x > hi) return [{ ...problem('outOfRange', { value: x, bound: hi, side: 'high' }), at }];
  return [];
}

/**
 * A distribution fitted to a 90 % interval that reaches outside the bounds: reported at the
 * percentile on that side, with how far it can go and, for a probability, Beta, which fits
 * any interval inside (0, 1) and so takes the same one.
 */
function beyond(min: number, max: number, spec: Record<string, number>, lo: number, hi: number, kind: InputKind): InputProblem[] {
  const type = spec.type as unknown as 'uniform' | 'triangular' | 'pert';
  const { p5, p95, mode } = spec;
  const alternative = kind === 'probability' && p5 > 0 && p95 < 1 ? 'beta' as const : kind !== 'probability' && min < lo && p5 > 0 ? 'lognormal' as const : undefined;
  const report = (side: 'low' | 'high', bound: number): InputProblem => ({
    ...problem('intervalBeyond', { type, side, bound, p5, mode, p95, limit: intervalLimit(type, side, p5, p95, mode, lo, hi), alternative }),
    at: side === 'high' ? 'p95' : 'p5',
  });
  return [...(min < lo ? [report('low', lo)] : []), ...(max > hi ? [report('high', hi)] : [])];
}
