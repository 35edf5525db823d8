import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateScenario, type ValidScenario } from '../../../src/scenario/parse';

/** The baseline scenario's text and its validated form (jsdom has no file: import.meta.url, so by dirname). */
export const baselineText = (): string => readFileSync(resolve(import.meta.dirname, '../../../scenarios/baseline.json'), 'utf8');

export function baseline(): ValidScenario {
  const p = validateScenario(JSON.parse(baselineText()));
  if (!p.ok) throw new Error('baseline does not validate');
  return p.value;
}
