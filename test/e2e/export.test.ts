import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { shareFragment } from '../../src/ui/export/share-link';
import { startAppSession, type AppSession } from './harness';

let session: AppSession;
let app: AppSession['app'];
let browser: Browser;
let page: Page;

const baselineText = readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8');
const CELL = 'growthCompanies:total';

async function bytesOf(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of (await d.createReadStream())) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.export-bar [role=toolbar]').getByRole('button', { name, exact: true }).click()]);
  return { file: d.suggestedFilename(), bytes: await bytesOf(d) };
}

beforeAll(async () => {
  session = await startAppSession({ locale: 'da-DK', height: 1100 });
  ({ app, browser, page } = session);
});

afterAll(() => session?.close());

describe('exporting the forecast in Chromium', () => {
  it('downloads the CSV with a BOM and Danish conventions, its numbers those of the table', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'DA', exact: true }).click();
    const td = page.locator(`.forecast[data-iterations="20000"] td[data-cell="${CELL}"]`);
    await td.waitFor();
    const median = Number(await td.getAttribute('data-median'));
    const { file, bytes } = await download('CSV');
    expect(file).toBe('baseline-forecast.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    const head = lines[0].split(';');
    expect(head.slice(0, 5)).toEqual(['indicator', 'label', 'unit', 'horizon', 'mean']);
    const row = lines.find((l) => l.startsWith('growthCompanies;') && l.split(';')[3] === 'total')!.split(';');
    expect(Number(row[head.indexOf('p50')].replace(',', '.'))).toBe(median);
    expect(lines.some((l) => /\d,\d/.test(l))).toBe(true);
  });

  it('downloads the raw per-iteration results with input paths and cell names', async () => {
    const { bytes } = await download('Rå resultater (CSV)');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(';')).toContain('activities.A1.routing.proceed');
    expect(lines[0].split(';')).toContain(CELL);
    expect(lines.length).toBeGreaterThan(1000);
  });

  it('downloads an Excel workbook that reads back, with the forecast, assumptions, checks and run', async () => {
    const t0 = Date.now();
    const { file, bytes } = await download('Excel-projektmappe');
    console.log(`xlsx: ${bytes.length} bytes, ${Date.now() - t0} ms from click to file`);
    expect(file).toBe('baseline-forecast.xlsx');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Prognose', 'Antagelser', 'Kontroller', 'Kørsel']);
    const [f, a, , run] = sheets.map((s) => s.data);
    const head = f[0];
    const median = Number(await page.locator(`td[data-cell="${CELL}"]`).first().getAttribute('data-median'));
    const row = f.find((r) => r[0] === 'growthCompanies' && r[3] === 'total');
    expect(row?.[head.indexOf('p50')]).toBe(median);
    expect(a[1][0]).toBeTypeOf('string');
    expect(a.length).toBeGreaterThan(10);
    expect(run[2]).toContain('1');
    expect(run[3]).toContain(20000);
  });

  it('shows the application figures and the assumptions in words, and looks right', async () => {
    await page.locator('.application-table td[data-app-cell="growthCompanies:period1"]').waitFor();
    expect(await page.locator('.assumptions-text p').count()).toBeGreaterThan(2);
    await page.locator('.export-bar').screenshot({ path: '/tmp/export-bar.png' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.export-bar [role=toolbar]').isVisible()).toBe(false);
    expect(await page.locator('.run-meta').isVisible()).toBe(true);
    expect(await page.locator('svg.flow').first().isVisible()).toBe(true);
    expect(await page.locator('.uplot').first().isVisible()).toBe(true);
    expect(await page.locator('.checks').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/export-print.png' });
    const pdf = await page.pdf({ format: 'A4' });
    console.log(`print report: ${pdf.length} bytes of PDF`);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('copying in Chromium', () => {
  it('copies the forecast table as an HTML table and as tab-separated values, with the table’s figures', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await page.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Kopiér tabel', exact: true }).click();
    await page.locator('.export-message').filter({ hasText: 'Kopieret.' }).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item.types, html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.html).toMatch(/<table[^>]*>.*<thead><tr><th>Indikator<\/th>/s);
    const tsv = copied.text.trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(tsv[0]).toEqual(['Indikator', 'Horisont', 'Median', 'P10', 'P90', 'Middel', 'Mål', 'P(mål nås) %']);
    const median = Number(await page.locator(`td[data-cell="${CELL}"]`).first().getAttribute('data-median'));
    const row = tsv.find((r) => r[0] === 'Nye vækstvirksomheder (A1–E2)' && r[1] === 'I alt')!;
    expect(Number(row[2].replace(',', '.'))).toBe(Math.round(median * 100) / 100);
  });

  it('copies a share link that opens the scenario in a fresh page', async () => {
    await page.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Kopiér delingslink', exact: true }).click();
    await page.locator('.export-message').filter({ hasText: 'Delingslink kopieret' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    console.log(`share link of the baseline: ${link.length} characters`);
    expect(link).toMatch(/#s=1\.[0-9a-f]{8}\./);
    const context = await browser.newContext({ locale: 'da-DK' });
    const fresh = await context.newPage();
    await fresh.goto(link);
    await fresh.getByText('blev tilføjet som et nyt scenarie').waitFor();
    expect(await fresh.locator('.scenario-list .scenario-name').allTextContents()).toContain('Ansøgningen som skrevet (baseline)');
    await context.close();
  });
});

describe('share links in Chromium', () => {
  it('opens a share link in a fresh page and adds the scenario as a new one, leaving the others', async () => {
    const doc = { ...JSON.parse(baselineText), name: 'Delt <b>scenarie</b>' };
    const context = await browser.newContext({ locale: 'en-GB' });
    const fresh = await context.newPage();
    await fresh.goto(`${app.url}${shareFragment(JSON.stringify(doc))}`);
    await fresh.getByText('was added as a new scenario').waitFor();
    const names = await fresh.locator('.scenario-list .scenario-name').allTextContents();
    expect(names).toContain('Delt <b>scenarie</b>');
    expect(names).toContain('Ansøgningen som skrevet (baseline)');
    expect(await fresh.locator('.scenario-list b').count()).toBe(0);
    expect(await fresh.evaluate(() => location.hash)).toBe('');
    await context.close();
  });

  it('refuses a tampered link with a clear error and changes nothing', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const fresh = await context.newPage();
    await fresh.goto(app.url);
    const rows = fresh.locator('.scenario-list .scenario-row');
    await rows.first().waitFor();
    const before = await rows.count();
    const f = shareFragment(baselineText);
    await fresh.evaluate((h) => (location.hash = h), f.slice(0, f.length - 9));
    await fresh.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
    expect(await rows.count()).toBe(before);
    await context.close();
  });
});
