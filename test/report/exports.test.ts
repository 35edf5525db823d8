import { pathError, problem } from '../../src/scenario/errors';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coherenceChecks } from '../../src/scenario/checks';
import { textTable } from '../../src/report/text-table';
import type { ValidScenario } from '../../src/scenario/parse';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { forecastReport } from '../../src/report/forecast-report';
import { BOM, csvText, forecastCsv } from '../../src/report/csv';
import { forecastMarkdown, mdText } from '../../src/report/markdown';
import { ROUNDING_TOLERANCE, applicationCellText, applicationMarkdown, applicationTable, roundForApplication, roundingsFor, formatApplicationValue } from '../../src/report/application-table';
import { cellIndex, indicatorIndex, CELLS } from '../seed-layout';
import { outOfDateText } from '../../src/report/out-of-date';
import { assumptionsText } from '../../src/report/assumptions-text';
import { cellQuantile, probabilityAtLeast } from '../../src/engine/cell-stats';
import { baseline, cell } from '../engine/scenario-fixture';

const v = baseline();
const result = runForecast(v.model, { seed: 4, iterations: 5000, targets: v.targets });
const report = forecastReport(v, result, [], 'da', 0);

describe('a Total target that is only the periods’ sum, in every export', () => {
  const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8'));
  doc.targets.newJobsFte.total = 66;
  const w = (validateScenario(doc) as { value: ValidScenario }).value;
  const r = runForecast(w.model, { seed: 4, iterations: 2000, targets: w.targets });
  const rep = forecastReport(w, r, coherenceChecks(w), 'en', 0);
  const note = '≠ the target is only the periods’ sum; this column also counts the years after (see “Project total”)';

  it('carries the note at the cell: CSV, Markdown and the terminal table', () => {
    const csv = forecastCsv(rep, 'en').slice(1).trim().split('\r\n');
    const jobsTotal = csv.find((l) => l.startsWith('newJobsFte,') && l.includes(',total,'))!;
    expect(jobsTotal).toContain(note);
    // No note where the target is on the column's own basis: the note column is empty.
    expect(csv.find((l) => l.startsWith('newJobsFte,') && l.includes(',projectTotal,'))).toMatch(/,,2000,4$/);
    const md = forecastMarkdown(rep, 'en');
    expect(md).toMatch(/\| New jobs, full-time \(A1–E2\) \| Total \|.* ≠ \|/);
    expect(md).toContain(`New jobs, full-time (A1–E2), Total: ${note}`);
    expect(textTable(rep, 'en')).toContain(`New jobs, full-time (A1–E2), Total: ${note}`);
  });
});

