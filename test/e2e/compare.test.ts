import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validateScenario } from '../../src/scenario/parse';
import { comparePaired } from '../../src/engine/analysis/paired';
import { HORIZONS, cellIndex, indicatorIndex } from '../../src/engine/indicators';
import { launchChromium, serveBuiltApp } from './harness';

let app: Awaited<ReturnType<typeof serveBuiltApp>>;
let browser: Browser;
let page: Page;

const load = (f: string) => {
  const p = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${f}.json`), 'utf8')));
  if (!p.ok) throw new Error(`${f} does not validate`);
  return p.value;
};

beforeAll(async () => {
  app = await serveBuiltApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1100 }, locale: 'en-GB' });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

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
    expect(Number(await cell.getAttribute('data-p-greater'))).toBe(engine.differences[1]![c].pGreater);
    expect(Number(await analysis.locator('td.diff[data-cell="growthCompanies:total"]').getAttribute('data-mean'))).toBeCloseTo(engine.differences[1]![c].mean, 9);

    await analysis.getByText('Assumptions that differ from', { exact: false }).waitFor();
    await analysis.screenshot({ path: '/tmp/compare.png' });
  });
});
