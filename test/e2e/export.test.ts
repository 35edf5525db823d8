import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { shareFragment } from '../../src/ui/export/share-link';
import { bytesOf, startAppSession, type AppSession } from './harness';

let session: AppSession;
let app: AppSession['app'];
let browser: Browser;
let page: Page;

const baselineText = readFileSync(resolve(import.meta.dirname, '../../scenarios/baseline.json'), 'utf8');
const CELL = 'growthCompanies:total';


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
    expect(file).toBe('ansoegningen-som-skrevet-baseline-forecast.csv');
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

  it('downloads an Excel workbook that reads back, with the forecast, assumptions, activities, checks and run', async () => {
    const t0 = Date.now();
    const { file, bytes } = await download('Excel-projektmappe');
    console.log(`xlsx: ${bytes.length} bytes, ${Date.now() - t0} ms from click to file`);
    expect(file).toBe('ansoegningen-som-skrevet-baseline-forecast.xlsx');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Ansøgning', 'Prognose', 'Antagelser', 'Aktiviteter', 'Kontroller', 'Kørsel']);
    const [app, f, a, , , run] = sheets.map((s) => s.data);
    // The application's layout, at the level chosen under "Figures for the application": the same figures as the table there.
    expect(app[0].slice(0, 4)).toEqual(['Kode', 'Indikator', 'Enhed', '1. periode']);
    const supported = app.find((r) => r[1] === 'Virksomheder der modtager støtte (A1–E2)')!;
    expect(supported[0]).toBe('CO01');
    const shown = await page.locator('.application-table td[data-app-cell="supportedCompanies:period1"]').textContent();
    expect(shown).toContain(`ca. ${supported[3]}`);
    expect(supported[4]).toBe(45);
    expect(app.some((r) => String(r[1]).startsWith('Alle mål nås på én gang'))).toBe(true);
    // The same joint probability the page shows under the forecast table.
    const joint = await page.locator('[data-testid="joint"] li').allTextContents();
    expect(joint[0]).toMatch(/^Alle mål nås på én gang: 0,0\u00a0% \(i ingen af 20\.000 iterationer; \d+ mål\)$/);
    expect(app.find((r) => String(r[1]).startsWith('Alle mål nås på én gang'))![1]).toBe(joint[0]);
    const head = f[0];
    const median = Number(await page.locator(`td[data-cell="${CELL}"]`).first().getAttribute('data-median'));
    const row = f.find((r) => r.at(-2) === 'growthCompanies' && r.at(-1) === 'total');
    expect(row?.slice(0, 3)).toEqual(['Nye vækstvirksomheder (A1–E2)', 'I alt', 'virksomheder']);
    expect(row?.[head.indexOf('Median')]).toBe(median);
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
    expect(tsv[0]).toEqual(['Ansøgningen som skrevet (baseline) — 20.000 iterationer, frø 1']);
    expect(tsv[1]).toEqual(['Indikator', 'Horisont', 'Median', 'P10', 'P90', 'Middel', 'Mål', 'P(mål nås) %']);
    const median = Number(await page.locator(`td[data-cell="${CELL}"]`).first().getAttribute('data-median'));
    const row = tsv.find((r) => r[0] === 'Nye vækstvirksomheder (A1–E2)' && r[1] === 'I alt')!;
    expect(Number(row[2].replace(',', '.'))).toBe(Math.round(median * 100) / 100);
  });

  it('copies a share link that opens the scenario in a fresh page', async () => {
    await page.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Kopiér delingslink', exact: true }).click();
    await page.locator('.export-message').filter({ hasText: 'Delingslink kopieret' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fragment = new URL(link).hash;
    console.log(`share link of the baseline: ${link.length} characters, its fragment ${fragment.length}`);
    expect(link).toMatch(/#s=2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(6_000);
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
    await fresh.goto(`${app.url}${await shareFragment(JSON.stringify(doc))}`);
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
    const f = await shareFragment(baselineText);
    await fresh.evaluate((h) => (location.hash = h), f.slice(0, f.length - 9));
    await fresh.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
    expect(await rows.count()).toBe(before);
    await context.close();
  });

  it('opens a link of the first format, written before links were deflated', async () => {
    const link = readFileSync(resolve(import.meta.dirname, '../fixtures/v1/baseline.share-link.txt'), 'utf8').trim();
    expect(link.startsWith('#s=1.')).toBe(true);
    const context = await browser.newContext({ locale: 'en-GB' });
    const fresh = await context.newPage();
    await fresh.goto(`${app.url}${link}`);
    await fresh.getByText('“Ansøgningen som skrevet (baseline) (shared)” was added as a new scenario').waitFor();
    expect(await fresh.locator('.scenario-list .scenario-name').allTextContents()).toContain('Ansøgningen som skrevet (baseline)');
    await context.close();
  });

  it('refuses a deflate bomb at once, saying why, and changes nothing', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const fresh = await context.newPage();
    await fresh.goto(app.url);
    const rows = fresh.locator('.scenario-list .scenario-row');
    await rows.first().waitFor();
    const before = await rows.count();
    // 50 MB of zeros, about 68,000 characters of link.
    const bomb = `#s=2.00000000.${deflateRawSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 }).toString('base64url')}`;
    const took = await fresh.evaluate(async (h) => {
      const t0 = performance.now();
      location.hash = h;
      while (!document.querySelector('[role=alert]')) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    }, bomb);
    console.log(`deflate bomb refused in Chromium after ${Math.round(took)} ms`);
    expect(await fresh.getByRole('alert').textContent()).toContain('The share link could not be opened: the scenario in it would take more than 2 MB unpacked. Nothing was changed.');
    expect(took).toBeLessThan(2_000);
    expect(await rows.count()).toBe(before);
    await context.close();
  });
});

