import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { HORIZONS, INDICATORS, cellIndex } from '../seed-layout';
import { startAppSession, watchForeignRequests, type AppSession } from './harness';

let session: AppSession;
let app: AppSession['app'];
let page: Page;
let foreign: string[];

const forecastOf = (n: number) => `.forecast[data-iterations="${n}"]`;

beforeAll(async () => {
  session = await startAppSession({ locale: 'da-DK', height: 1000 });
  ({ app, page } = session);
  foreign = watchForeignRequests(page, app.url.replace(/\/$/, ''));
});

afterAll(() => session?.close());

describe('the workbench in Chromium', () => {
  it('opens on the baseline and shows its forecast, in Danish', async () => {
    await page.goto(app.url);
    const cell = page.locator('td[data-cell="growthCompanies:total"]');
    await cell.waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Prognose for SMV-programmet');
    expect(Number(await cell.getAttribute('data-median'))).toBeGreaterThan(0);
    expect(await cell.locator('.median').textContent()).toMatch(/^\d+$/);
    await page.screenshot({ path: '/tmp/workbench.png' });
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'SME programme forecast' }).waitFor();
    await page.getByRole('rowheader', { name: 'New growth companies (A1–E2)' }).waitFor();
  });

  it('shows the forecast on the flow diagram and opens an activity’s assumptions from it', async () => {
    const a1 = page.locator('[data-testid="flow-mean-A1"]');
    await a1.waitFor();
    const shown = Number(await a1.textContent());
    const mean = Number(await page.locator('td[data-cell="participants.A1:total"]').getAttribute('title').then((t) => /Mean ([\d.,]+)/.exec(t!)![1].replace(/,/g, '')));
    expect(shown).toBe(Math.round(mean));
    expect(await page.locator('details#activity-E1').getAttribute('open')).toBeNull();
    await page.locator('[data-activity="E1"]').click();
    await page.locator('details#activity-E1[open]').waitFor();
  });

  it('gives the same medians as the engine in Node for the same seed', async () => {
    await page.locator(`${forecastOf(20_000)}[data-seed="1"]`).waitFor();
    const shown = await page.locator('td[data-cell]').evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell'), Number(td.getAttribute('data-median'))])));
    const parsed = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8')));
    if (!parsed.ok) throw new Error('baseline does not validate');
    const engine = runForecast(parsed.value.model, { seed: '1', iterations: 20_000, targets: parsed.value.targets });
    INDICATORS.forEach((ind, i) => HORIZONS.forEach((h, hi) => expect(shown[`${ind.id}:${h}`], `${ind.id}:${h}`).toBe(engine.cells[cellIndex(i, hi)].p50)));
  });

  it('runs 100 000 iterations to a new table', async () => {
    await page.getByRole('button', { name: '100,000', exact: true }).click();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
    await page.locator(forecastOf(100_000)).waitFor({ timeout: 60_000 });
    console.log(`100k iterations: ${Date.now() - t0} ms from Run to table`);
  });

  it('cancels a 1 000 000-iteration run within a second and stays usable', async () => {
    await page.getByRole('button', { name: '1,000,000', exact: true }).click();
    await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
    const bar = page.getByRole('progressbar');
    await page.waitForFunction(() => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) > 0);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(1_000_000);
    // Timed inside the page, from the click to the run's stop, so the test driver's latency does not count.
    const ms = await page.evaluate(() => new Promise<number>((done) => {
      const progress = document.querySelector('.progress')!;
      const t0 = performance.now();
      new MutationObserver(() => progress.getAttribute('data-status') === 'cancelled' && done(performance.now() - t0))
        .observe(progress, { attributes: true, attributeFilter: ['data-status'] });
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    }));
    console.log(`cancel: ${ms.toFixed(0)} ms from click to stopped`);
    expect(ms).toBeLessThan(200);
    await expect(bar.count()).resolves.toBe(0);
    await expect(page.locator(forecastOf(100_000)).count()).resolves.toBe(1);
    await page.getByRole('button', { name: '10,000', exact: true }).click();
    await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
    await page.locator(forecastOf(10_000)).waitFor();
  });

  it('re-forecasts soon after an edit, and marks the forecast out of date while the scenario is invalid', async () => {
    const cell = page.locator('td[data-cell="growthCompanies:total"]');
    const before = Number(await cell.getAttribute('data-median'));
    const directShareOfB = async () => Number(await page.getByTestId('flow-direct-B').getAttribute('data-share'));
    const directBefore = await directShareOfB();
    // Timed inside the page: from the keystroke to the table showing the new forecast.
    const ms = await page.evaluate(() => new Promise<number>((done) => {
      const td = () => document.querySelector('td[data-cell="growthCompanies:total"]')!;
      const old = td().getAttribute('data-median');
      const input = document.querySelector<HTMLInputElement>('#mobilisation')!;
      const t0 = performance.now();
      new MutationObserver((_, obs) => {
        if (td().getAttribute('data-median') !== old) {
          obs.disconnect();
          done(performance.now() - t0);
        }
      }).observe(document.querySelector('.results-pane')!, { subtree: true, attributes: true, childList: true });
      // Typed and entered (Enter or Tab, as a planner ends an entry).
      input.value = '40';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    console.log(`edit → quick re-forecast: ${ms.toFixed(0)} ms`);
    expect(Number(await cell.getAttribute('data-median'))).toBeLessThan(before);
    await page.locator(`${forecastOf(20_000)}`).waitFor();
    // Fewer mobilised, so more of B's seats are filled by direct recruitment, and the diagram says so.
    await expect.poll(directShareOfB).toBeGreaterThan(directBefore);
    await expect(page.getByTestId('flow-direct').textContent()).resolves.toMatch(/go to companies recruited directly into free seats/);

    await page.getByLabel('Companies per unit').first().fill('0');
    await page.getByLabel('Companies per unit').first().press('Tab');
    await page.getByRole('status').filter({ hasText: 'Out of date: A1: Companies per unit – must be above 0.' }).waitFor();
    await expect(page.getByTestId('run-blocked').textContent()).resolves.toBe('Run forecast is off until the assumptions are valid: A1: Companies per unit – must be above 0.');
    expect(await page.getByRole('button', { name: 'Run forecast', exact: true }).isDisabled()).toBe(true);
    await page.locator('.forecast-table.stale').waitFor();
    expect(Number(await cell.getAttribute('data-median'))).toBeLessThan(before);
    await page.getByLabel('Companies per unit').first().fill('10.8');
    await page.getByLabel('Companies per unit').first().press('Tab');
    await page.locator('.forecast-table:not(.stale)').waitFor();
  });

  it('says in the planner’s words, in English and in Danish, why a PERT interval near 100 % is refused and what to do (1366 × 768)', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const nbsp = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');
    const fill = '#field-activities-B-recruitment-fillRate';
    await page.locator('#activity-B > summary').click();
    await page.locator(fill).locator('xpath=ancestor::fieldset[1]').locator('.form-toggle input').first().check();
    await page.locator(`${fill}-p5`).fill('85');
    await page.locator(`${fill}-mode`).fill('95');
    await page.locator(`${fill}-p95`).fill('99');
    await page.locator(`${fill}-p95`).press('Tab');
    await expect.poll(() => page.locator(`${fill}-p95`).getAttribute('aria-invalid')).toBe('true');
    await page.locator(`${fill}-p95`).scrollIntoViewIfNeeded();
    expect(nbsp(await page.locator(`${fill}-p95-error`).textContent())).toBe(
      'a PERT distribution with 5th percentile 85 %, most likely 95 % and 95th percentile 99 % would go above 100 %; choose Beta, or lower the 95th percentile to at most 98.5 %',
    );
    expect(nbsp(await page.locator('.error-summary li').textContent())).toMatch(/^B: Seats filled: 95th percentile – a PERT distribution/);
    await page.screenshot({ path: '/tmp/validation-en.png' });
    await page.getByRole('button', { name: 'DA', exact: true }).click();
    await expect.poll(async () => nbsp(await page.locator(`${fill}-p95-error`).textContent())).toBe(
      'en PERT-fordeling med 5 %-fraktil 85 %, mest sandsynlig 95 % og 95 %-fraktil 99 % ville gå over 100 %; vælg Beta, eller sæt 95 %-fraktil til højst 98,5 %',
    );
    expect(nbsp(await page.locator('.error-summary li').textContent())).toMatch(/^B: Andel af pladser besat: 95 %-fraktil – en PERT-fordeling/);
    await page.screenshot({ path: '/tmp/validation-da.png' });
    // Beta, as the message suggests, takes the same interval.
    await page.locator(fill).selectOption('beta');
    await page.locator('.error-summary').waitFor({ state: 'detached' });
    await page.locator('.forecast-table:not(.stale)').waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('forecasts another scenario when the planner picks it in the library', async () => {
    await page.locator('.scenario-select', { hasText: 'Evidensbaserede rater' }).click();
    await page.locator('.forecast-meta', { hasText: 'Evidensbaserede rater' }).waitFor();
    await page.locator('.forecast-table:not(.stale)').waitFor();
  });

  it('lets a keyboard user skip the editor: the first Tab reaches a link to the run controls', async () => {
    await page.reload();
    await page.locator('.forecast-table').waitFor();
    await page.keyboard.press('Tab');
    const link = page.getByRole('link', { name: 'Skip to the run controls and the forecast' });
    await expect(link.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    expect(await link.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('run-panel');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('10,000');
    expect(await page.evaluate(() => location.hash)).toBe('');
  });

  it('made no request outside the app', () => {
    expect(foreign).toEqual([]);
  });
});
