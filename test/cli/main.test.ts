import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSipLibrary } from '../report/sipmath-read';
import { loadScenario } from '../../src/cli/load';
import { runForecast } from '../../src/engine/run';
import { cellIndex } from '../../src/engine/layout';

/** Runs the command line as a planner would, through tsx, and returns what it printed. */
function forecast(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'forecast-cli-'));

/** The baseline as changed by `change`, written to `name` in the test directory; returns its path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function baselineFile(name: string, change: (s: any) => void): string {
  const s = JSON.parse(readFileSync('test/fixtures/v1/baseline.json', 'utf8'));
  change(s);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('forecast command line: bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [join(dir, 'nope.json')], /nope\.json: cannot read the file \(ENOENT\)/],
    ['no file at all', [], /give exactly one scenario file/],
    ['--iterations 0', ['scenarios/baseline.json', '--iterations', '0'], /--iterations: must be a whole number from 1 to 100,000,000; got "0"/],
    ['--iterations -5', ['scenarios/baseline.json', '--iterations=-5'], /--iterations: must be a whole number/],
    ['--iterations 1e12', ['scenarios/baseline.json', '--iterations', '1e12'], /--iterations: must be a whole number/],
    ['--iterations abc', ['scenarios/baseline.json', '--iterations', 'abc'], /--iterations: must be a whole number/],
    ['an unknown flag', ['scenarios/baseline.json', '--fast'], /Unknown option '--fast'/],
    ['an unknown format', ['scenarios/baseline.json', '--format', 'pdf'], /--format: must be one of table, csv, json, md, application, xlsx, sipmath; got "pdf"/],
    ['an unknown language', ['scenarios/baseline.json', '--lang', 'de'], /--lang: must be one of da, en/],
    ['--workers 0', ['scenarios/baseline.json', '--workers', '0'], /--workers: must be a whole number from 1 to 64/],
    ['--format sipmath for a comparison', ['compare', 'scenarios/baseline.json', 'scenarios/evidence.json', '--format', 'sipmath'], /--format sipmath: is for a forecast of one scenario, not compare/],
  ];
  it.each(cases)('%s: exit 2, a plain message on stderr, no stack trace', (_, args, message) => {
    const r = forecast(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  it('invalid JSON: names the line and column', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    const r = forecast(file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid JSON at line 3, column \d+/);
  });

  it('an invalid scenario: lists each path and what is wrong', () => {
    const file = baselineFile('invalid.json', (s) => {
      s.activities.B.units.period1 = -3;
      s.activities.A1.routing.proceed = { type: 'pert', min: 0.4, mode: 0.5, max: 1.2 };
      s.colour = 'blue';
    });
    const r = forecast(file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/activities\.B\.units\.period1: must be at least 0/);
    expect(r.err).toMatch(/colour: is not a known field/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('an invalid distribution: names the input and the bound', () => {
    const file = baselineFile('bounds.json', (s) => {
      s.activities.A1.routing.proceed = { type: 'pert', min: 0.4, mode: 0.5, max: 1.2 };
    });
    const r = forecast(file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/activities\.A1\.routing\.proceed\.max: 1\.2 is above 1, the highest possible value/);
  });

  it('in Danish with --lang da: the same paths, the rules in Danish', () => {
    const file = baselineFile('invalid-da.json', (s) => {
      s.activities.B.units.period1 = -3;
      s.colour = 'blue';
    });
    const r = forecast(file, '--lang', 'da');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: ikke et gyldigt scenarie`);
    expect(r.err).toMatch(/activities\.B\.units\.period1: skal være mindst 0/);
    expect(r.err).toMatch(/colour: er ikke et kendt felt/);
    const broken = join(dir, 'broken-da.json');
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    expect(forecast(broken, '--lang', 'da').err).toMatch(/ikke gyldig JSON i linje 3, kolonne \d+/);
  });

  it('a PERT 90 % interval that would go above 1: what is wrong and what to do, in the file’s keys', () => {
    const file = baselineFile('pert-interval.json', (s) => {
      s.activities.B.recruitment.fillRate = { type: 'pert', p5: 0.85, mode: 0.95, p95: 0.99 };
    });
    const r = forecast(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('activities.B.recruitment.fillRate.p95: a PERT distribution with p5 0.85, mode 0.95 and p95 0.99 would go above 1; choose beta, or lower the p95 to at most 0.985');
    expect(forecast(file, '--lang', 'da').err).toContain('activities.B.recruitment.fillRate.p95: en PERT-fordeling med p5 0,85, mode 0,95 og p95 0,99 ville gå over 1; vælg beta, eller sæt p95 til højst 0,985');
  });
});

describe('forecast command line: output', () => {
  it('json: the documented shape, with targets and probabilities, and the checks', () => {
    const r = forecast('scenarios/baseline.json', '--iterations', '10000', '--seed', '7', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.scenario).toEqual({ id: 'baseline', name: expect.any(String) });
    expect(j.iterations).toBe(10000);
    expect(j.seed).toBe(7);
    expect(j.horizons.map((h: { id: string }) => h.id)).toEqual(['period1', 'period2', 'after0to2', 'after2to5', 'after5plus', 'projectTotal', 'total']);
    const growth = j.indicators.find((i: { id: string }) => i.id === 'growthCompanies');
    const total = growth.byHorizon.total;
    expect(Object.keys(total)).toEqual(['mean', 'sd', 'se', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'target', 'pMeetsTarget']);
    expect(total.target).toBe(130);
    expect(total.pMeetsTarget).toBeGreaterThanOrEqual(0);
    expect(total.pMeetsTarget).toBeLessThanOrEqual(1);
    expect(total.p10).toBeLessThanOrEqual(total.p50);
    expect(total.p50).toBeLessThanOrEqual(total.p90);
    expect(growth.byHorizon.after2to5.target).toBeNull();
    expect(growth.byHorizon.after2to5.pMeetsTarget).toBeNull();
    expect(j.checks.some((c: { id: string }) => c.id === 'growth.jobsFloor.period2')).toBe(true);
    // The application's 66 jobs are a project total (the two periods), compared with the periods' sum.
    expect(j.indicators.find((i: { id: string }) => i.id === 'newJobsFte').byHorizon.projectTotal.target).toBe(66);
    expect(j.indicators.find((i: { id: string }) => i.id === 'newJobsFte').notes).toEqual({});
    expect(typeof j.elapsedMs).toBe('number');
  });

  it('sipmath to a file: the first 5,000 iterations as SIPs, said to be a subsample, the same with workers', () => {
    const out = join(dir, 'f.sipmath.json');
    expect(forecast('scenarios/baseline.json', '--iterations', '6000', '--seed', '7', '--format', 'sipmath', '--out', out, '--workers', '2').code).toBe(0);
    const lib = readSipLibrary(readFileSync(out, 'utf8'));
    expect(lib.trials).toBe(5000);
    expect(lib.metadata).toMatchObject({ scenarioId: 'baseline', seed: 7, iterations: 6000, trials: 5000, subsample: true, applicationVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    // The engine in this process, same seed: the same trials.
    const v = loadScenario('scenarios/baseline.json', 'en');
    const kept = runForecast(v.model, { seed: 7, iterations: 6000, targets: v.targets }).blocks[0].subsample!.out;
    const c = cellIndex(v.layout, v.layout.indicators.findIndex((d) => d.id === 'newJobsFte'), v.layout.horizons.indexOf('total'));
    expect(lib.sips.find((s) => s.name === 'newJobsFte.total')!.samples).toEqual(Float64Array.from({ length: 5000 }, (_, t) => kept[t * v.layout.cells + c]));
  });

  it('workers do not change the numbers', () => {
    const one = JSON.parse(forecast('scenarios/evidence.json', '--iterations', '12000', '--format', 'json').out);
    const two = JSON.parse(forecast('scenarios/evidence.json', '--iterations', '12000', '--format', 'json', '--workers', '2').out);
    expect(two.indicators).toEqual(one.indicators);
  });

  it('csv to a file; Danish table', () => {
    const out = join(dir, 'f.csv');
    expect(forecast('scenarios/baseline.json', '--iterations', '5000', '--format', 'csv', '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('indicator,label,unit,horizon,mean,sd,se,p5,p10,p25,p50,p75,p90,p95,target,pMeetsTarget,note,iterations,seed');
    expect(lines[1].split(',').slice(-2)).toEqual(['5000', '1']);
    // 20 indicators × 7 horizons, then every target met at once: overall and for each of the 5 horizons with targets.
    expect(lines).toHaveLength(1 + 20 * 7 + 1 + 5);
    const joint = lines.slice(1 + 20 * 7).map((l) => l.split(','));
    expect(joint.map((r) => [r[0], r[3]])).toEqual([['allTargets', 'all'], ...['period1', 'period2', 'after0to2', 'projectTotal', 'total'].map((h) => ['allTargets', h])]);
    // Period 2's 88 supported companies cannot be had (87 seats), so neither can every target, nor every period-2 one.
    expect(Number(joint[0][15])).toBe(0);
    expect(Number(joint[2][15])).toBe(0);
    const da = forecast('scenarios/baseline.json', '--iterations', '5000', '--lang', 'da');
    expect(da.out).toMatch(/Nye vækstvirksomheder/);
    expect(da.out).toMatch(/Sammenhængstjek/);
    expect(da.out).toContain('B: Bliver vækstvirksomhed: antagelsen (median 96,5\u00a0%)');
    expect(da.out).toMatch(/\d{1,3}(\.\d{3})+ kr\./);
  });
});
