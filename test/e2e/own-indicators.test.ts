import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { bytesOf, startAppSession, type AppSession } from './harness';

let session: AppSession;
let app: AppSession['app'];
let page: Page;

beforeAll(async () => {
  session = await startAppSession({ locale: 'en-GB', height: 1100 });
  ({ app, page } = session);
});

afterAll(() => session?.close());

/** The baseline as the planner makes it below: DKK 2,000,000 of fixed costs in period 1, RCO04 over B, C and D, and a cost per job. */
const planned = () => {
  const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8'));
  doc.budget = { fixedCostsDkk: { period1: 2_000_000 } };
  doc.indicators = [
    { id: 'RCO04', label: { da: 'Virksomheder med ikke-finansiel støtte', en: 'Enterprises with non-financial support' }, code: 'RCO04', rule: { kind: 'companies', activities: ['B', 'C', 'D'], subsetOf: 'supportedCompanies' } },
    { id: 'costPerJob', label: { da: 'Omkostning pr. nyt job', en: 'Cost per new job' }, rule: { kind: 'ratio', numerator: 'costDkk', denominator: 'newJobsFte' } },
  ];
  const p = validateScenario(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.value;
};

describe('the programme’s own indicators in Chromium', () => {
  it('RCO04 and a cost per job added in the editor are forecast as the engine forecasts them, shown in the table and read back from the Excel download', async () => {
    await page.goto(app.url);
    await page.locator('.forecast[data-iterations="20000"]').waitFor();
    await page.locator('#section-budget summary').click();
    await page.locator('#section-budget .budget-fixed input').first().fill('2,000,000');
    const own = page.locator('#section-indicators');
    await own.locator('summary').click();
    await own.locator('#add-indicator').selectOption('RCO04');
    await own.getByRole('button', { name: 'Add', exact: true }).click();
    const rco04 = own.locator('fieldset.own-indicator[data-indicator="RCO04"]');
    // Were B, C and D the programme's non-financial support, RCO04 would count those three.
    for (const a of ['E1', 'E2']) await rco04.locator('.activity-set label').filter({ hasText: new RegExp(`^${a} –`) }).getByRole('checkbox').uncheck();
    await own.locator('#add-indicator').selectOption('costPerJob');
    await own.getByRole('button', { name: 'Add', exact: true }).click();
    await own.locator('fieldset.own-indicator[data-indicator="costPerJob"]').waitFor();

    const v = planned();
    const seed = await page.locator('.forecast').getAttribute('data-seed');
    const engine = runForecast(v.model, { seed: seed!, iterations: 20_000, targets: v.targets });
    const expected = (id: string, h: string) => engine.cells[cellOf(engine.layout, id, h)].p50;
    const cell = (id: string, h: string) => page.locator(`.forecast[data-iterations="20000"] td[data-cell="${id}:${h}"]`).first();
    await cell('costPerJob', 'total').waitFor({ timeout: 60_000 });
    // Until the last edit's forecast is on screen, a cell may hold an earlier one's.
    await expect.poll(async () => Number(await cell('RCO04', 'projectTotal').getAttribute('data-median')), { timeout: 30_000 }).toBe(expected('RCO04', 'projectTotal'));
    await expect.poll(async () => Number(await cell('costPerJob', 'total').getAttribute('data-median')), { timeout: 30_000 }).toBe(expected('costPerJob', 'total'));
    expect(await page.locator('.forecast-table tr.group th').allTextContents()).toContain('The programme’s own indicators');
    // The application table reports RCO04 under its code.
    expect(await page.locator('[data-app-code="RCO04"]').textContent()).toBe('RCO04');
    expect(await page.locator('.assumptions-text p[data-paragraph="indicators"]').textContent()).toContain('RCO04 – Enterprises with non-financial support counts each company in B, C and D once');

    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Excel workbook', exact: true }).click()]);
    const sheets = await readXlsxFile(Buffer.from(await bytesOf(d)));
    const f = sheets.find((s) => s.sheet === 'Forecast')!.data;
    const head = f[0];
    const row = (id: string, h: string) => f.find((r) => r.at(-2) === id && r.at(-1) === h)!;
    expect(row('RCO04', 'projectTotal')[0]).toBe('Enterprises with non-financial support');
    expect(row('RCO04', 'projectTotal')[head.indexOf('Median')]).toBe(expected('RCO04', 'projectTotal'));
    expect(row('costPerJob', 'total')[0]).toBe('Cost per new job');
    expect(row('costPerJob', 'total')[head.indexOf('Median')]).toBe(expected('costPerJob', 'total'));
    const application = sheets.find((s) => s.sheet === 'Application')!.data;
    expect(application.some((r) => r.includes('RCO04'))).toBe(true);

    // Kept over a reload, as the planner left it.
    await page.reload();
    await page.locator('#section-indicators summary').click();
    await expect.poll(() => page.locator('#section-indicators fieldset.own-indicator').count()).toBe(2);
  });
});
