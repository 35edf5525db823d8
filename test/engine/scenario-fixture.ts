/** The baseline scenario as a plain object to modify, and a checked path to a runnable model. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText, validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { cellIndex, HORIZONS, indicatorIndex } from '../seed-layout';

/**
 * The baseline as the first format wrote it (activities keyed by id): most tests change it
 * there, `doc.activities.B.units`, and every validation migrates it (so they test the
 * migration too). `scenarios/baseline.json` itself is in the current format; a test shows the
 * two forecast bit-identically (test/scenario/migrate.test.ts).
 */
const BASELINE_PATH = fileURLToPath(new URL('../fixtures/v1/baseline.json', import.meta.url));

export const baselineText = (): string => readFileSync(BASELINE_PATH, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** A fresh deep copy of baseline.json. */
export function baselineDoc(): Doc {
  return JSON.parse(baselineText());
}

export function valid(doc: Doc): ValidScenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(`scenario rejected: ${JSON.stringify(r.errors)}`);
  return r.value;
}

export function baseline(): ValidScenario {
  const r = parseScenarioText(baselineText());
  if (!r.ok) throw new Error(`baseline rejected: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** Cell index of an indicator at a horizon ('period1' … 'total'). */
export function cell(indicator: string, horizon: (typeof HORIZONS)[number]): number {
  return cellIndex(indicatorIndex(indicator), HORIZONS.indexOf(horizon));
}
