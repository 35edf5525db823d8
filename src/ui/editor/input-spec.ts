import { distQuantile, type Dist, type DistType } from '../../engine/dist';
import { KIND_BOUNDS, type InputKind } from '../../scenario/resolve';
import type { InputSpec } from '../../scenario/schema';
import { resolveCached } from './resolve-cached';
import type { Note } from '../../scenario/note';
import { IN_UNIT_FIELDS } from '../../scenario/labels';

export const DIST_TYPES: readonly DistType[] = ['fixed', 'uniform', 'triangular', 'pert', 'beta', 'normal', 'lognormal'];
/** How an input is written: its parameters, its 90 % interval, or (a beta only) the counts it was observed as. */
export type Form = 'native' | 'interval' | 'counts';
type SpecObject = Exclude<InputSpec, number>;

// The fields each form takes, as src/scenario/resolve.ts checks them.
const NATIVE: Record<DistType, string[]> = {
  fixed: ['value'], uniform: ['min', 'max'], triangular: ['min', 'mode', 'max'], pert: ['min', 'mode', 'max'],
  beta: ['alpha', 'beta'], normal: ['mean', 'sd'], lognormal: ['mu', 'sigma'],
};
const INTERVAL: Partial<Record<DistType, string[]>> = {
  uniform: ['p5', 'p95'], triangular: ['p5', 'mode', 'p95'], pert: ['p5', 'mode', 'p95'],
  beta: ['p5', 'p95'], normal: ['p5', 'p95'], lognormal: ['p5', 'p95'],
};
/** A rate written as observed counts is Beta(1 + successes, 1 + trials − successes) (src/scenario/resolve.ts). */
const COUNTS = ['successes', 'trials'];

const isObject = (s: unknown): s is Record<string, unknown> => typeof s === 'object' && s !== null && !Array.isArray(s);

export function specType(spec: unknown): DistType {
  return isObject(spec) && DIST_TYPES.includes(spec.type as DistType) ? (spec.type as DistType) : 'fixed';
}

export function specForm(spec: unknown): Form {
  if (isObject(spec) && specType(spec) === 'beta' && ('successes' in spec || 'trials' in spec)) return 'counts';
  return isObject(spec) && ('p5' in spec || 'p95' in spec) && INTERVAL[specType(spec)] ? 'interval' : 'native';
}

/** The types an input of this kind can take: a beta only for a probability, a lognormal (unbounded above) not for one. */
export function typesFor(kind: InputKind): DistType[] {
  return DIST_TYPES.filter((t) => (t === 'beta' ? kind === 'probability' : t === 'lognormal' ? kind !== 'probability' : true));
}

export function hasInterval(type: DistType): boolean {
  return INTERVAL[type] !== undefined;
}

/** The number fields the editor shows for this input, in reading order. */
export function specFields(spec: unknown): string[] {
  const type = specType(spec);
  const form = specForm(spec);
  return form === 'counts' ? COUNTS : (form === 'interval' ? INTERVAL[type] : NATIVE[type]) ?? NATIVE[type];
}

/** 100 where a field is a probability shown as a percentage. */
export function fieldScale(kind: InputKind, field: string): number {
  return kind === 'probability' && IN_UNIT_FIELDS.has(field) ? 100 : 1;
}

/** The input's note as stored (one text or one per language), carried over when its type or form changes. */
export function noteOf(spec: unknown): Note | undefined {
  return isObject(spec) && (typeof spec.note === 'string' ? spec.note !== '' : isObject(spec.note)) ? (spec.note as Note) : undefined;
}

const resolved = resolveCached;

const sig = (x: number) => Number(x.toPrecision(4));

function modeOf(d: Dist): number {
  if (d.type === 'triangular' || d.type === 'pert') return d.mode;
  if (d.type === 'fixed') return d.value;
  return distQuantile(d, 0.5);
}

/** The same input in the other form: a fitted distribution's native parameters, or its 90 % interval. */
export function withForm(spec: unknown, form: Form, kind: InputKind): SpecObject {
  return compact(formUnchecked(spec, form, kind));
}

