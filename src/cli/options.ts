import { parseArgs } from 'node:util';
import { MAX_ITERATIONS } from '../engine/block-plan';
import { MAX_SWEEP_STEPS, sweepValues, type SweepMode } from '../engine/analysis/sweep';

export type Format = 'table' | 'csv' | 'json' | 'md' | 'application' | 'xlsx' | 'sipmath';
const FORMATS = ['table', 'csv', 'json', 'md', 'application', 'xlsx', 'sipmath'] as const;

interface Common {
  iterations: number;
  seed: number | string;
  format: Format;
  out?: string;
  lang: 'da' | 'en';
  /** The forecast level the application table commits to: 0.5 the median, 0.2 a cautious 20th percentile. */
  level: number;
}
export type Command =
  | ({ command: 'forecast'; file: string; workers: number; actuals?: string } & Common)
  | ({ command: 'compare'; files: string[]; workers: number } & Common)
  | ({ command: 'sensitivity'; file: string; indicator: string; horizon: string } & Common)
  | ({ command: 'solve'; file: string; indicator: string; horizon: string; confidence: number; input: string } & Common)
  | ({ command: 'sweep'; file: string; input: string; values: number[]; mode: SweepMode; indicators?: string[]; horizon: string } & Common)
  | ({ command: 'assumptions'; file: string } & Common);

/** A bad command line: the message is shown as it is, with exit code 2. */
export class UsageError extends Error {}

const USAGE = `usage:
  npm run forecast -- FILE [--iterations N] [--seed S] [--workers K] [--format table|csv|json|md|application|xlsx|sipmath] [--level 0.5] [--actuals FILE] [--out PATH] [--lang da|en]
  npm run forecast -- compare A.json B.json [C.json …] [options]        (A is the reference)
  npm run forecast -- sensitivity FILE --indicator ID --horizon ID [options]
  npm run forecast -- solve FILE --indicator ID --horizon ID --confidence 0.8 --input PATH [options]
  npm run forecast -- sweep FILE --input PATH --from X --to Y [--steps 9] [--mode median|fixed] [--indicator ID[,ID…]] [--horizon ID] [options]
  npm run forecast -- assumptions FILE [--lang da|en] [--out PATH]     (the critical assumptions in words)`;

const OPTIONS = {
  iterations: { type: 'string' },
  seed: { type: 'string', default: '1' },
  workers: { type: 'string', default: '1' },
  format: { type: 'string', default: 'table' },
  out: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  indicator: { type: 'string' },
  horizon: { type: 'string', default: 'total' },
  from: { type: 'string' },
  to: { type: 'string' },
  steps: { type: 'string', default: '9' },
  mode: { type: 'string', default: 'median' },
  confidence: { type: 'string' },
  input: { type: 'string' },
  level: { type: 'string', default: '0.5' },
  actuals: { type: 'string' },
} as const;

const SUBCOMMANDS = ['compare', 'sensitivity', 'solve', 'sweep', 'assumptions'] as const;
/** Default iterations: a forecast is one run; the analyses run the model many times. */
const DEFAULT_ITERATIONS = { forecast: '100000', compare: '100000', sensitivity: '5000', solve: '10000', sweep: '10000', assumptions: '1' };

/** Reads and checks the command line; throws UsageError naming the option and the rule. */
export function parseOptions(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const command = (SUBCOMMANDS as readonly string[]).includes(positionals[0]) ? (positionals.shift() as (typeof SUBCOMMANDS)[number]) : 'forecast';
  const common: Common = {
    iterations: wholeNumber('--iterations', v.iterations ?? DEFAULT_ITERATIONS[command], 1, MAX_ITERATIONS),
    seed: /^\d{1,15}$/.test(v.seed!) ? Number(v.seed) : v.seed!,
    format: oneOf('--format', v.format!, FORMATS),
    level: probability('--level', v.level!),
    out: v.out,
    lang: oneOf('--lang', v.lang!, ['da', 'en'] as const),
  };
  const workers = wholeNumber('--workers', v.workers!, 1, 64);
  if (common.format === 'xlsx' && !common.out) throw new UsageError('--format xlsx: a workbook is a file; give --out PATH.xlsx');
  // One scenario's iterations: a comparison's scenarios have one library each, and the analyses keep none.
  if (common.format === 'sipmath' && command !== 'forecast') throw new UsageError(`--format sipmath: is for a forecast of one scenario, not ${command}`);
  if (command === 'compare') {
    if (positionals.length < 2 || positionals.length > 8) throw new UsageError(`compare: give 2 to 8 scenario files\n${USAGE}`);
    return { command, files: positionals, workers, ...common };
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one scenario file\n${USAGE}`);
  const file = positionals[0];
  if (command === 'forecast') return { command, file, workers, actuals: v.actuals, ...common };
  if (command === 'assumptions') return { command, file, ...common };
  if (command === 'sweep') {
    if (!['table', 'csv', 'json'].includes(common.format)) throw new UsageError(`--format ${common.format}: a sweep gives table, csv or json`);
    const input = required('--input', v.input);
    const [from, to] = [number('--from', required('--from', v.from)), number('--to', required('--to', v.to))];
    const steps = wholeNumber('--steps', v.steps!, 2, MAX_SWEEP_STEPS);
    if (from === to) throw new UsageError(`--from, --to: must differ; both are ${from}`);
    const indicators = v.indicator === undefined ? undefined : v.indicator.split(',').map((s) => s.trim()).filter(Boolean);
    return { command, file, input, values: sweepValues(from, to, steps), mode: oneOf('--mode', v.mode!, ['median', 'fixed'] as const), indicators, horizon: v.horizon!, ...common };
  }
  // Which indicators and horizons there are is the scenario's: checked once it is read (main.ts).
  const indicator = required('--indicator', v.indicator);
  const horizon = v.horizon!;
  if (command === 'sensitivity') return { command, file, indicator, horizon, ...common };
  const confidence = probability('--confidence', required('--confidence', v.confidence));
  return { command, file, indicator, horizon, confidence, input: required('--input', v.input), ...common };
}

function probability(name: string, text: string): number {
  const x = Number(text);
  if (!(x > 0 && x < 1)) throw new UsageError(`${name}: must be a probability between 0 and 1, such as 0.8; got "${text}"`);
  return x;
}

function number(name: string, text: string): number {
  const x = Number(text.replace(/_/g, ''));
  if (text.trim() === '' || !Number.isFinite(x)) throw new UsageError(`${name}: must be a number, such as 0.3 (a rate as a fraction) or 250000; got "${text}"`);
  return x;
}

function required(name: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`${name}: is required for this command\n${USAGE}`);
  return value;
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
