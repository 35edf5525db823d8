import { jsonText } from '../report/json-text';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseOptions, UsageError, type Command } from './options';
import { loadScenario } from './load';
import { checksAtSolved, coherenceChecks } from '../scenario/checks';
import { KIND_BOUNDS } from '../scenario/resolve';
import { forecastReport } from '../report/forecast-report';
import { textTable } from '../report/text-table';
import { forecastCsv } from '../report/csv';
import { compareCsv, compareReport, compareTable } from '../report/compare-report';
import { sensitivityCsv, sensitivityTable, solveSentence } from '../report/analysis-report';
import { applicationMarkdown, applicationTable } from '../report/application-table';
import { forecastMarkdown, mdText } from '../report/markdown';
import { assumptionsText, assumptionsTitle } from '../report/assumptions-text';
import { workbookBytes } from '../report/xlsx-workbook';
import { sipLibraryJson } from '../report/sipmath';
import { comparePaired } from '../engine/analysis/paired';
import { sensitivity } from '../engine/analysis/sensitivity';
import { solveForTarget } from '../engine/analysis/solve';
import { sweepInput } from '../engine/analysis/sweep';
import { sweepCsv, sweepTable } from '../report/sweep-report';
import { runForecast } from '../engine/run';
import { cellOf } from '../engine/layout';
import { createNodePool } from '../client/node-pool';
import { createProgressBar } from './progress';
import { conditionedReport, conditionedTable } from './actuals';

/** `npm run forecast -- …`: forecast, compare, sensitivity or solve. Exit 2 on bad input. */
async function main(argv: string[]): Promise<void> {
  const cmd = parseOptions(argv);
  const started = performance.now();
  if (cmd.format === 'xlsx' && (cmd.command === 'forecast' || cmd.command === 'compare')) {
    writeFileSync(cmd.out!, await workbook(cmd, started));
    return;
  }
  const output = await run(cmd, started);
  if (cmd.out) writeFileSync(cmd.out, output);
  else process.stdout.write(output);
}

/** The forecast (or each compared scenario's, after their comparison) as an Excel workbook: forecast, assumptions, activities, checks and run sheets. */
async function workbook(cmd: Command & { command: 'forecast' | 'compare' }, started: number): Promise<Uint8Array> {
  const files = cmd.command === 'forecast' ? [cmd.file] : cmd.files;
  const vs = files.map((f) => loadScenario(f, cmd.lang));
  const comparison = cmd.command === 'compare' ? comparePaired(vs.map((v) => v.model), vs.map((v) => v.targets), { seed: cmd.seed, iterations: cmd.iterations }) : null;
  const results = comparison
    ? comparison.results
    : [await createNodePool(cmd.workers).run({ model: vs[0].model, seed: cmd.seed, iterations: cmd.iterations, targets: vs[0].targets })];
  const version = appVersion();
  const elapsed = performance.now() - started;
  const reports = vs.map((v, k) => forecastReport(v, results[k], coherenceChecks(v), cmd.lang, elapsed));
  const inputs = reports.map((report, k) => ({
    report, scenario: vs[k], lang: cmd.lang, date: new Date(), version,
    application: { rows: applicationTable(results[k], cmd.level, cmd.lang, vs[k].labels), level: cmd.level },
  }));
  return workbookBytes(inputs, comparison ? compareReport(vs, comparison, cmd.lang, elapsed) : undefined);
}

function appVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function run(cmd: Command, started: number): Promise<string> {
  const json = (x: unknown) => jsonText(x);
  if (cmd.command === 'forecast' && cmd.actuals) {
    const v = loadScenario(cmd.file, cmd.lang);
    const report = conditionedReport(v, cmd.actuals, { seed: cmd.seed, iterations: cmd.iterations, targets: v.targets }, cmd.lang);
    if (cmd.format !== 'table' && cmd.format !== 'json') throw new UsageError('--actuals: gives table or json output');
    return cmd.format === 'json' ? json(report) : conditionedTable(report, cmd.lang);
  }
  if (cmd.command === 'forecast') {
    const v = loadScenario(cmd.file, cmd.lang);
    const progress = createProgressBar();
    const result = await createNodePool(cmd.workers).run({ model: v.model, seed: cmd.seed, iterations: cmd.iterations, targets: v.targets, onProgress: progress.update });
    progress.done();
    const report = forecastReport(v, result, coherenceChecks(v), cmd.lang, performance.now() - started);
    if (cmd.format === 'application') {
      const source = { scenario: v.scenario.name, iterations: cmd.iterations, seed: cmd.seed };
      return applicationMarkdown(applicationTable(result, cmd.level, cmd.lang, v.labels), cmd.level, cmd.lang, source, v.labels);
    }
    if (cmd.format === 'md') return forecastMarkdown(report, cmd.lang);
    if (cmd.format === 'sipmath') return sipLibraryJson({ result, scenario: v, lang: cmd.lang, date: new Date(), version: appVersion() }) ?? '';
    return cmd.format === 'json' ? json(report) : cmd.format === 'csv' ? forecastCsv(report, cmd.lang) : textTable(report, cmd.lang);
  }
  if (cmd.command === 'assumptions') {
    const v = loadScenario(cmd.file, cmd.lang);
    const paragraphs = assumptionsText(v, cmd.lang);
    return cmd.format === 'json' ? json(paragraphs) : [assumptionsTitle(v.scenario.name, cmd.lang), ...paragraphs.map((p) => p.text)].join('\n\n') + '\n';
  }
  if (cmd.command === 'compare') {
    const vs = cmd.files.map((f) => loadScenario(f, cmd.lang));
    const progress = createProgressBar();
    const cmp = comparePaired(vs.map((v) => v.model), vs.map((v) => v.targets), { seed: cmd.seed, iterations: cmd.iterations }, 0, (done) => progress.count(done, cmd.iterations));
    progress.done();
    const report = compareReport(vs, cmp, cmd.lang, performance.now() - started);
    if (cmd.format === 'application') {
      return vs.map((v, k) => `## ${mdText(v.scenario.name)}\n\n${applicationMarkdown(applicationTable(cmp.results[k], cmd.level, cmd.lang, v.labels), cmd.level, cmd.lang, undefined, v.labels)}`).join('\n');
    }
    if (cmd.format === 'md') return vs.map((v, k) => forecastMarkdown(forecastReport(v, cmp.results[k], coherenceChecks(v), cmd.lang, 0), cmd.lang)).join('\n');
    return cmd.format === 'json' ? json(report) : cmd.format === 'csv' ? compareCsv(report) : compareTable(report, cmd.lang);
  }
  if (cmd.command === 'sweep') return sweep(cmd);
  const v = loadScenario(cmd.file, cmd.lang);
  const cell = cellOf(v.layout, cmd.indicator, cmd.horizon);
  if (!v.layout.indicators.some((d) => d.id === cmd.indicator)) throw new UsageError(`--indicator: must be one of ${v.layout.indicators.map((d) => d.id).join(', ')}; got "${cmd.indicator}"`);
  if (cell < 0) throw new UsageError(`--horizon: must be one of ${v.layout.horizons.join(', ')}; got "${cmd.horizon}"`);
  const opts = { seed: cmd.seed, iterations: cmd.iterations, targets: v.targets };
  if (cmd.command === 'sensitivity') {
    const rows = sensitivity(v.model, runForecast(v.model, opts), cell, opts);
    return cmd.format === 'json' ? json(rows) : cmd.format === 'csv' ? sensitivityCsv(rows) : sensitivityTable(v, rows, cmd.indicator, cmd.horizon, cmd.lang);
  }
  const target = v.targets[cell];
  if (Number.isNaN(target)) throw new UsageError(`--indicator/--horizon: ${cmd.indicator} has no target for ${cmd.horizon} in ${cmd.file}`);
  const input = v.model.inputs.find((i) => i.path === cmd.input);
  if (!input) throw new UsageError(`--input: ${cmd.input} is not an input of ${cmd.file}; inputs are:\n${v.model.inputs.map((i) => `  ${i.path}`).join('\n')}`);
  const bounds = KIND_BOUNDS[input.kind];
  const r = solveForTarget(v.model, opts, { cell, confidence: cmd.confidence, path: cmd.input, bounds });
  const crossed = checksAtSolved(v, cmd.input, r, bounds).map((c) => c.message[cmd.lang]);
  const sentence = [solveSentence(v, r, cmd.input, cmd.indicator, cmd.horizon, target, cmd.confidence, cmd.lang), ...crossed.map((m) => `${cmd.lang === 'da' ? 'Krydser et tjek' : 'Crosses a check'}: ${m}`)].join(' ');
  if (cmd.format === 'json') return json({ ...r, input: cmd.input, indicator: cmd.indicator, horizon: cmd.horizon, target, confidence: cmd.confidence, sentence, crossed });
  if (cmd.format === 'csv') return `found,median,probability,direction,sentence\r\n${r.found},${r.found ? r.median : ''},${r.found ? r.probability : r.probabilityAtBest},${r.found ? r.direction : ''},"${sentence.replace(/"/g, '""')}"\r\n`;
  return sentence + '\n';
}

/** One input across a range: a forecast at each value, the same seed for all (one thread). */
function sweep(cmd: Command & { command: 'sweep' }): string {
  const v = loadScenario(cmd.file, cmd.lang);
  const input = v.model.inputs.find((i) => i.path === cmd.input);
  if (!input) throw new UsageError(`--input: ${cmd.input} is not an input of ${cmd.file}; inputs are:\n${v.model.inputs.map((i) => `  ${i.path}`).join('\n')}`);
  if (!v.layout.horizons.includes(cmd.horizon)) throw new UsageError(`--horizon: must be one of ${v.layout.horizons.join(', ')}; got "${cmd.horizon}"`);
  const ids = v.layout.indicators.map((d) => d.id);
  for (const id of cmd.indicators ?? []) if (!ids.includes(id)) throw new UsageError(`--indicator: must be one of ${ids.join(', ')}; got "${id}"`);
  // Without --indicator: the indicators with a target at the horizon, or every one where none has.
  const withTarget = ids.filter((id) => !Number.isNaN(v.targets[cellOf(v.layout, id, cmd.horizon)]));
  const cells = (cmd.indicators ?? (withTarget.length ? withTarget : ids)).map((id) => cellOf(v.layout, id, cmd.horizon));
  const bounds = KIND_BOUNDS[input.kind];
  const outside = cmd.mode === 'fixed' ? cmd.values.filter((x) => x < bounds[0] || x > bounds[1]) : [];
  if (outside.length) throw new UsageError(`--from, --to: ${cmd.input} must lie from ${bounds[0]} to ${bounds[1]}; ${outside[0]} does not${input.kind === 'probability' ? ' (a rate is written as a fraction: 0.3 for 30 %)' : ''}`);
  const progress = createProgressBar();
  const r = sweepInput(v.model, { seed: cmd.seed, iterations: cmd.iterations, targets: v.targets }, { path: cmd.input, values: cmd.values, mode: cmd.mode, bounds, cells }, (done) => void progress.count(done, cmd.values.length * cmd.iterations));
  progress.done();
  if (cmd.format === 'json') return jsonText(r);
  return cmd.format === 'csv' ? sweepCsv(v, r, cmd.lang) : sweepTable(v, r, cmd.lang);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`forecast: ${e instanceof UsageError ? e.message : `unexpected failure: ${(e as Error).message}`}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
