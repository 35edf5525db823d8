import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Model } from '../engine/model';
import { cellOf, layoutOf, type Layout } from '../engine/layout';
import { programmeLabels, type ProgrammeLabels } from '../text';
import { migrateScenario } from './migrate';
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
  /** Its forecast's cells: the programme's indicators × horizons. */
  layout: Layout;
  /** Its words for its horizons and indicators (its periods' names, its activities' ids). */
  labels: ProgrammeLabels;
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

/**
 * Validates an unknown value as a scenario: every error with its path, or the runnable
 * scenario. A document of an earlier version is migrated first (migrate.ts). Paths name a
 * list's entries by id (`activities.B.units.period1`), as the document's readers do.
 */
export function validateScenario(input: unknown): Parsed {
  const json = migrateScenario(input).doc;
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    return { ok: false, errors: [pathError('schemaVersion', problem('schemaVersion', { expected: SCHEMA_VERSION, got: JSON.stringify(json.schemaVersion) }))] };
  }
  const r = scenarioSchema.safeParse(json, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.flatMap((i) => issueErrors(i, json)) };
  const { model, errors } = toModel(r.data);
  if (!model) return { ok: false, errors };
  const layout = layoutOf(model);
  const targets = targetCells(r.data, layout);
  if (targets.errors.length) return { ok: false, errors: targets.errors };
  const s = r.data;
  const labels = programmeLabels({ periods: s.periods, activities: s.activities.map((a) => ({ id: a.id, name: a.name, group: a.aim })), codes: s.indicatorCodes, indicators: s.indicators, states: s.outcomes.states });
  const value: ValidScenario = { scenario: s, model, layout, labels, targets: targets.cells };
  if (r.data.actuals) {
    const a = parseActuals(r.data.actuals, value, true);
    if (!a.ok) return { ok: false, errors: a.errors.map((e) => prefixed('actuals', e)) };
    value.actuals = { observations: a.observations, rates: a.rates };
  }
  return { ok: true, value };
}

/** The targets per cell of the layout (NaN where none), and the targets it has no cell for. */
export function targetCells(s: Scenario, layout: Layout): { cells: Float64Array; errors: PathError[] } {
  const t = new Float64Array(layout.cells).fill(NaN);
  const errors: PathError[] = [];
  for (const [id, row] of Object.entries(s.targets)) {
    const def = layout.indicators.find((d) => d.id === id);
    if (!def) {
      errors.push(pathError(`targets.${id}`, problem('unknownIndicator', { indicator: id })));
      continue;
    }
    if (def.cost && Object.values(row ?? {}).some((v) => v !== null)) {
      errors.push(pathError(`targets.${id}`, problem('costTarget', { indicator: id })));
      continue;
    }
    for (const [h, v] of Object.entries(row ?? {})) {
      const c = cellOf(layout, id, h);
      if (c < 0) errors.push(pathError(`targets.${id}.${h}`, problem('unknownHorizon', { horizon: h, horizons: [...layout.horizons] })));
      else if (typeof v === 'number') t[c] = v;
    }
  }
  return { cells: t, errors };
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
