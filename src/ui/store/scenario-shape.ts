import { SCHEMA_VERSION } from '../../scenario/schema';

/** Where and why a document is not a scenario: one plain line, in English like the schema's messages. */
export interface NotAScenario { path: string; message: string }

/** The sections every scenario has, each a JSON object: what the editor needs to show a draft. */
const SECTIONS = ['periods', 'activities', 'outcomes', 'targets'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a document is not a scenario at all, or null when it is one, valid or not: a JSON
 * object of this schemaVersion with the scenario's sections. Such a document can be kept as
 * a draft and edited until it validates; anything else cannot be shown as a scenario.
 */
export function notAScenario(doc: unknown): NotAScenario | null {
  if (!isObject(doc)) return { path: '(scenario)', message: 'is not a JSON object' };
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    return { path: 'schemaVersion', message: `this version reads schemaVersion ${SCHEMA_VERSION}; the document has ${JSON.stringify(doc.schemaVersion) ?? 'none'}` };
  }
  const missing = SECTIONS.find((k) => !isObject(doc[k]));
  return missing ? { path: missing, message: 'is required (object)' } : null;
}
