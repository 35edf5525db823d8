import { pathError, problem, type PathError } from '../../scenario/errors';
import { SCHEMA_VERSION } from '../../scenario/schema';

/** The sections every scenario has, lists or JSON objects: what the editor needs to show a draft. */
const SECTIONS = { periods: 'list', activities: 'list', outcomes: 'object', targets: 'object' } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a document is not a scenario at all, or null when it is one, valid or not: a JSON
 * object of this schemaVersion (after migration from an earlier one: see migrate.ts) with the
 * scenario's sections. Such a document can be kept as
 * a draft and edited until it validates; anything else cannot be shown as a scenario.
 */
export function notAScenario(doc: unknown): PathError | null {
  if (!isObject(doc)) return pathError('(scenario)', problem('wrongType', { expected: 'object' }));
  if (doc.schemaVersion === undefined) return pathError('(file)', problem('notScenarioFile', {}));
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    return pathError('schemaVersion', problem('schemaVersion', { expected: SCHEMA_VERSION, got: JSON.stringify(doc.schemaVersion) ?? 'none' }));
  }
  const missing = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).find((k) => (SECTIONS[k] === 'list' ? !Array.isArray(doc[k]) : !isObject(doc[k])));
  return missing ? pathError(missing, problem('required', { expected: SECTIONS[missing] === 'list' ? 'array' : 'object' })) : null;
}
