import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Model } from '../engine/model';
import { CELLS, HORIZONS, cellIndex, indicatorIndex } from '../engine/indicators';
import { scenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { toModel } from './to-model';
import { parseActuals } from './actuals';
import type { Observation } from '../engine/conditioning/condition';
import type { RateActual } from '../engine/conditioning/conjugate';
import { pathError, prefixed, problem, type PathError } from './errors';
import { issueErrors } from './zod-issues';

export type { PathError } from './errors';

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

/** JSON text as a value, or the error naming the line and column where it fails (and its English message). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string; error: PathError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const error = pathError('(file)', describeJsonError(text, e as Error));
    return { ok: false, message: error.message, error };
  }
}

/** Parses JSON text; a syntax error names its line and column. */
export function parseScenarioText(text: string): Parsed {
  const json = parseJsonText(text);
  return json.ok ? validateScenario(json.value) : { ok: false, errors: [json.error] };
}

/** Validates an unknown value as a scenario: every error with its path, or the runnable scenario. */
export function validateScenario(json: unknown): Parsed {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    return { ok: false, errors: [pathError('schemaVersion', problem('schemaVersion', { expected: SCHEMA_VERSION, got: JSON.stringify(json.schemaVersion) }))] };
  }
  const r = scenarioSchema.safeParse(json, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.flatMap((i) => issueErrors(i, json)) };
  const { model, errors } = toModel(r.data);
  if (!model) return { ok: false, errors };
  const value: ValidScenario = { scenario: r.data, model, targets: targetCells(r.data) };
  if (r.data.actuals) {
    const a = parseActuals(r.data.actuals, value, true);
    if (!a.ok) return { ok: false, errors: a.errors.map((e) => prefixed('actuals', e)) };
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

/**
 * Where JSON.parse failed, as line and column: V8's messages do not always carry a
 * position, so a second, strict parse with jsonc-parser finds the offset of the first error.
 */
function describeJsonError(text: string, e: Error) {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // V8 appends the position or an excerpt of the text; keep only what went wrong.
  const msg = e.message.split(/ in JSON at position|, "|, \.\.\./)[0];
  if (text.trim() === '') return problem('json', { detail: msg, reason: 'Empty' });
  if (errors.length === 0) return problem('json', { detail: msg });
  const offset = errors[0].offset;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = printParseErrorCode(errors[0].error);
  return problem('json', { line, column, detail: msg || reason, reason });
}
