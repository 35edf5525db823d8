import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildApp, launchChromium, serveStatic, watchForeignRequests, type Served } from './harness';

let outDir: string;
let host: Served;
let browser: Browser;

beforeAll(async () => {
  outDir = await buildApp();
  host = await serveStatic(outDir, '/intranet/planning/workbench/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('runs from a sub-folder of a plain static host, forecasting in its worker, with no other requests', async () => {
  const page = await browser.newPage();
  const foreign = watchForeignRequests(page, host.url);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.url}index.html`);
  await page.locator('.forecast[data-iterations="20000"] td[data-cell="growthCompanies:total"]').waitFor();
  expect(page.workers().length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
