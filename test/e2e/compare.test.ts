import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateScenario } from '../../src/scenario/parse';
import { comparePaired } from '../../src/engine/analysis/paired';
import { solveForTarget } from '../../src/engine/analysis/solve';
import { HORIZONS, cellIndex, indicatorIndex } from '../seed-layout';
import { bytesOf, startAppSession, type AppSession } from './harness';
import readXlsxFile from 'read-excel-file/node';

let session: AppSession;
let app: AppSession['app'];
let page: Page;

const load = (f: string) => {
  const p = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${f}.json`), 'utf8')));
  if (!p.ok) throw new Error(`${f} does not validate`);
  return p.value;
};

beforeAll(async () => {
  session = await startAppSession({ locale: 'en-GB', height: 1100 });
  ({ app, page } = session);
});

afterAll(() => session?.close());

describe('comparing scenarios in Chromium', () => {
  it('compares the baseline with the evidence scenario and shows P(B > A) for growth companies, total, as the engine computes it', async () => {
    await page.goto(app.url);
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('checkbox', { name: 'Evidensbaserede rater' }).waitFor();
    expect(await analysis.getByRole('checkbox', { name: 'Evidensbaserede rater' }).isChecked()).toBe(true);
    const t0 = Date.now();
    await analysis.getByRole('button', { name: 'Compare', exact: true }).click();
    const cell = analysis.locator('td.p-greater[data-cell="growthCompanies:total"]');
    await cell.waitFor({ timeout: 90_000 });
    console.log(`compare 2 × 20,000 iterations: ${Date.now() - t0} ms from click to table`);

    const text = (await cell.textContent())!.trim();
    expect(text).toMatch(/^\d{1,3}(\.\d)?%$/);
    const shown = Number(text.replace('%', ''));
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(shown).toBeLessThanOrEqual(100);

    const a = load('baseline');
    const b = load('evidence');
    const engine = comparePaired([a.model, b.model], [a.targets, b.targets], { seed: '1', iterations: 20_000 }, 0);
    const c = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
    expect(Number(await cell.getAttribute('data-p-greater'))).toBe(engine.differences[1]![c]!.pGreater);
    expect(Number(await analysis.locator('td.diff[data-cell="growthCompanies:total"]').getAttribute('data-mean'))).toBeCloseTo(engine.differences[1]![c]!.mean, 9);

    await analysis.getByText('Assumptions that differ from', { exact: false }).waitFor();
    await analysis.screenshot({ path: '/tmp/compare.png' });

    // The comparison as a workbook: its sheet first, with the figures on screen.
    const [d] = await Promise.all([page.waitForEvent('download'), analysis.getByRole('button', { name: 'Excel workbook', exact: true }).click()]);
    expect(d.suggestedFilename()).toBe('baseline-vs-evidence-compare.xlsx');
    const sheets = await readXlsxFile(await bytesOf(d));
    expect(sheets[0].sheet).toBe('Comparison');
    const row = sheets[0].data.find((r) => r[0] === 'New growth companies (A1–E2)' && r[1] === 'Total')!;
    expect(row.at(-1)).toBe(engine.differences[1]![c]!.pGreater);
    expect(sheets.map((s) => s.sheet)).toContain('2 evidence Forecast');
    const [csv] = await Promise.all([page.waitForEvent('download'), analysis.getByRole('button', { name: 'CSV (for tools)', exact: true }).click()]);
    expect((await bytesOf(csv)).toString('utf8').split('\r\n')[0]).toMatch(/^indicator,horizon,scenario,mean/);
  });

  it('solves for what the growth target needs and says so in words, as the engine finds it', async () => {
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'Solve for a target' }).click();
    const t0 = Date.now();
    await analysis.getByRole('button', { name: 'Solve', exact: true }).click();
    const sentence = analysis.locator('.solve-answer .sentence');
    await sentence.waitFor({ timeout: 90_000 });
    console.log(`solve (5,000 iterations per trial): ${Date.now() - t0} ms`);
    const a = load('baseline');
    const c = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
    const engine = solveForTarget(a.model, { seed: '1', iterations: 5000, targets: a.targets }, { cell: c, confidence: 0.8, path: 'activities.A1.routing.proceed', bounds: [0, 1] });
    expect(await analysis.locator('.solve-answer').getAttribute('data-found')).toBe(String(engine.found));
    const text = (await sentence.textContent())!;
    expect(text.toLowerCase()).toContain('the mobilisation rate (a1)');
    expect(text).toContain('80% chance of 130 new growth companies (A1–E2), total');
    await analysis.screenshot({ path: '/tmp/solve.png' });
  });

  it('ranks the inputs that drive growth companies in a tornado, with progress and a way to cancel', async () => {
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'What drives it' }).click();
    const t0 = Date.now();
    await analysis.getByRole('button', { name: 'Find the drivers' }).click();
    await analysis.getByRole('button', { name: 'Cancel' }).waitFor();
    await analysis.locator('.tornado-row').first().waitFor({ timeout: 110_000 });
    console.log(`sensitivity (5,000 iterations per swing run): ${Date.now() - t0} ms`);
    const uncertain = load('baseline').model.inputs.filter((x) => x.dist.type !== 'fixed').length;
    expect(await analysis.locator('.tornado-row').count()).toBe(Math.min(12, uncertain));
    // The strongest driver of growth companies in the baseline is the growth rate after B (the largest growth activity).
    expect(await analysis.locator('.tornado-row').first().getAttribute('data-path')).toBe('activities.B.growthProbability');
    await analysis.getByRole('button', { name: `Show all ${uncertain} inputs` }).click();
    expect(await analysis.locator('.tornado-row').count()).toBe(uncertain);
    await analysis.screenshot({ path: '/tmp/drivers.png' });

    // Cancel a second run: the worker is terminated, the last tornado stays, the button is back.
    await analysis.getByRole('button', { name: 'Find the drivers' }).click();
    await analysis.getByRole('button', { name: 'Cancel' }).click();
    await analysis.getByText('Cancelled.').waitFor({ timeout: 2000 });
    expect(await analysis.getByRole('button', { name: 'Find the drivers' }).isEnabled()).toBe(true);
    expect(await analysis.locator('.tornado-row').count()).toBe(uncertain);
  });

  it('runs until precise and plots the running estimates', async () => {
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'Precision' }).click();
    const t0 = Date.now();
    await analysis.getByRole('button', { name: 'Run until precise' }).click();
    const result = analysis.locator('.precision-result');
    await result.waitFor({ timeout: 110_000 });
    console.log(`precision run: ${Date.now() - t0} ms, ${await result.getAttribute('data-iterations')} iterations, precise ${await result.getAttribute('data-precise')}`);
    await analysis.locator('.convergence canvas').waitFor();
    expect(await result.textContent()).toMatch(
      /Precise after [\d,]+ iterations: the largest error is [\d.]+ ?% of the margin allowed\.|Not precise after [\d,]+ iterations: the largest error is [\d.]+ times the margin allowed\./,
    );
    // The legend names the series; a colon appears only with a value under the pointer.
    const legend = await analysis.locator('.convergence .u-legend').evaluate((el) => ({
      text: el.textContent,
      colons: [...el.querySelectorAll('th')].map((th) => getComputedStyle(th, '::after').content),
    }));
    expect(legend.text).toContain('Mean');
    expect(legend.colons.every((c) => c === 'none' || c === 'normal' || c === '""')).toBe(true);
    await analysis.screenshot({ path: '/tmp/precision.png' });
  });
});