function formUnchecked(spec: unknown, form: Form, kind: InputKind): SpecObject {
  const type = specType(spec);
  const note = noteOf(spec);
  const d = resolved(spec, kind);
  if (!d || type === 'fixed') return { type, note, ...pick(carried(spec), form === 'counts' ? COUNTS : form === 'interval' ? INTERVAL[type] ?? [] : NATIVE[type]) };
  if (form === 'counts' && d.type === 'beta') {
    // The counts a uniform prior needs to reach this beta; rounded, as counts are whole.
    const trials = Math.max(1, Math.round(d.alpha + d.beta - 2));
    return { type, successes: Math.min(trials, Math.max(0, Math.round(d.alpha - 1))), trials, note };
  }
  if (form === 'interval') {
    const mode = type === 'triangular' || type === 'pert' ? sig(modeOf(d)) : undefined;
    return { type, p5: sig(distQuantile(d, 0.05)), mode, p95: sig(distQuantile(d, 0.95)), note };
  }
  const native = pick(d, NATIVE[type]);
  return { type, ...Object.fromEntries(Object.entries(native).map(([k, v]) => [k, sig(v as number)])), note };
}

/**
 * The input as another type of distribution, in the form the planner was using: among
 * uniform, triangular and PERT the same minimum, most likely and maximum (or interval) as
 * written; otherwise about the same 90 % interval and mode. Fields are carried over as far as
 * they fit when the input is invalid.
 */
export function withType(spec: unknown, type: DistType, kind: InputKind): SpecObject {
  return compact(typeUnchecked(spec, type, kind));
}

/** Types given by a minimum and a maximum (and a most likely value): one of them becomes another with the same numbers. */
const BOUNDED = new Set<DistType>(['uniform', 'triangular', 'pert']);

function typeUnchecked(spec: unknown, type: DistType, kind: InputKind): SpecObject {
  const note = noteOf(spec);
  const d = resolved(spec, kind);
  const form = specForm(spec);
  const fields = (form === 'interval' ? INTERVAL[type] : undefined) ?? NATIVE[type];
  // PERT 90–97–100 % as a triangular is 90–97–100 %: the planner's numbers, not a fit to the PERT's percentiles.
  if (BOUNDED.has(specType(spec)) && BOUNDED.has(type) && isObject(spec)) {
    const centre = centreOf(spec);
    const mode = type === 'uniform' ? undefined : (spec.mode ?? (centre === undefined ? undefined : sig(centre)));
    const bounds = form === 'interval' ? { p5: spec.p5, p95: spec.p95 } : { min: spec.min, max: spec.max };
    return { type, ...bounds, mode, note } as SpecObject;
  }
  if (!d) return { type, note, ...pick(carried(spec), fields) };
  if (type === 'fixed') return { type, value: sig(modeOf(d)), note };
  const p5 = sig(distQuantile(d, 0.05));
  const p95 = sig(distQuantile(d, 0.95));
  const mode = type === 'triangular' || type === 'pert' ? sig(Math.min(Math.max(modeOf(d), p5), p95)) : undefined;
  const interval: SpecObject = { type, p5, mode, p95, note };
  // A beta's α, β and a lognormal's μ, σ mean little to a planner: those stay a 90 % interval.
  const readable = type !== 'beta' && type !== 'lognormal';
  return form === 'interval' || !readable || !resolved(interval, kind) ? interval : withForm(interval, 'native', kind);
}

/**
 * What an input that does not validate can pass on to another type: the fields as written,
 * and where the new type needs a value the old one names differently, that one (a bound for
 * a percentile and back, the centre for a most likely value, a mean or a fixed value).
 */
function carried(spec: unknown): Record<string, unknown> {
  if (!isObject(spec)) return typeof spec === 'number' ? { value: spec, mode: spec, mean: spec } : {};
  const centre = centreOf(spec);
  const c = centre === undefined ? undefined : sig(centre);
  return { value: c, mode: c, mean: c, min: spec.p5, max: spec.p95, p5: spec.min, p95: spec.max, ...spec };
}

