import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bytesOf, startAppSession, type AppSession } from './harness';

/**
 * What the planner typed is what is forecast, or the page says it is not: typed key by key
 * as a planner types, left with Tab, reloaded, and read back from the screen and the exports.
 */
let session: AppSession;
let page: Page;

const CELL = 'td[data-cell="growthCompanies:total"]';
const nbsp = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

beforeAll(async () => {
  session = await startAppSession({ locale: 'en-GB', height: 1000 });
  page = session.page;
});

afterAll(() => session?.close());

/** Selects the field's text and types `text` a key at a time, as fast as a quick typist (well inside the pause that makes an entry), then leaves with Tab. */
async function typeInto(selector: string, text: string) {
  const field = page.locator(selector);
  await field.click();
  await field.press('Control+A');
  await field.pressSequentially(text, { delay: 120 });
  await field.press('Tab');
}

async function download(name: string): Promise<{ file: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.export-bar [role=toolbar]').getByRole('button', { name, exact: true }).click()]);
  return { file: d.suggestedFilename(), text: (await bytesOf(d)).toString('utf8') };
}

describe('a refused entry in Chromium', () => {
  it('is never forecast or saved on the way: the draft is invalid, the forecast says which field, Run and the exports say why, a reload shows what was typed', async () => {
    await page.goto(session.app.url);
    await page.locator('.forecast[data-iterations="20000"]').waitFor();
    const median = await page.locator(CELL).getAttribute('data-median');
    // Count every forecast the page shows from here on.
    await page.evaluate(() => {
      const w = window as { shown?: number };
      w.shown = 0;
      new MutationObserver(() => void (w.shown! += 1)).observe(document.querySelector('.results-pane')!, { subtree: true, attributes: true, attributeFilter: ['data-median'] });
    });

    await typeInto('#mobilisation', '150');
    const input = page.locator('#mobilisation');
    expect(await input.inputValue()).toBe('150');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(nbsp(await page.locator('#mobilisation-error').textContent())).toBe('must be at most 100 %');
    const stale = page.locator('.stale-note');
    await stale.waitFor();
    expect(nbsp(await stale.textContent())).toBe(
      'Out of date: Mobilisation – 150 % is above 100 %, the highest possible value. This is the forecast of the scenario’s last valid version; it cannot be forecast until that is put right.',
    );
    const run = page.getByRole('button', { name: 'Run forecast', exact: true });
    expect(await run.isDisabled()).toBe(true);
    expect(nbsp(await page.getByTestId('run-blocked').textContent())).toBe('Run forecast is off until the assumptions are valid: Mobilisation – 150 % is above 100 %, the highest possible value.');
    // "1" and "15" were never forecast: the table still shows the 50 % forecast, and nothing else was drawn.
    await page.waitForTimeout(1000);
    expect(await page.locator(CELL).getAttribute('data-median')).toBe(median);
    expect(await page.evaluate(() => (window as { shown?: number }).shown)).toBe(0);
    expect(await page.locator('.forecast-table.stale').count()).toBe(1);

    // Every export says it first, and the assumptions in words are those of the last valid version (50 %), said so.
    const csv = await download('CSV');
    expect(csv.file).toMatch(/-out-of-date\.csv$/);
    expect(nbsp(csv.text)).toContain('OUT OF DATE: this forecast does not match the current assumptions, which have an error: Mobilisation – 150 % is above 100 %, the highest possible value.');
    const words = nbsp(await page.locator('.assumptions-text').textContent());
    expect(words).toContain('OUT OF DATE');
    expect(words).toMatch(/about half of the companies \(90 % interval 44–56 %\) mobilise/);
    expect(words).not.toMatch(/\b15 %/);

    // After a reload: the field shows what was typed, with its error, and the draft is still invalid.
    await page.reload();
    await page.locator('.forecast').waitFor();
    expect(await page.locator('#mobilisation').inputValue()).toBe('150');
    expect(nbsp(await page.locator('#mobilisation-error').textContent())).toBe('must be at most 100 %');
    await page.locator('.stale-note').filter({ hasText: 'Mobilisation – 150 % is above 100 %' }).waitFor();
    expect(await page.getByRole('button', { name: 'Run forecast', exact: true }).isDisabled()).toBe(true);

    // Put right, it is forecast at once.
    await typeInto('#mobilisation', '45');
    await page.locator('.forecast-table:not(.stale)').waitFor();
    expect(await page.locator('.stale-note').count()).toBe(0);
    expect(Number(await page.locator(CELL).getAttribute('data-median'))).toBeLessThanOrEqual(Number(median));
  });

  it('a period length typed as 25 is 25 with its error, not the 2 typed on the way', async () => {
    const before = await page.locator(CELL).getAttribute('data-median');
    await page.locator('#section-periods > summary').click();
    await typeInto('#field-periods-period1-years', '25');
    expect(await page.locator('#field-periods-period1-years').inputValue()).toBe('25');
    expect(nbsp(await page.locator('#field-periods-period1-years-error').textContent())).toBe('must be at most 20');
    await page.locator('.stale-note').filter({ hasText: 'Length of period 1 – must be at most 20' }).waitFor();
    await page.waitForTimeout(800);
    expect(await page.locator(CELL).getAttribute('data-median')).toBe(before);
    await typeInto('#field-periods-period1-years', '1.5');
    await page.locator('.forecast-table:not(.stale)').waitFor();
  });
});