describe('a scenario with errors in Chromium: shared, and its out-of-date forecast exported', () => {
  let context: BrowserContext;
  let p: Page;
  const A1_PERIOD1 = '#field-activities-A1-units-period1';
  const save = async (name: string) => {
    const [d] = await Promise.all([p.waitForEvent('download'), p.locator('.export-bar [role=toolbar]').getByRole('button', { name, exact: true }).click()]);
    return { file: d.suggestedFilename(), text: (await bytesOf(d)).toString('utf8').replace(/^\uFEFF/, '') };
  };

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    p = await context.newPage();
    p.on('pageerror', (e) => console.log('pageerror:', e.message));
    await p.goto(app.url);
    await p.locator('.forecast[data-iterations="20000"]').waitFor();
  });

  afterAll(() => context?.close());

  it('says beside the iteration chips that the forecast shown is the 20,000-iteration one, and its exports say so too', async () => {
    expect(await p.getByRole('button', { name: '100,000', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await p.getByTestId('run-shown').textContent()).toBe('Forecast shown: 20,000 iterations, seed 1. “Run forecast” computes 100,000 iterations, seed 1.');
    const md = await save('Markdown');
    expect(md.file).toBe('ansoegningen-som-skrevet-baseline-forecast.md');
    expect(md.text.split('\n')[0]).toBe('**Ansøgningen som skrevet (baseline)** — 20,000 iterations, seed 1');
    const csv = await save('CSV');
    expect(csv.text.split('\r\n')[1]).toMatch(/,20000,1$/);
  });

  it('marks every export of the forecast first while the assumptions have an error, and names the files so', async () => {
    await p.locator(A1_PERIOD1).fill('-1');
    await p.locator(A1_PERIOD1).press('Tab');
    await p.locator('.forecast-table.stale').waitFor();
    const mark = 'OUT OF DATE: this forecast does not match the current assumptions, which have an error: A1: Units per period: Period 1 – must be at least 0. This is the forecast of “Ansøgningen som skrevet (baseline)” as its assumptions were when last valid.';
    await p.locator('.export-stale').first().waitFor();

    const md = await save('Markdown');
    expect(md.file).toBe('ansoegningen-som-skrevet-baseline-forecast-out-of-date.md');
    expect(md.text.split('\n').slice(0, 3)).toEqual([`> **${mark}**`, '', '**Ansøgningen som skrevet (baseline)** — 20,000 iterations, seed 1']);
    const csv = await save('CSV');
    expect(csv.file).toBe('ansoegningen-som-skrevet-baseline-forecast-out-of-date.csv');
    expect(csv.text.split('\r\n')[0]).toBe(`"${mark}"`);
    expect(csv.text.split('\r\n')[1]).toMatch(/^indicator,label,/);

    await p.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Copy table', exact: true }).click();
    await p.locator('.export-message').filter({ hasText: 'Copied, marked out of date.' }).waitFor();
    const copied = await p.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(copied.text.split('\r\n').slice(0, 2)).toEqual([mark, 'Ansøgningen som skrevet (baseline) — 20,000 iterations, seed 1']);
    expect(copied.html.startsWith(`<p>${mark.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</p>`)).toBe(true);
    expect(await p.locator('.application-stale').textContent()).toBe(mark);

    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('.print-stale-top').isVisible()).toBe(true);
    expect(await p.locator('.print-stale-top').textContent()).toBe(mark);
    await p.emulateMedia({ media: 'screen' });
  });

  it('copies a share link of the scenario with its error, saying so; opening it adds the scenario as a draft with the error, told beside the list', async () => {
    await p.locator('.export-bar [role=toolbar]').getByRole('button', { name: 'Copy share link', exact: true }).click();
    await p.locator('.export-message').filter({ hasText: 'The scenario has 1 field with errors: opening the link adds it as a draft' }).waitFor();
    const link = await p.evaluate(() => navigator.clipboard.readText());

    const other = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
    const q = await other.newPage();
    await q.goto(link);
    const notice = q.getByRole('status').filter({ hasText: 'was added as a draft' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe('The shared scenario “Ansøgningen som skrevet (baseline) (shared)” was added as a draft: it has 1 field with errors, listed under Assumptions, to fix before it can be forecast.');
    // Where the planner looks: in the first screenful, beside the list.
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await q.locator('.scenario-list .scenario-name').allTextContents()).toEqual(['Ansøgningen som skrevet (baseline)', 'Evidensbaserede rater', 'Ansøgningen som skrevet (baseline) (shared)']);
    expect(await q.locator('.scenario-row.current .scenario-name').textContent()).toBe('Ansøgningen som skrevet (baseline) (shared)');
    expect(await q.locator(A1_PERIOD1).inputValue()).toBe('-1');
    expect(await q.locator(A1_PERIOD1).getAttribute('aria-invalid')).toBe('true');
    await q.locator('.error-summary').waitFor();
    expect(await q.getByRole('alert').filter({ hasText: 'could not be opened' }).count()).toBe(0);
    expect(await q.evaluate(() => location.hash)).toBe('');
    // The draft is kept: a reload still has it.
    await q.reload();
    await q.locator('.scenario-row.current .scenario-name', { hasText: '(shared)' }).waitFor();
    expect(await q.locator(A1_PERIOD1).inputValue()).toBe('-1');
    await other.close();
  });

  it('exports without a mark once the error is fixed and the forecast is updated', async () => {
    await p.locator(A1_PERIOD1).fill('6');
    await p.locator(A1_PERIOD1).press('Tab');
    await p.locator('.forecast-table:not(.stale)').waitFor();
    expect(await p.locator('.export-stale').count()).toBe(0);
    const md = await save('Markdown');
    expect(md.file).toBe('ansoegningen-som-skrevet-baseline-forecast.md');
    expect(md.text.startsWith('**Ansøgningen som skrevet (baseline)** — 20,000 iterations, seed 1')).toBe(true);
  });
});
