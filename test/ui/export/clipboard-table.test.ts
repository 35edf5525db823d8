import { describe, expect, it } from 'vitest';
import { runForecast } from '../../../src/engine/run';
import { HORIZONS, cellIndex, indicatorIndex } from '../../seed-layout';
import { forecastReport } from '../../../src/report/forecast-report';
import { escapeHtml, forecastCopyTable, spreadsheetText, tableHtml, tableTsv } from '../../../src/ui/export/clipboard-table';
import { baseline, baselineText } from './fixture';
import { validateScenario, type ValidScenario } from '../../../src/scenario/parse';
import { coherenceChecks } from '../../../src/scenario/checks';

describe('clipboard table', () => {
  it('neutralises text cells a spreadsheet would take for formulas, and only those', () => {
    for (const s of ['=1+1', '+41', '-2', '@SUM(A1)', '\tx', '\rx']) expect(spreadsheetText(s)).toBe(`'${s}`);
    expect(spreadsheetText('Vækst = mål')).toBe('Vækst = mål');
  });

  it('writes TSV with numbers in the language format and no tab or line break inside a cell', () => {
    const t = { head: ['Name', 'Value'], rows: [['=HYPERLINK("x")', 1234.5], ['a\tb\nc', -0.25]] };
    expect(tableTsv(t, 'da')).toBe('Name\tValue\r\n\'=HYPERLINK("x")\t1234,5\r\na b c\t-0,25\r\n');
    expect(tableTsv(t, 'en').split('\r\n')[1]).toBe('\'=HYPERLINK("x")\t1234.5');
  });

  it('writes a real HTML table with every text cell escaped', () => {
    const html = tableHtml({ head: ['<b>Name</b>'], rows: [['<img src=x onerror=alert(1)>'], ['=cmd|"/c calc"!A1'], [3.5]] }, 'en');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('table tr')).toHaveLength(4);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('thead th')!.textContent).toBe('<b>Name</b>');
    expect(doc.querySelectorAll('tbody td')[0].textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('tbody td')[1].textContent).toBe('\'=cmd|"/c calc"!A1');
    expect(doc.querySelectorAll('tbody td')[2].textContent).toBe('3.5');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('copies the engine’s figures for the forecast table', () => {
    const v = baseline();
    const result = runForecast(v.model, { seed: 4, iterations: 5000, targets: v.targets });
    const table = forecastCopyTable(forecastReport(v, result, [], 'en', 0), 'en');
    const c = result.cells[cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'))];
    const row = table.rows.find((r) => String(r[0]).startsWith('New growth companies') && r[1] === 'Total')!;
    expect(row[2]).toBe(Math.round(c.p50 * 100) / 100);
    expect(row[6]).toBe(c.target);
    expect(row[7]).toBe(Math.round(c.pMeetsTarget! * 1000) / 10);
    const tsv = tableTsv(table, 'da').split('\r\n');
    expect(tsv[0]).toBe(`${v.scenario.name} — 5,000 iterations, seed 4`);
    expect(tsv[1].split('\t')).toHaveLength(8);
  });

  it('adds a note column, and the note at the cell, where a Total target is only the periods’ sum', () => {
    const doc = JSON.parse(baselineText());
    doc.targets.newJobsFte.total = 66;
    const v = (validateScenario(doc) as { value: ValidScenario }).value;
    const result = runForecast(v.model, { seed: 4, iterations: 2000, targets: v.targets });
    const table = forecastCopyTable(forecastReport(v, result, coherenceChecks(v), 'en', 0), 'en');
    expect(table.head.at(-1)).toBe('Note');
    const jobs = table.rows.filter((r) => String(r[0]).startsWith('New jobs'));
    expect(jobs.find((r) => r[1] === 'Total')!.at(-1)).toBe('≠ the target is only the periods’ sum; this column also counts the years after (see “Project total”)');
    expect(jobs.find((r) => r[1] === 'Project total')!.at(-1)).toBe('');
  });

  it('puts an out-of-date forecast’s warning above the table, first, in the text and in the HTML', () => {
    const v = baseline();
    const result = runForecast(v.model, { seed: 4, iterations: 2000, targets: v.targets });
    const table = forecastCopyTable(forecastReport(v, result, [], 'da', 0), 'da', 'FORÆLDET: <ret fejlene>');
    expect(tableTsv(table, 'da').split('\r\n').slice(0, 3)).toEqual(['FORÆLDET: <ret fejlene>', `${v.scenario.name} — 2.000 iterationer, frø 4`, 'Indikator\tHorisont\tMedian\tP10\tP90\tMiddel\tMål\tP(mål nås) %']);
    const doc = new DOMParser().parseFromString(tableHtml(table, 'da'), 'text/html');
    expect([...doc.querySelectorAll('body > p')].map((p) => p.textContent)).toEqual(['FORÆLDET: <ret fejlene>', `${v.scenario.name} — 2.000 iterationer, frø 4`]);
    expect(doc.body.firstElementChild?.tagName).toBe('P');
    expect(doc.querySelectorAll('table')).toHaveLength(1);
  });
});
