import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';

function forecast(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SWEEP = ['sweep', 'scenarios/baseline.json', '--input', 'activities.A1.routing.proceed'];

describe('forecast sweep', () => {
  it('json: at each value the forecast of the scenario with that value typed in, same seed', () => {
    const r = forecast(...SWEEP, '--from', '0.3', '--to', '0.7', '--steps', '3', '--mode', 'fixed', '--indicator', 'growthCompanies,newJobsFte', '--horizon', 'period2', '--iterations', '2000', '--seed', '4', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.points.map((p: { value: number }) => p.value)).toEqual([0.3, 0.5, 0.7]);
    const doc = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    const a1 = doc.activities.find((a: { id: string }) => a.id === 'A1');
    a1.routing.proceed = 0.7;
    const typed = parseScenarioText(JSON.stringify(doc));
    if (!typed.ok) throw new Error('baseline with 0.7 typed in is valid');
    const f = runForecast(typed.value.model, { seed: 4, iterations: 2000, targets: typed.value.targets });
    const c = cellOf(typed.value.layout, 'growthCompanies', 'period2');
    expect(j.cells[0]).toBe(c);
    expect(j.points[2].cells[0].p50).toBe(f.cells[c].p50);
    expect(j.points[2].cells[0].pMeetsTarget).toBe(f.cells[c].pMeetsTarget);
  });

  it('table in Danish: a block per indicator with a row per value, and every target at once', () => {
    const r = forecast(...SWEEP, '--from', '0.3', '--to', '0.7', '--steps', '5', '--indicator', 'growthCompanies', '--iterations', '1000', '--lang', 'da');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Mobiliseringsraten \(A1\), nu 50\u00a0%: medianen flyttet til værdien, spredningen bevaret\. 1\.000 iterationer, frø 1/);
    expect(r.out).toContain('Nye vækstvirksomheder');
    for (const v of ['30 %', '40 %', '50 %', '60 %', '70 %']) expect(r.out).toMatch(new RegExp(`\\n${v.replace(' ', '\u00a0')} +\\d+ +\\d+–\\d+ +\\d+,\\d\u00a0%`));
    expect(r.out).toContain('Alle mål nås på én gang');
  });

  it('csv: one row per value and indicator, full precision, the targets met at once per value', () => {
    const r = forecast(...SWEEP, '--from', '0.4', '--to', '0.6', '--steps', '2', '--indicator', 'supportedCompanies', '--horizon', 'period1', '--iterations', '1000', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.out.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('input,mode,value,reachable,indicator,label,horizon,mean,p10,p50,p90,target,pMeetsTarget,pSe,iterations,seed');
    expect(rows.slice(1).map((x) => x.split(',').slice(2, 5).join(','))).toEqual(['0.4,yes,supportedCompanies', '0.4,yes,allTargets', '0.6,yes,supportedCompanies', '0.6,yes,allTargets']);
  });

  it('refuses what it cannot run, naming the option and the rule (exit 2)', () => {
    const cases: [string[], RegExp][] = [
      [['--from', '0.3', '--to', '0.7', '--steps', '1'], /--steps: must be a whole number from 2 to 41; got "1"/],
      [['--from', '30', '--to', '70', '--mode', 'fixed'], /--from, --to: activities\.A1\.routing\.proceed must lie from 0 to 1; 30 does not \(a rate is written as a fraction: 0\.3 for 30 %\)/],
      [['--from', 'half', '--to', '0.7'], /--from: must be a number/],
      [['--to', '0.7'], /--from: is required/],
      [['--from', '0.5', '--to', '0.5'], /--from, --to: must differ/],
      [['--from', '0.3', '--to', '0.7', '--indicator', 'jobs'], /--indicator: must be one of .*newJobsFte.*; got "jobs"/],
      [['--from', '0.3', '--to', '0.7', '--mode', 'step'], /--mode: must be one of median, fixed; got "step"/],
      [['--from', '0.3', '--to', '0.7', '--format', 'xlsx', '--out', 'x.xlsx'], /--format xlsx: a sweep gives table, csv or json/],
    ];
    for (const [args, message] of cases) {
      const r = forecast(...SWEEP, ...args, '--iterations', '100');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    const r = forecast('sweep', 'scenarios/baseline.json', '--input', 'activities.Q.routing.proceed', '--from', '0.3', '--to', '0.7', '--iterations', '100');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--input: activities\.Q\.routing\.proceed is not an input of scenarios\/baseline\.json/);
  });
});