/**
 * `spec` with the most likely value of the latest of `earlier` that had one within its
 * bounds, where `spec` has a most likely value (PERT → uniform → triangular keeps the PERT's).
 */
export function withModeFrom(earlier: unknown[], spec: unknown): unknown {
  if (!isObject(spec) || typeof spec.mode !== 'number') return spec;
  const lo = typeof spec.min === 'number' ? spec.min : spec.p5;
  const hi = typeof spec.max === 'number' ? spec.max : spec.p95;
  const from = [...earlier].reverse().find((e) => isObject(e) && typeof e.mode === 'number' && (typeof lo !== 'number' || e.mode >= lo) && (typeof hi !== 'number' || e.mode <= hi));
  return from ? { ...spec, mode: (from as Record<string, unknown>).mode } : spec;
}

/** Drops the keys whose value is undefined, so stored documents carry only what was written. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function pick(from: unknown, keys: readonly string[]): Record<string, unknown> {
  if (!isObject(from)) return {};
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}

/** The input's central value: the mode where it has one, else the value, mean or interval midpoint. */
export function centreOf(spec: unknown): number | undefined {
  if (typeof spec === 'number') return spec;
  if (!isObject(spec)) return undefined;
  const n = (k: string) => (typeof spec[k] === 'number' ? (spec[k] as number) : undefined);
  const mid = (a?: number, b?: number) => (a !== undefined && b !== undefined ? (a + b) / 2 : undefined);
  switch (specType(spec)) {
    case 'fixed': return n('value');
    case 'triangular': case 'pert': return n('mode');
    case 'uniform': return mid(n('min'), n('max')) ?? mid(n('p5'), n('p95'));
    case 'normal': return n('mean') ?? mid(n('p5'), n('p95'));
    case 'beta':
      if (n('successes') !== undefined && n('trials') !== undefined) return (n('successes')! + 1) / (n('trials')! + 2);
      return n('alpha') !== undefined && n('beta') !== undefined ? n('alpha')! / (n('alpha')! + n('beta')!) : mid(n('p5'), n('p95'));
    case 'lognormal': return n('mu') !== undefined ? Math.exp(n('mu')!) : mid(n('p5'), n('p95'));
  }
}

/**
 * The input moved so that its centre is `c`, keeping its spread; bounds are clipped to what
 * the kind allows, the centre is not, so an impossible centre shows as an error.
 */
export function withCentre(spec: unknown, c: number, kind: InputKind): InputSpec {
  const old = centreOf(spec);
  if (!isObject(spec) || old === undefined) return typeof spec === 'number' || spec === undefined ? c : (spec as InputSpec);
  const [lo, hi] = KIND_BOUNDS[kind];
  const clip = (x: number) => Math.min(Math.max(x, lo), hi);
  const shift = (k: string) => (typeof spec[k] === 'number' ? { [k]: sig(clip((spec[k] as number) + c - old)) } : {});
  const out = { ...spec } as Record<string, unknown>;
  switch (specType(spec)) {
    case 'fixed': return { ...out, value: c } as SpecObject;
    case 'beta':
      if (specForm(spec) === 'counts' && typeof spec.trials === 'number') {
        return { ...out, successes: Math.min(spec.trials, Math.max(0, Math.round(c * (spec.trials + 2) - 1))) } as SpecObject;
      }
      if (specForm(spec) === 'native') {
        const k = (spec.alpha as number) + (spec.beta as number);
        return { ...out, alpha: sig(c * k), beta: sig((1 - c) * k) } as SpecObject;
      }
      break;
    case 'lognormal':
      if (specForm(spec) === 'native') return { ...out, mu: sig(Math.log(c)) } as SpecObject;
      return { ...out, p5: sig(((spec.p5 as number) * c) / old), p95: sig(((spec.p95 as number) * c) / old) } as SpecObject;
    case 'normal':
      if (specForm(spec) === 'native') return { ...out, mean: c } as SpecObject;
  }
  const withMode = 'mode' in spec ? { mode: c } : {};
  return { ...out, ...shift('min'), ...shift('max'), ...shift('p5'), ...shift('p95'), ...withMode } as SpecObject;
}
