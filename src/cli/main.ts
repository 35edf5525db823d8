import { readFileSync, writeFileSync } from 'node:fs';
import { parseOptions, UsageError } from './options';
import { parseScenarioText } from '../scenario/parse';
import { coherenceChecks } from '../scenario/checks';
import { forecastReport } from '../report/forecast-report';
import { textTable } from '../report/text-table';
import { forecastCsv } from '../report/csv';
import { runOnThreads } from './node-pool';
import { createProgressBar } from './progress';

/** `npm run forecast -- FILE …`: forecast a scenario and print or write the table. Exit 2 on bad input. */
async function main(argv: string[]): Promise<void> {
  const opts = parseOptions(argv);
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch (e) {
    throw new UsageError(`${opts.file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    throw new UsageError(`${opts.file}: not a valid scenario\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  const { model, targets } = parsed.value;
  const progress = createProgressBar(opts.iterations);
  const started = performance.now();
  const result = await runOnThreads(model, { seed: opts.seed, iterations: opts.iterations, targets }, opts.workers, progress.update);
  progress.done();
  const report = forecastReport(parsed.value, result, coherenceChecks(parsed.value), opts.lang, performance.now() - started);
  const output =
    opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : opts.format === 'csv' ? forecastCsv(report) : textTable(report, opts.lang);
  if (opts.out) writeFileSync(opts.out, output);
  else process.stdout.write(output);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`forecast: ${e instanceof UsageError ? e.message : `unexpected failure: ${(e as Error).message}`}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
