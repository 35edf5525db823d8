import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateScenario } from '../../src/scenario/parse';
import { sweepInput } from '../../src/engine/analysis/sweep';
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

const baseline = () => {
  const p = validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8')));
  if (!p.ok) throw new Error('baseline does not validate');
  return p.value;
};

describe('sweeping an input in Chromium', () => {
  it('sweeps mobilisation 30–70 % in the analysis worker: charts, and tables with the engine’s medians and P(target), and a CSV', async () => {
    await page.goto(app.url);
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'Sweep an input' }).click();
    const panel = analysis.locator('.sweep');
    expect(await panel.getByRole('textbox', { name: 'From (%)' }).inputValue()).toBe('30');
    expect(await panel.getByRole('textbox', { name: 'To (%)' }).inputValue()).toBe('70');
    await panel.getByRole('textbox', { name: 'Iterations' }).fill('5,000');
    const t0 = Date.now();
    await panel.getByRole('button', { name: 'Run sweep' }).click();
    const answer = panel.getByTestId('sweep-answer');
    await answer.waitFor({ timeout: 90_000 });
    console.log(`sweep of 9 × 5,000 iterations: ${Date.now() - t0} ms from click to tables`);

    const v = baseline();
    const values = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
    const growth = cellOf(v.layout, 'growthCompanies', 'total');
    const engine = sweepInput(v.model, { seed: '1', iterations: 5_000, targets: v.targets }, { path: 'activities.A1.routing.proceed', values, mode: 'median', bounds: [0, 1], cells: [growth] });
    const section = answer.locator('[data-cell="growthCompanies:total"]');
    expect(await section.locator('canvas').count()).toBeGreaterThan(0);
    const rows = section.locator('table.sweep-table tbody tr');
    expect(await rows.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      const p = engine.points[i];
      if (!p.ok) throw new Error('reachable');
      expect(Number(await rows.nth(i).getAttribute('data-value'))).toBe(values[i]);
      expect(Number(await rows.nth(i).locator('[data-median]').getAttribute('data-median'))).toBe(p.cells[0].p50);
      expect(Number(await rows.nth(i).locator('[data-p]').getAttribute('data-p'))).toBe(p.cells[0].pMeetsTarget);
    }
    expect(await rows.first().locator('th').textContent()).toBe('30%');
    await answer.locator('[data-cell="allTargets"]').waitFor();
    await answer.screenshot({ path: '/tmp/sweep.png' });

    const [d] = await Promise.all([page.waitForEvent('download'), answer.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(d.suggestedFilename()).toBe('baseline-sweep.csv');
    const csv = (await bytesOf(d)).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('input,mode,value,reachable,indicator,label,horizon,mean,p10,p50,p90,target,pMeetsTarget,pSe,iterations,seed');
    const growthRows = csv.filter((r) => r.split(',')[4] === 'growthCompanies');
    // The label (quoted: it holds a comma) sits before the figures: p50 is the seventh field from the end.
    expect(growthRows.map((r) => Number(r.split(',').at(-7)))).toEqual(engine.points.map((p) => (p.ok ? p.cells[0].p50 : NaN)));
  });

  it('shows its progress while it runs, and stops when cancelled', async () => {
    await page.goto(app.url);
    const analysis = page.locator('section.analysis');
    await analysis.getByRole('tab', { name: 'Sweep an input' }).click();
    const panel = analysis.locator('.sweep');
    await panel.getByRole('textbox', { name: 'Iterations' }).fill('200,000');
    await panel.getByRole('textbox', { name: 'Values' }).fill('41');
    await panel.getByRole('button', { name: 'Run sweep' }).click();
    const bar = panel.getByRole('progressbar');
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(41 * 200_000);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText('Cancelled.').waitFor();
    expect(await panel.getByTestId('sweep-answer').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Run sweep' }).isEnabled()).toBe(true);
  });
});
