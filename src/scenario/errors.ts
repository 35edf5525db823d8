import type { DistType } from '../engine/dist';
import { errorText, fileVoice } from './error-text';

/** What a value measures, so that it can be shown in its unit (a probability as a percentage). */
export type ValueKind = 'probability' | 'years' | 'fte' | 'money';

/** A bound with its value's kind, and optionally the distribution whose bound it is. */
interface Bound {
  kind?: ValueKind;
  /** The distribution type that imposes the bound (a lognormal is positive, a beta lies in (0, 1)). */
  dist?: DistType;
}

/**
 * Every rule a scenario can break, with what its message needs. The words are in
 * `error-text.ts`, per language; field names in the parameters are the document's keys
 * (`p95`, `mode`), turned into the reader's words when the message is written.
 */
export interface ErrorParams {
  /** `reason` is jsonc-parser's name for what is wrong (`CommaExpected`), worded per language; `detail` the browser's English message. */
  json: { line?: number; column?: number; detail: string; reason?: string };
  schemaVersion: { expected: number; got: string };
  /** JSON, but no scenario of this workbench's at all (no schemaVersion). */
  notScenarioFile: Record<string, never>;
  unknownField: Record<string, never>;
  /** `values` when it must be one of them. */
  required: { expected: string; values?: string[] };
  notNumber: { text: string };
  wrongType: { expected: string };
  whole: Record<string, never>;
  finite: Record<string, never>;
  atLeast: { min: number } & Bound;
  above: { min: number } & Bound;
  atMost: { max: number } & Bound;
  below: { max: number } & Bound;
  empty: Record<string, never>;
  tooLong: { max: number };
  tooFew: { min: number };
  tooMany: { max: number };
  oneOf: { values: string[] };
  idFormat: Record<string, never>;
  /** A period's or an activity's id: a letter, then letters, digits, _ or -. */
  entryId: Record<string, never>;
  duplicateId: { id: string; list: 'periods' | 'activities' | 'indicators' | 'states' };
  /** An own indicator's code: a letter, then letters, digits, . _ or - (at most 16). */
  indicatorCode: Record<string, never>;
  /** An own indicator's rule names an indicator the programme does not have (`known`: the ones it may name). */
  unknownRuleIndicator: { indicator: string; known: string[] };
  /** A rule naming an indicator worked out after it (a sum of a sum, a ratio of a ratio…): `rule` is the naming rule's kind, `kind` the named one's. */
  ruleOperand: { indicator: string; kind: 'ratio' | 'sum' | 'derived'; rule: 'ratio' | 'sum' | 'derived' };
  /** An own outcome whose draws would share a stream with an activity's (an activity called `state`, an outcome called one of its draw sites, `names`). */
  drawSiteClash: { id: string; names: string[] };
  /** A sum of indicators in different units. */
  mixedUnits: { units: string[] };
  unknownState: { state: string; states: string[] };
  /** A subset's parent that counts no companies of a set of activities. */
  parentNotCompanies: { parent: string };
  /** A subset takes part in activities its parent does not count. */
  notInParent: { activities: string[]; parent: string };
  /** Two own indicators reporting as one code: the application would show it twice. */
  duplicateCode: { code: string; first: string };
  /** An own outcome that brings both new jobs and DKK: one amount each. */
  twoAmounts: Record<string, never>;
  /** More different sets of activities than the flow follows. */
  tooManySets: { max: number; got: number };
  reservedId: { id: string; reserved: string[] };
  unknownPeriod: { period: string; periods: string[] };
  unknownActivity: { activity: string; activities: string[] };
  unknownIndicator: { indicator: string };
  /** A cost or cost per result: lower is better, and a target's probability is of reaching at least it. */
  costTarget: { indicator: string };
  /** An observation of a cost per result: it has values at the totals only, which no observation is of. */
  perObservation: { indicator: string };
  unknownHorizon: { horizon: string; horizons: string[] };
  dateFormat: Record<string, never>;
  numberOrDistribution: Record<string, never>;
  /** A rule zod checks that has no words of its own here; `detail` is zod's English message. */
  invalid: { detail: string };
  distFields: { type: DistType; native: string[]; interval?: string[]; counts: boolean; extra: string[]; given: string[] };
  /** Field `first` must be below `second` (`strict`) or not above it. */
  order: { first: string; second: string; firstValue: number; secondValue: number; strict: boolean; kind?: ValueKind };
  /** A value outside what its kind allows (a probability above 1). */
  outOfRange: { value: number; bound: number; side: 'low' | 'high'; kind?: ValueKind };
  /**
   * A distribution fitted to a 90 % interval that reaches beyond its kind's bounds. `limit`
   * is the furthest the percentile on that side can go with the other values kept (rounded
   * towards safety); `alternative` a type that takes the same interval within the bounds.
   */
  intervalBeyond: { type: DistType; side: 'low' | 'high'; bound: number; p5: number; mode?: number; p95: number; limit?: number; alternative?: DistType; kind?: ValueKind };
  noFit: { type: DistType; p5: number; p95: number; mode?: number; kind?: ValueKind };
  betaKind: { kind: ValueKind };
  unboundedProbability: Record<string, never>;
  truncationEmpty: { min: number; max: number; kind?: ValueKind };
  belowMinimum: { lowest: number; minimum: number; kind?: ValueKind };
  notAnInput: { input: string };
  fixedInput: { input: string; use: 'correlate' | 'actuals' };
  notRate: { input: string };
  duplicateInput: Record<string, never>;
  matrixRows: { expected: number; got: number };
  /** The correlation matrix's problem, in the engine's (English) words. */
  matrix: { detail: string };
  /** A field an innovation activity (F) takes in the format but that would mean nothing there. */
  notUsedInnovation: { field: 'growthProbability' | 'countsAsSupport'; activity: string };
  selfRoute: Record<string, never>;
  cycle: { activities: string[] };
  sharesOver: { most: number };
  aboveSeats: { value: number; max: number; indicator: string; horizon: string };
  wrongScenario: { got: string; expected: string };
}
export type ErrorCode = keyof ErrorParams;

