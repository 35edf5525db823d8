import { parseArgs } from 'node:util';
import { MAX_ITERATIONS } from '../engine/blocks';

export interface CliOptions {
  file: string;
  iterations: number;
  seed: number | string;
  workers: number;
  format: 'table' | 'csv' | 'json';
  out?: string;
  lang: 'da' | 'en';
}

/** A bad command line: the message is shown as it is, with exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: npm run forecast -- FILE [--iterations N] [--seed S] [--workers K] [--format table|csv|json] [--out PATH] [--lang da|en]`;

/** Reads and checks the command line; throws UsageError naming the option and the rule. */
export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        iterations: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '1' },
        workers: { type: 'string', default: '1' },
        format: { type: 'string', default: 'table' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`give exactly one scenario file\n${USAGE}`);
  const format = oneOf('--format', values.format!, ['table', 'csv', 'json'] as const);
  const lang = oneOf('--lang', values.lang!, ['da', 'en'] as const);
  return {
    file: positionals[0],
    iterations: wholeNumber('--iterations', values.iterations!, 1, MAX_ITERATIONS),
    seed: /^\d{1,15}$/.test(values.seed!) ? Number(values.seed) : values.seed!,
    workers: wholeNumber('--workers', values.workers!, 1, 64),
    format,
    out: values.out,
    lang,
  };
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const x = Number(text.replace(/_/g, ''));
  if (!/^[\d_]+$/.test(text) || !Number.isSafeInteger(x) || x < min || x > max) {
    throw new UsageError(`${name}: must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}; got "${text}"`);
  }
  return x;
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`${name}: must be one of ${allowed.join(', ')}; got "${text}"`);
  return text as T;
}
