import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bytesOf, startAppSession, type AppSession } from './harness';

let session: AppSession;
let app: AppSession['app'];
let page: Page;

beforeAll(async () => {
  session = await startAppSession({ locale: 'en-GB', height: 1300 });
  ({ app, page } = session);
});

afterAll(() => session?.close());

/** Whether the stored baseline document in IndexedDB holds the rate actual (the store saves after a short delay). */
const storedSuccesses = () =>
  new Promise<number | null>((resolve) => {
    const open = indexedDB.open('sme-forecast-workbench');
    open.onsuccess = () => {
      const req = open.result.transaction('scenarios').objectStore('scenarios').getAll();
      req.onsuccess = () => {
        const docs = (req.result as { doc: { id?: string; actuals?: { rates?: { successes?: number }[] } } }[]).map((r) => r.doc);
        resolve(docs.find((d) => d.id === 'baseline')?.actuals?.rates?.[0]?.successes ?? null);
      };
    };
    open.onerror = () => resolve(null);
  });

describe('monitoring in Chromium', () => {
  it('conditions the baseline on 26 of 60 mobilised, shows the updated rate and the effective sample size, and keeps the actual after a reload', async () => {
    await page.goto(app.url);
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'Actuals' }).click();
    await analysis.getByRole('button', { name: 'Add an observed rate' }).click();
    expect(await analysis.locator('#field-actuals-rates-0-input').inputValue()).toBe('activities.A1.routing.proceed');
    await analysis.locator('#field-actuals-rates-0-successes').fill('26');
    await analysis.locator('#field-actuals-rates-0-trials').fill('60');
    await analysis.locator('#field-actuals-rates-0-note').fill('26 of 60 mobilised');

    const run = analysis.getByRole('button', { name: 'Condition on actuals' });
    await expect.poll(() => run.isEnabled()).toBe(true);
    const t0 = Date.now();
    await run.click();
    const moved = analysis.locator('.conditioned tr[data-path="activities.A1.routing.proceed"]');
    await moved.waitFor({ timeout: 90_000 });
    console.log(`condition on 26 of 60 (2 × 20,000 iterations): ${Date.now() - t0} ms from click to table`);

    const updated = Number(await moved.getAttribute('data-updated-mean'));
    expect(updated).toBeGreaterThan(0.4);
    expect(updated).toBeLessThan(0.5);
    const shown = (await moved.locator('.updated-mean').textContent())!;
    expect(shown).toMatch(/^4\d(\.\d)?%$/);
    console.log(`mobilisation rate: ${(await moved.textContent())!.trim()}`);
    const ess = analysis.locator('.conditioned .ess');
    expect(await ess.textContent()).toMatch(/^Effective sample size: [\d,]+ of 20,000 iterations$/);
    console.log((await ess.textContent())!.trim());
    expect(await analysis.locator('.conditioned tr[data-cell="growthCompanies:total"] td.p-after').count()).toBe(1);
    await analysis.screenshot({ path: '/tmp/monitoring.png' });

    await page.waitForFunction(storedSuccesses, undefined, { polling: 100, timeout: 10_000 });
    expect(await page.evaluate(storedSuccesses)).toBe(26);
    await page.reload();
    await analysis.getByRole('tab', { name: 'Actuals' }).click();
    await analysis.locator('#field-actuals-rates-0-successes').waitFor();
    expect(await analysis.locator('#field-actuals-rates-0-successes').inputValue()).toBe('26');
    expect(await analysis.locator('#field-actuals-rates-0-trials').inputValue()).toBe('60');
    expect(await analysis.locator('#field-actuals-rates-0-note').inputValue()).toBe('26 of 60 mobilised');
  });

  it('shows the forecast with actuals in the table, the application table and the exports, labelled with their date and effective sample size', async () => {
    const analysis = page.locator('section.analysis');
    await analysis.locator('#field-actuals-asOf').fill('2026-06-30');
    await analysis.locator('#field-actuals-asOf').dispatchEvent('change');
    const plain = page.locator('.forecast:not([data-actuals])');
    await plain.waitFor();
    const cell = 'td[data-cell="growthCompanies:total"]';
    const before = Number(await plain.locator(cell).getAttribute('data-median'));
    const appCell = '.application-table td[data-app-cell="growthCompanies:after0to2"]';
    const appBefore = await page.locator(appCell).textContent();

    await page.getByLabel(/^Forecast with actuals/).check();
    const withActuals = page.locator('.forecast[data-actuals="with"]');
    await withActuals.waitFor({ timeout: 60_000 });
    const label = (await page.getByTestId('actuals-label').textContent())!;
    expect(label).toMatch(/^WITH ACTUALS: this forecast is updated with the actuals as of 30 June 2026 \(1 rate\); effective sample size [\d,]+ of 20,000 iterations\.$/);
    // 26 of 60 mobilised is below the assumed half: fewer growth companies.
    expect(Number(await withActuals.locator(cell).getAttribute('data-median'))).toBeLessThanOrEqual(before);
    expect(await page.locator(appCell).textContent()).not.toBe(appBefore);
    expect(await page.locator('.application').textContent()).toContain('WITH ACTUALS');

    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'CSV', exact: true }).click()]);
    expect(d.suggestedFilename()).toBe('ansoegningen-som-skrevet-baseline-forecast-with-actuals.csv');
    const text = (await bytesOf(d)).toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^"?WITH ACTUALS: this forecast is updated with the actuals as of 30 June 2026/);

    await page.getByLabel(/^Forecast with actuals/).uncheck();
    await plain.waitFor();
    expect(Number(await plain.locator(cell).getAttribute('data-median'))).toBe(before);
  });
});
