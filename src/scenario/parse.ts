import type { z } from 'zod';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Model } from '../engine/model';
import { CELLS, HORIZONS, cellIndex, indicatorIndex } from '../engine/indicators';
import { scenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { toModel } from './to-model';
import { parseActuals } from './actuals';
import type { Observation } from '../engine/conditioning/condition';
import type { RateActual } from '../engine/conditioning/conjugate';
import type { PathError } from './resolve';

export type { PathError } from './resolve';

/** A scenario that passed every check, with what the engine needs to run it. */
export interface ValidScenario {
  scenario: Scenario;
  model: Model;
  /** Per indicator × horizon cell: the target, NaN where none. */
  targets: Float64Array;
  /** The scenario's actuals, resolved for conditioning, if it has any. */
  actuals?: { observations: Observation[]; rates: RateActual[] };
}

export type Parsed = { ok: true; value: ValidScenario } | { ok: false; errors: PathError[] };

/** JSON text as a value, or a message naming the line and column of the first error. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: describeJsonError(text, e as Error) };
  }
}

/** Parses JSON text; a syntax error names its line and column. */
export function parseScenarioText(text: string): Parsed {
  const json = parseJsonText(text);
  return json.ok ? validateScenario(json.value) : { ok: false, errors: [{ path: '(file)', message: json.message }] };
}

/** Validates an unknown value as a scenario: every error with its path, or the runnable scenario. */
export function validateScenario(json: unknown): Parsed {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `this version reads schemaVersion ${SCHEMA_VERSION}; the file has ${JSON.stringify(json.schemaVersion)}` }] };
  }
  const r = scenarioSchema.safeParse(json, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.flatMap((i) => describeIssue(i, json)) };
  const { model, errors } = toModel(r.data);
  if (!model) return { ok: false, errors };
  const value: ValidScenario = { scenario: r.data, model, targets: targetCells(r.data) };
  if (r.data.actuals) {
    const a = parseActuals(r.data.actuals, value, true);
    if (!a.ok) return { ok: false, errors: a.errors.map((e) => ({ path: `actuals.${e.path}`, message: e.message })) };
    value.actuals = { observations: a.observations, rates: a.rates };
  }
  return { ok: true, value };
}

export function targetCells(s: Scenario): Float64Array {
  const t = new Float64Array(CELLS).fill(NaN);
  for (const [id, row] of Object.entries(s.targets)) {
    HORIZONS.forEach((h, hi) => {
      const v = row?.[h];
      if (typeof v === 'number') t[cellIndex(indicatorIndex(id), hi)] = v;
    });
  }
  return t;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): PathError[] {
  const path = issue.path.map(String).join('.') || '(scenario)';
  if (issue.code === 'invalid_union') {
    // An input is a number or a distribution object: report the branch that fits what was written.
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k as string], root);
    const branch = issue.errors[typeof value === 'object' && value !== null ? 1 : 0] ?? [];
    if (typeof value !== 'object' && typeof value !== 'number') return [{ path, message: 'must be a number or a distribution such as {"type": "pert", "min": …, "mode": …, "max": …}' }];
    return branch.flatMap((i) => describeIssue({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue, root));
  }
  if (issue.code === 'unrecognized_keys') {
    // A key that is not a plain name (empty, spaces, dots) is shown quoted, so the path stays readable.
    const name = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return issue.keys.map((k) => ({ path: path === '(scenario)' ? name(k) : `${path}.${name(k)}`, message: 'is not a known field' }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return [{ path, message: `is required (${issue.expected})` }];
  return [{ path, message: issue.message }];
}

/**
 * Where JSON.parse failed, as line and column: V8's messages do not always carry a
 * position, so a second, strict parse with jsonc-parser finds the offset of the first error.
 */
function describeJsonError(text: string, e: Error): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // V8 appends the position or an excerpt of the text; keep only what went wrong.
  const msg = e.message.split(/ in JSON at position|, "|, \.\.\./)[0];
  if (errors.length === 0) return `not valid JSON: ${msg}`;
  const offset = errors[0].offset;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${msg || printParseErrorCode(errors[0].error)}`;
}
