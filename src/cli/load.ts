import { readFileSync } from 'node:fs';
import { parseScenarioText, type ValidScenario } from '../scenario/parse';
import { UsageError } from './options';

/** A file's text; a file that cannot be read becomes a UsageError naming it. */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A UsageError for a file that is not valid `what`, listing each error with its path. */
export function invalidFile(file: string, what: string, errors: readonly { path: string; message: string }[]): UsageError {
  return new UsageError(`${file}: not ${what}\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
}

/** Reads and validates a scenario file; any problem becomes a UsageError naming the file. */
export function loadScenario(file: string): ValidScenario {
  const parsed = parseScenarioText(readInputFile(file));
  if (!parsed.ok) throw invalidFile(file, 'a valid scenario', parsed.errors);
  return parsed.value;
}
