import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveBuiltApp } from './harness';

let app: Awaited<ReturnType<typeof serveBuiltApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await serveBuiltApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(app.url);
  await page.locator('.scenario-row[aria-current="true"]').waitFor();
  return page;
}

/** Runs in the page: the stored object stores' keys, read with IndexedDB itself. */
const storedKeys = (page: Page) =>
  page.evaluate(() => new Promise<{ scenarios: string[]; unreadable: number; forecasts: string[] }>((done, fail) => {
    const open = indexedDB.open('sme-forecast-workbench');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['scenarios', 'unreadable', 'forecasts']);
      const keys = tx.objectStore('scenarios').getAllKeys();
      const count = tx.objectStore('unreadable').count();
      const forecasts = tx.objectStore('forecasts').getAllKeys();
      tx.oncomplete = () => (open.result.close(), done({ scenarios: keys.result.map(String), unreadable: count.result, forecasts: forecasts.result.map(String) }));
    };
  }));

describe('stored scenarios in Chromium', () => {
  it('opens despite a corrupted record, keeps the others and offers the broken one for download', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await openApp(context);
    await page.evaluate(() => new Promise<void>((done, fail) => {
      const open = indexedDB.open('sme-forecast-workbench');
      open.onsuccess = () => {
        // A document JSON cannot hold: the editor, the forecast and the export would all fail on it.
        const doc: Record<string, unknown> = { name: 'Broken plan' };
        doc.self = doc;
        const tx = open.result.transaction('scenarios', 'readwrite');
        tx.objectStore('scenarios').put({ id: 'broken', name: 'Broken plan', createdAt: 0, updatedAt: 0, doc });
        tx.oncomplete = () => (open.result.close(), done());
        tx.onerror = () => fail(tx.error);
      };
    }));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: '1 stored scenario could not be read; download it' });
    await notice.waitFor();
    await page.locator('.scenario-name', { hasText: 'Evidensbaserede rater' }).waitFor();
    await expect(page.locator('.scenario-name').allTextContents()).resolves.toHaveLength(2);
    await page.locator('td[data-cell="growthCompanies:total"]').waitFor();
    await expect(storedKeys(page)).resolves.toMatchObject({ scenarios: ['baseline', 'evidence'], unreadable: 1 });

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { id: string; doc: { name: string } }[];
    expect(saved).toMatchObject([{ id: 'broken', doc: { name: 'Broken plan', self: '[repeated or circular reference]' } }]);

    // Downloaded: now it may go, and it does not come back.
    await notice.getByRole('button', { name: 'Remove from this browser' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect(storedKeys(page)).resolves.toMatchObject({ scenarios: ['baseline', 'evidence'], unreadable: 0 });
    await page.reload();
    await page.locator('.scenario-name', { hasText: 'Evidensbaserede rater' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('shows a conflict instead of overwriting when two tabs edit the same scenario', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const [a, b] = [await openApp(context), await openApp(context)];
    // Hold the scenarios store in a transaction, so both tabs edit before either save can land.
    await a.evaluate(() => new Promise<void>((held) => {
      const open = indexedDB.open('sme-forecast-workbench');
      open.onsuccess = () => {
        const store = open.result.transaction('scenarios', 'readwrite').objectStore('scenarios');
        const w = window as { releaseStorage?: boolean };
        const spin = () => void (w.releaseStorage || (store.get('baseline').onsuccess = spin));
        spin();
        held();
      };
    }));
    await a.locator('#mobilisation').fill('41');
    await a.locator('#mobilisation').press('Tab');
    await b.locator('#mobilisation').fill('42');
    await b.locator('#mobilisation').press('Tab');
    await a.evaluate(() => void ((window as { releaseStorage?: boolean }).releaseStorage = true));
    const conflictOn = (p: Page) => p.getByRole('alert').filter({ hasText: 'was saved in another window after you opened it' }).count();
    await expect.poll(async () => (await conflictOn(a)) + (await conflictOn(b)), { timeout: 10_000 }).toBe(1);
    const [loser, winner] = (await conflictOn(a)) ? [a, b] : [b, a];
    const theirs = await winner.locator('#mobilisation').inputValue();
    expect(await loser.locator('#mobilisation').inputValue()).not.toBe(theirs);
    await loser.getByRole('button', { name: 'Load theirs' }).click();
    await expect.poll(() => loser.locator('#mobilisation').inputValue()).toBe(theirs);
    await expect.poll(() => conflictOn(loser)).toBe(0);
    await context.close();
  });

  it('takes a scenario deleted in one tab out of the other tab’s list; neither stores it again or reports a problem', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const [a, b] = [await openApp(context), await openApp(context)];
    const names = (p: Page) => p.locator('.scenario-name').allTextContents();
    await expect.poll(() => names(b)).toContain('Evidensbaserede rater');
    await a.getByRole('button', { name: 'Delete Evidensbaserede rater' }).click();
    await expect.poll(() => names(b), { timeout: 10_000 }).not.toContain('Evidensbaserede rater');
    expect(await names(a)).not.toContain('Evidensbaserede rater');
    await expect.poll(() => storedKeys(a).then((k) => k.scenarios)).toEqual(['baseline']);
    expect(await b.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('shows a full forecast again after a reload without computing it anew, and lets go of a deleted scenario’s', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await openApp(context);
    const forecastOf = (n: number) => page.locator(`.forecast[data-iterations="${n}"]`);
    const median = () => page.locator('td[data-cell="participants.A2:total"]').getAttribute('data-median');
    const runFull = async () => {
      await forecastOf(20_000).waitFor();
      await page.getByRole('button', { name: '10,000', exact: true }).click();
      await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
      await forecastOf(10_000).waitFor();
    };
    await runFull();
    const before = await median();
    await expect.poll(() => storedKeys(page).then((k) => k.forecasts)).toEqual(['baseline']);

    await page.reload();
    await forecastOf(10_000).waitFor();
    expect(await median()).toBe(before);
    // The run size chosen is kept too.
    expect(await page.getByRole('button', { name: '10,000', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('run-status').textContent()).toMatch(/^Computed in [\d.]+ s on .+, and kept in this browser since\.$/);
    // No quick forecast replaces it.
    await page.waitForTimeout(1500);
    expect(await forecastOf(10_000).count()).toBe(1);
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await page.locator('.scenario-select', { hasText: 'Evidensbaserede rater' }).click();
    await runFull();
    await expect.poll(() => storedKeys(page).then((k) => k.forecasts.sort())).toEqual(['baseline', 'evidence']);
    await page.getByRole('button', { name: 'Delete Evidensbaserede rater' }).click();
    // The delete lands before the page is left (a delete begun as the page closes may not: the scenario is then still there).
    await expect.poll(() => storedKeys(page).then((k) => k.scenarios), { timeout: 10_000 }).toEqual(['baseline']);
    await page.reload();
    await forecastOf(10_000).waitFor();
    await expect.poll(() => storedKeys(page).then((k) => k.forecasts), { timeout: 10_000 }).toEqual(['baseline']);
    await context.close();
  });

  it('starts, working in memory and saying why, while a tab of an older version holds the storage open', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const old = await context.newPage();
    // A blank page of the app's origin (so the same storage) where the app itself does not start.
    await old.route(`${app.url}blank`, (r) => r.fulfill({ body: '<!doctype html><title>blank</title>', contentType: 'text/html' }));
    await old.goto(`${app.url}blank`);
    // What an older version of the workbench left open: its database at version 1, with no
    // handler to let a newer version upgrade it (the app is not started in this tab).
    await old.evaluate(() => new Promise<void>((done, fail) => {
      indexedDB.deleteDatabase('sme-forecast-workbench').onsuccess = () => {
        const open = indexedDB.open('sme-forecast-workbench', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('scenarios', { keyPath: 'id' });
          open.result.createObjectStore('meta');
        };
        open.onsuccess = () => ((globalThis as unknown as { held: IDBDatabase }).held = open.result, done());
        open.onerror = () => fail(open.error);
      };
    }));
    const page = await openApp(context);
    await page.getByRole('alert').filter({ hasText: 'Another tab of the workbench, from an older version, holds its storage' }).waitFor();
    await expect(page.locator('.scenario-name').allTextContents()).resolves.toHaveLength(2);
    await context.close();
  });
});