/** A broken rule where it is not yet known in the document (resolve and fit name fields relative to their input). */
export type Problem = { [C in ErrorCode]: { code: C; params: ErrorParams[C] } }[ErrorCode];

/**
 * One error of a scenario or actuals document: where, which rule, and what its message
 * needs. Messages are written where they are shown, in the reader's language
 * (`errorText`); `message` is the English one with the document's keys, for places that
 * show one plain line (it is what the command line prints in English). An error made
 * without a rule (`{ path, message }`, as older callers make them) is shown as its message.
 */
export type PathError = (Problem | { code?: undefined; params?: undefined }) & {
  /** The field that breaks the rule, or the group it concerns (a distribution, a list of routes). */
  path: string;
  /** When several fields break the rule together, each of them (full paths); `path` is then their group. */
  fields?: string[];
  message: string;
};

/** A PathError for `problem` at `path`, its English message written. */
export function pathError(path: string, problem: Problem, fields?: string[]): PathError {
  const e = { path, code: problem.code, params: problem.params } as PathError;
  if (fields) e.fields = fields;
  e.message = errorText(e, fileVoice('en'));
  return e;
}

/** Shorthand: `problem('atLeast', { min: 0 })`. */
export function problem<C extends ErrorCode>(code: C, params: ErrorParams[C]): Problem {
  return { code, params } as Problem;
}

/** A rule broken by a distribution's own fields: `at` one field, or `fields` together (keys relative to the input). */
export type InputProblem = Problem & { at?: string; fields?: string[] };

/** The same error under another path prefix (actuals inside a scenario are reported as `actuals.…`). */
export function prefixed(prefix: string, e: PathError): PathError {
  return { ...e, path: `${prefix}.${e.path}`, ...(e.fields ? { fields: e.fields.map((f) => `${prefix}.${f}`) } : {}) };
}