describe('CSV', () => {
  it('Danish: byte-order mark, semicolons and decimal commas; parses back to the same numbers', () => {
    const text = forecastCsv(report, 'da');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = text.slice(1).trim().split('\r\n').map((r) => r.split(';'));
    expect(rows[0].slice(0, 4)).toEqual(['indicator', 'label', 'unit', 'horizon']);
    const growthTotal = rows.find((r) => r[0] === 'growthCompanies' && r[3] === 'total')!;
    const mean = Number(growthTotal[4].replace(',', '.'));
    expect(mean).toBe(result.cells[cell('growthCompanies', 'total')].mean);
    expect(growthTotal[4]).toMatch(/^\d+,\d+$/);
    expect(growthTotal[1]).toBe('Nye vækstvirksomheder (A1–E2)');
  });

  it('English: commas and decimal points', () => {
    const rows = forecastCsv(report, 'en').slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('indicator,label,unit,horizon,mean,sd,se,p5,p10,p25,p50,p75,p90,p95,target,pMeetsTarget,note,iterations,seed');
  });

  it('states on every row the iterations and seed the forecast was computed with', () => {
    const rows = forecastCsv(report, 'da').slice(1).trim().split('\r\n').map((r) => r.split(';'));
    for (const r of rows.slice(1)) expect(r.slice(-2)).toEqual(['5000', '4']);
  });

  it('puts an out-of-date forecast’s warning on a line of its own before the header', () => {
    const mark = outOfDateText({ forecastOf: 'Plan; B', errors: 1, openScenario: null }, 'da');
    const lines = forecastCsv(report, 'da', mark).slice(1).split('\r\n');
    expect(lines[0]).toBe(`"${mark}"`);
    expect(lines[1]).toMatch(/^indicator;label;/);
    expect(lines).toHaveLength(forecastCsv(report, 'da').slice(1).split('\r\n').length + 1);
  });

  it.each(['=SUM(A1:A9)', '+1', '-2', '@cmd', '\tx', '\rx'])('neutralises a cell that starts like a formula: %j', (s) => {
    expect(csvText(s).replace(/^"/, '')).toMatch(/^'/);
  });

  it('quotes separators and quotes', () => {
    expect(csvText('a;b', ';')).toBe('"a;b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('plain')).toBe('plain');
  });
});

describe('Markdown', () => {
  it('escapes pipes and newlines and shows the median with its target', () => {
    expect(mdText('a|b\nc')).toBe('a\\|b c');
    const md = forecastMarkdown(report, 'da');
    expect(md).toMatch(/\| Nye vækstvirksomheder \(A1–E2\) \| I alt \| \d+ \| \d+ – \d+ \| 130 \| \d+,\d\u00a0%/);
    expect(md.split('\n')[0]).toBe(`**${v.scenario.name}** — 5.000 iterationer, frø 4`);
  });

  it('starts an out-of-date forecast with its warning, before the title', () => {
    const mark = outOfDateText({ forecastOf: v.scenario.name, errors: 2, openScenario: null }, 'en');
    const lines = forecastMarkdown(report, 'en', mark).split('\n');
    expect(lines[0]).toBe(`> **OUT OF DATE: this forecast does not match the current assumptions: 2 fields have errors. This is the forecast of “${v.scenario.name}” as its assumptions were when last valid.**`);
    expect(lines[2]).toBe(`**${v.scenario.name}** — 5,000 iterations, seed 4`);
  });
});

describe('application table', () => {
  it('rounds down to "ca." figures', () => {
    expect(roundForApplication(17.6, 'companies')).toBe(17);
    expect(roundForApplication(67.9, 'companies')).toBe(65);
    expect(roundForApplication(44.6, 'companies')).toBe(44);
    expect(roundForApplication(127, 'companies')).toBe(125);
    expect(roundForApplication(283, 'fte')).toBe(280);
    expect(roundForApplication(8_876_543, 'dkk')).toBe(8_800_000);
    expect(formatApplicationValue(8_800_000, 'dkk', 'da')).toBe('ca. 8,8 mio. kr.');
    expect(formatApplicationValue(2_980_000, 'dkk', 'da')).toBe('ca. 2,98 mio. kr.');
    expect(formatApplicationValue(308_000_000, 'dkk', 'en')).toBe('about DKK 308 million');
    expect(formatApplicationValue(3_000_000, 'dkk', 'en')).toBe('about DKK 3 million');
    // Below a million too, never shown rounder (and so larger) than the figure.
    expect(formatApplicationValue(456_000, 'dkk', 'da')).toBe('ca. 0,456 mio. kr.');
    expect(formatApplicationValue(45_600, 'dkk', 'da')).toBe('ca. 0,0456 mio. kr.');
    expect(formatApplicationValue(120, 'companies', 'en')).toBe('about 120');
  });

  it('takes a finer step where the round one would promise much more than the chosen level (a narrow forecast)', () => {
    expect(roundingsFor(87.4, 'companies')).toEqual([85, 87]);
    expect(roundingsFor(283, 'fte')).toEqual([280, 280, 283]);
    expect(roundingsFor(8_876_543, 'dkk')).toEqual([8_800_000, 8_870_000]);
    const rows = applicationTable(result, 0.2, 'en');
    for (const row of rows) {
      row.cells.forEach((c, h) => {
        if (c.notApplicable) return;
        const k = cellIndex(indicatorIndex(row.id), h);
        const reference = probabilityAtLeast(result, k, cellQuantile(result, k, 0.2));
        // The roundest figure that adds at most five points to the level's own probability (or the finest there is).
        const candidates = roundingsFor(cellQuantile(result, k, 0.2), row.unit);
        const at = candidates.indexOf(c.value);
        expect(at, `${row.id} ${h}`).toBeGreaterThanOrEqual(0);
        if (at < candidates.length - 1) expect(c.probability, `${row.id} ${h}`).toBeLessThanOrEqual(reference + ROUNDING_TOLERANCE);
        for (const coarser of candidates.slice(0, at)) expect(probabilityAtLeast(result, k, coarser)).toBeGreaterThan(reference + ROUNDING_TOLERANCE);
        expect(c.value).toBeLessThanOrEqual(cellQuantile(result, k, 0.2));
      });
    }
  });

  it('supported companies in period 2, at the median: 87, not "ca. 85", counted from the raw iterations', () => {
    // All 5,000 iterations are in the subsample: the median and the probabilities counted from them directly.
    const c = cell('supportedCompanies', 'period2');
    const out = result.blocks[0].subsample!.out;
    const values = Array.from({ length: out.length / CELLS }, (_, i) => out[i * CELLS + c]).sort((a, b) => a - b);
    const median = values[Math.ceil(values.length / 2) - 1];
    const atLeast = (v: number) => values.filter((x) => x >= v).length / values.length;
    expect(median).toBe(87);
    // Rounding to 85 would add more than five points to the probability of reaching the median.
    expect(atLeast(85) - atLeast(87)).toBeGreaterThan(ROUNDING_TOLERANCE);
    const shown = applicationTable(result, 0.5, 'en').find((r) => r.id === 'supportedCompanies')!.cells[1];
    expect(shown.value).toBe(87);
    expect(shown.probability).toBeCloseTo(atLeast(87), 12);
  });

  it('leaves a dash, not a certain 0, where nothing comes (an outcome only after the project, in period 1)', () => {
    const rows = applicationTable(result, 0.5, 'en');
    for (const row of rows) {
      row.cells.forEach((c, h) => {
        const s = result.cells[cellIndex(indicatorIndex(row.id), h)];
        if (s.mean === 0 && s.target === null) expect(c.notApplicable, `${row.id} ${h}`).toBe(true);
      });
    }
  });

  it('leaves a dash, not a certain 0, where an indicator is not counted (supported companies after the periods)', () => {
    const rows = applicationTable(result, 0.5, 'da');
    const supported = rows.find((r) => r.id === 'supportedCompanies')!;
    expect(supported.cells.map((c) => applicationCellText(c, supported.unit, 'da')).slice(2, 5)).toEqual(['–', '–', '–']);
    // The project total is the two periods' sum.
    expect(applicationCellText(supported.cells[5], supported.unit, 'da')).toMatch(/^ca\. \d+ \(\d+,\d\s%\)$/);
    expect(applicationCellText(supported.cells[0], supported.unit, 'da')).toMatch(/^ca\. \d+ \(\d+,\d\s%\)$/);
    expect(applicationMarkdown(rows, 0.5, 'da')).toContain('| – | – | – |');
  });

  it('commits to a figure at or below the chosen percentile, with the probability of reaching it from the histogram', () => {
    const rows = applicationTable(result, 0.2, 'en');
    const growth = rows.find((r) => r.id === 'growthCompanies')!;
    // The five horizons and the project total, as the application's tables have them.
    expect(growth.cells).toHaveLength(6);
    const c = cell('growthCompanies', 'after0to2');
    expect(growth.cells[2].value).toBeLessThanOrEqual(cellQuantile(result, c, 0.2));
    // Rounding down can only raise the probability of reaching the figure above 1 − 0.2.
    expect(growth.cells[2].probability).toBeGreaterThanOrEqual(0.8);
    // Independent count from the subsample of the same iterations.
    const out = result.blocks[0].subsample!.out;
    const n = out.length / CELLS;
    let atLeast = 0;
    for (let i = 0; i < n; i++) if (out[i * CELLS + c] >= growth.cells[2].value) atLeast++;
    expect(probabilityAtLeast(result, c, growth.cells[2].value)).toBeCloseTo(atLeast / n, 10);
  });
});

describe('the application table as Markdown', () => {
  it('names the forecast it comes from, with its iterations and seed, and its warning first when out of date', () => {
    const rows = applicationTable(result, 0.5, 'da');
    expect(applicationMarkdown(rows, 0.5, 'da').split('\n')[0]).toMatch(/^\| Kode \| Indikator \|/);
    const md = applicationMarkdown(rows, 0.5, 'da', { scenario: 'Plan | B', iterations: 5000, seed: 4, mark: 'FORÆLDET: x' }).split('\n');
    expect(md.slice(0, 5)).toEqual(['> **FORÆLDET: x**', '', '**Plan \\| B** — 5.000 iterationer, frø 4', '', expect.stringMatching(/^\| Kode \| Indikator \|/)]);
  });
});

describe('the out-of-date warning', () => {
  const o = { forecastOf: 'Plan A', errors: 0, openScenario: null };
  it('says why the figures are not those of the assumptions now, in Danish and English', () => {
    expect(outOfDateText(o, 'en')).toBe('OUT OF DATE: the assumptions were changed after this forecast of “Plan A” was computed; it is being updated. Export again once it is.');
    expect(outOfDateText(o, 'da')).toMatch(/^FORÆLDET: antagelserne er ændret, efter prognosen for “Plan A” blev beregnet/);
    expect(outOfDateText({ ...o, errors: 1200 }, 'da')).toMatch(/antagelser: 1\.200 felter har fejl\. Dette er prognosen for “Plan A”/);
    expect(outOfDateText({ ...o, errors: 1 }, 'en')).toMatch(/assumptions: 1 field has errors\. This is/);
    // The first error named as the editor names its field, with how many more there are.
    const first = pathError('activities.A1.recruitment.fillRate.max', problem('outOfRange', { value: 1.2, bound: 1, side: 'high', kind: 'probability' }));
    expect(outOfDateText({ ...o, errors: 3, firstError: first }, 'en').replace(/\u00a0/g, ' ')).toBe(
      'OUT OF DATE: this forecast does not match the current assumptions, which have an error: A1: Seats filled: Maximum – 120 % is above 100 %, the highest possible value (and 2 fields more). This is the forecast of “Plan A” as its assumptions were when last valid.',
    );
    expect(outOfDateText({ ...o, errors: 1, firstError: first }, 'da').replace(/\u00a0/g, ' ')).toMatch(/antagelser, der har en fejl: A1: Andel af pladser besat: Maksimum – 120 % er over 100 %, den højest mulige værdi\. Dette/);
    // An update that was cancelled or failed is not promised.
    expect(outOfDateText({ ...o, updating: false }, 'en')).toBe('OUT OF DATE: the assumptions were changed after this forecast of “Plan A” was computed, and its update was stopped. Run the forecast, then export again.');
    expect(outOfDateText({ ...o, updating: false }, 'da')).toMatch(/og dens opdatering blev stoppet\. Kør prognosen/);
  });

  it('names both scenarios when the forecast is of another than the one open', () => {
    expect(outOfDateText({ ...o, errors: 1, openScenario: 'Plan B (shared)' }, 'en'))
      .toBe('OUT OF DATE: this is the forecast of “Plan A”, not of the scenario now open, “Plan B (shared)” (which has 1 field with errors and cannot be forecast until they are fixed).');
    expect(outOfDateText({ ...o, openScenario: '' }, 'da')).toBe('FORÆLDET: dette er prognosen for “Plan A”, som ikke længere er åbent.');
  });
});

describe('assumptions in words', () => {
  it('states each activity with its numbers, in Danish and English', () => {
    const da = assumptionsText(v, 'da');
    const en = assumptionsText(v, 'en');
    expect(da.map((p) => p.id)).toEqual(['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F', 'effects', 'innovation']);
    expect(en[0].text).toMatch(/We assume that about half of the companies \(90 % interval 44–56 %\) mobilise the resources to go on/);
    expect(da[0].text).toMatch(/omkring halvdelen af virksomhederne \(90 %-interval 44–56 %\) mobiliserer ressourcerne/);
    expect(en[0].text).toMatch(/25 modules \(6 in period 1, 19 in period 2\) with 270 places in all/);
    // An activity's name may hold brackets of its own: it follows a dash, not another bracket.
    expect(da.find((p) => p.id === 'F')!.text).toMatch(/^F – Strategiske netværk fase 3 \(med forskningsinstitutioner\): /);
  });

  it('says that no company becomes a growth company where the probability is fixed at 0, not "about 0 %"', () => {
    const [en, da] = (['en', 'da'] as const).map((lang) => assumptionsText(baseline(), lang).find((p) => p.id === 'A1')!.text);
    expect(en).toContain('Of the companies that end their course after A1, we assume that none become growth companies.');
    expect(da).toContain('Af de virksomheder, der afslutter deres forløb efter A1, antager vi, at ingen bliver vækstvirksomheder.');
    expect(en).not.toMatch(/about 0\b/);
  });

  it('says "about half" only of a median of 50 %: a cautious 45 % reads as 45 %', () => {
    const doc = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    doc.activities.find((a: { id: string }) => a.id === 'A1').routing.proceed = { type: 'pert', min: 0.35, mode: 0.45, max: 0.55 };
    const cautious = validateScenario(doc);
    if (!cautious.ok) throw new Error('invalid');
    expect(assumptionsText(cautious.value, 'da')[0].text).toMatch(/Vi antager, at ca\. 45\s%/);
    expect(assumptionsText(cautious.value, 'en')[0].text).toMatch(/We assume that about 45\s%/);
  });
});
