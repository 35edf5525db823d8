import { readFileSync } from 'node:fs';
import { parseScenarioText, type PathError, type ValidScenario } from '../scenario/parse';
import { errorText, fileVoice } from '../scenario/error-text';
import { UsageError } from './options';

type Lang = 'da' | 'en';

/** A file's text; a file that cannot be read becomes a UsageError naming it. */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const NOT_VALID = {
  scenario: { da: 'ikke et gyldigt scenarie', en: 'not a valid scenario' },
  actuals: { da: 'ikke gyldige faktiske tal', en: 'not valid actuals' },
};

/**
 * A UsageError for a file that is not a valid scenario or valid actuals, listing each error
 * by its path in the file and the rule it breaks, in the file's own keys and values, in `lang`.
 */
export function invalidFile(file: string, what: keyof typeof NOT_VALID, errors: readonly PathError[], lang: Lang): UsageError {
  const voice = fileVoice(lang);
  return new UsageError(`${file}: ${NOT_VALID[what][lang]}\n${errors.map((e) => `  ${e.path}: ${errorText(e, voice)}`).join('\n')}`);
}

/** Reads and validates a scenario file; any problem becomes a UsageError naming the file. */
export function loadScenario(file: string, lang: Lang): ValidScenario {
  const parsed = parseScenarioText(readInputFile(file));
  if (!parsed.ok) throw invalidFile(file, 'scenario', parsed.errors, lang);
  return parsed.value;
}
