import { readFileSync } from 'node:fs';
import { parseScenarioText, type ValidScenario } from '../scenario/parse';
import { UsageError } from './options';

/** Reads and validates a scenario file; any problem becomes a UsageError naming the file. */
export function loadScenario(file: string): ValidScenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new UsageError(`${file}: not a valid scenario\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return parsed.value;
}
