import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function forecast(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('forecast compare', () => {
  it('json: each scenario, and for the second its paired difference and P(B > A)', () => {
    const r = forecast('compare', 'scenarios/baseline.json', 'scenarios/evidence.json', '--iterations', '5000', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.scenarios.map((s: { id: string }) => s.id)).toEqual(['baseline', 'evidence']);
    const total = j.indicators.find((i: { id: string }) => i.id === 'growthCompanies').byHorizon.total;
    expect(total.differences[0]).toBeNull();
    const d = total.differences[1];
    expect(d.mean).toBeCloseTo(total.scenarios[1].mean - total.scenarios[0].mean, 6);
    expect(d.meanLow).toBeLessThanOrEqual(d.mean);
    expect(d.pGreater).toBeGreaterThanOrEqual(0);
    expect(d.pGreater).toBeLessThanOrEqual(1);
  });

  it('needs two files', () => {
    const r = forecast('compare', 'scenarios/baseline.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/compare: give 2 to 8 scenario files/);
  });
});

describe('forecast sensitivity and solve', () => {
  it('sensitivity: csv rows for the uncertain inputs, ranked by swing', () => {
    const r = forecast('sensitivity', 'scenarios/evidence.json', '--indicator', 'growthCompanies', '--iterations', '1000', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\r\n');
    expect(rows[0]).toBe('input,low,high,medianAtLow,medianAtHigh,swing,rankCorrelation');
    const swings = rows.slice(1).map((row) => Math.abs(Number(row.split(',')[5])));
    expect(swings.length).toBeGreaterThan(5);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it('solve: an answer in words', () => {
    const r = forecast('solve', 'scenarios/baseline.json', '--indicator', 'supportedCompanies', '--horizon', 'period1', '--confidence', '0.5', '--input', 'activities.A1.routing.proceed', '--iterations', '2000');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^The mobilisation rate \(A1\) must be at least \d+(\.\d)?% for a 50% chance of 45 companies receiving support \(A1–E2\), period 1\.\n$|^No value of the mobilisation rate/);
  });

  it.each([
    [['sensitivity', 'scenarios/baseline.json'], /--indicator: is required/],
    [['sensitivity', 'scenarios/baseline.json', '--indicator', 'jobs'], /--indicator: must be one of supportedCompanies/],
    [['solve', 'scenarios/baseline.json', '--indicator', 'growthCompanies', '--confidence', '1.5', '--input', 'x'], /--confidence: must be a probability between 0 and 1/],
    [['solve', 'scenarios/baseline.json', '--indicator', 'growthCompanies', '--confidence', '0.8', '--input', 'activities.Z.x'], /--input: activities\.Z\.x is not an input/],
    [['solve', 'scenarios/baseline.json', '--indicator', 'growthCompanies', '--horizon', 'after5plus', '--confidence', '0.8', '--input', 'x'], /has no target for after5plus/],
  ])('%j: exit 2 with a plain message', (args, message) => {
    const r = forecast(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('forecast exports', () => {
  it('application: the application-shaped Markdown table at the chosen level', () => {
    const r = forecast('scenarios/baseline.json', '--iterations', '2000', '--format', 'application', '--level', '0.2', '--lang', 'da');
    expect(r.code).toBe(0);
    // Titled with the forecast it comes from, as the app's copy is.
    expect(r.out).toMatch(/^\*\*Ansøgningen som skrevet \(baseline\)\*\* — 2\.000 iterationer, frø 1\n\n/);
    expect(r.out).toMatch(/\n\| Kode \| Indikator \| 1\. periode \| 2\. periode \| 0–2 år efter \| 2–5 år efter \| 5\+ år efter \|/);
    expect(r.out).toMatch(/Tallene er 20\. percentil af prognosen/);
  });

  it('assumptions: the critical assumptions in words', () => {
    const r = forecast('assumptions', 'scenarios/baseline.json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Critical assumptions: Ansøgningen som skrevet \(baseline\)\n\n/);
    expect(r.out).toMatch(/about half of the companies \(90 % interval 44–56 %\) mobilise/);
  });

  it('--level outside (0, 1) is refused', () => {
    const r = forecast('scenarios/baseline.json', '--format', 'application', '--level', '20');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--level: must be a probability between 0 and 1/);
  });
});

describe('forecast --actuals', () => {
  it('json: before and after, the effective sample size, and the assumptions the actuals moved', () => {
    const r = forecast('scenarios/baseline.json', '--actuals', 'scenarios/actuals/baseline-period1.json', '--iterations', '10000', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.effectiveSampleSize).toBeGreaterThan(100);
    expect(j.effectiveSampleSize).toBeLessThanOrEqual(10000);
    const supported = j.indicators.find((i: { id: string }) => i.id === 'supportedCompanies').byHorizon.period1;
    expect(supported.actual).toBe(44);
    expect(Math.abs(supported.updated.p50 - 44)).toBeLessThanOrEqual(1);
    expect(j.inputs.map((x: { path: string }) => x.path)).toContain('activities.A1.routing.proceed');
  });

  it('invalid actuals: exit 2 naming the path', () => {
    const r = forecast('scenarios/baseline.json', '--actuals', 'scenarios/baseline.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid actuals/);
  });
});

describe('forecast --format xlsx', () => {
  it('writes a workbook that reads back with the forecast, and one per scenario for compare', async () => {
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'forecast-xlsx-'));
    expect(forecast('scenarios/baseline.json', '--iterations', '2000', '--format', 'xlsx', '--out', join(dir, 'f.xlsx')).code).toBe(0);
    const sheets = await readXlsxFile(join(dir, 'f.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Application', 'Forecast', 'Assumptions', 'Activities', 'Checks', 'Run']);
    const json = JSON.parse(forecast('scenarios/baseline.json', '--iterations', '2000', '--format', 'json').out);
    // The application's layout: code, indicator, unit, then per horizon the figure, the target and P(target met).
    const app = sheets[0].data;
    expect(app[0].slice(0, 6)).toEqual(['Code', 'Indicator', 'Unit', 'Period 1', 'Period 1: target', 'Period 1: P(target met)']);
    const supported = app.find((r) => r[1] === 'Companies receiving support (A1–E2)')!;
    const first = json.indicators.find((i: { id: string }) => i.id === 'supportedCompanies').byHorizon.period1;
    expect(supported[0]).toBe('CO01');
    expect(supported.slice(4, 6)).toEqual([45, first.pMeetsTarget]);
    // The figure is the application table's (`--format application`): "about 45" there, 45 here.
    expect(forecast('scenarios/baseline.json', '--iterations', '2000', '--format', 'application').out).toMatch(new RegExp(`Companies receiving support \\(A1–E2\\) \\| about ${supported[3]} `));
    expect(app.find((r) => r[1] === 'New growth companies (A1–E2)')![0]).toBe(null);
    expect(app.some((r) => String(r[1]).startsWith('Every target met at once: 0.0% (in none of 2,000 iterations'))).toBe(true);
    const rows = sheets[1].data;
    const row = rows.find((r) => r.at(-2) === 'growthCompanies' && r.at(-1) === 'total')!;
    expect(row[rows[0].indexOf('Median')]).toBe(json.indicators.find((i: { id: string }) => i.id === 'growthCompanies').byHorizon.total.p50);
    expect(forecast('compare', 'scenarios/baseline.json', 'scenarios/evidence.json', '--iterations', '2000', '--format', 'xlsx', '--out', join(dir, 'c.xlsx')).code).toBe(0);
    const compared = await readXlsxFile(join(dir, 'c.xlsx'));
    expect(compared.map((s) => s.sheet)).toEqual(['Comparison', ...['1 baseline', '2 evidence'].flatMap((p) => ['Application', 'Forecast', 'Assumptions', 'Activities', 'Checks', 'Run'].map((n) => `${p} ${n}`))]);
    // The comparison sheet carries the paired figures of `compare --format json`.
    const cmp = JSON.parse(forecast('compare', 'scenarios/baseline.json', 'scenarios/evidence.json', '--iterations', '2000', '--format', 'json').out);
    const sheet = compared[0].data;
    const growth = sheet.find((r) => r[0] === 'New growth companies (A1–E2)' && r[1] === 'Total')!;
    const cell = cmp.indicators.find((i: { id: string }) => i.id === 'growthCompanies').byHorizon.total;
    expect(growth[sheet[0].indexOf('Ansøgningen som skrevet (baseline): Median')]).toBe(cell.scenarios[0].p50);
    expect(growth.at(-1)).toBe(cell.differences[1].pGreater);
  });

  it('needs --out', () => {
    const r = forecast('scenarios/baseline.json', '--format', 'xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/give --out/);
  });
});

describe('the scenario’s own indicators on the command line', () => {
  it('--indicator takes an own indicator’s id: its sensitivity, and its row in the forecast', () => {
    const doc = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    doc.indicators = [{ id: 'RCO04', code: 'RCO04', label: { da: 'Ikke-finansiel støtte', en: 'Non-financial support' }, rule: { kind: 'companies', activities: ['B', 'C', 'D'], subsetOf: 'supportedCompanies' } }];
    const file = join(mkdtempSync(join(tmpdir(), 'own-')), 'own.json');
    writeFileSync(file, JSON.stringify(doc));
    const s = forecast('sensitivity', file, '--indicator', 'RCO04', '--horizon', 'projectTotal', '--iterations', '1000', '--format', 'csv');
    expect(s.code).toBe(0);
    expect(s.out.trim().split('\r\n').length).toBeGreaterThan(5);
    const f = forecast(file, '--iterations', '2000', '--format', 'json');
    expect(f.code).toBe(0);
    const row = JSON.parse(f.out).indicators.find((i: { id: string }) => i.id === 'RCO04');
    expect(row.byHorizon.projectTotal.p50).toBeGreaterThan(0);
    const bad = forecast('sensitivity', file, '--indicator', 'RCO05', '--iterations', '1000');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--indicator: must be one of .*RCO04/);
  });
});
