import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bytesOf, startAppSession, type AppSession } from './harness';

/**
 * A programme that is not the seed's, built in the editor from the blank template: screening
 * → advisory → export network over three periods, forecast, exported and reloaded.
 */
let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await startAppSession({ locale: 'en-GB', height: 1000 });
  page = session.page;
});

afterAll(() => session?.close());

async function typeInto(selector: string, text: string) {
  const field = page.locator(selector);
  await field.click();
  await field.press('Control+A');
  await field.pressSequentially(text, { delay: 30 });
  await field.press('Tab');
}

/** Opens a section of the editor if it is closed. */
async function open(id: string) {
  const details = page.locator(`#${id}`);
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
}

const listed = () => page.locator('#section-programme .programme-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-activity')));

describe('a new programme in Chromium', () => {
  it('is built from the blank template into three activities and three periods, forecast, exported and found intact after a reload', async () => {
    await page.goto(session.app.url);
    await page.locator('.forecast').waitFor();
    await page.getByRole('button', { name: 'New blank programme', exact: true }).click();
    await page.locator('.scenario-list [aria-current="true"], .scenario-list .current').first().waitFor().catch(() => undefined);
    await open('section-programme');
    expect(await listed()).toEqual(['activity1']);

    // The first activity becomes screening; two more are added and named.
    await typeInto('#programme-id-activity1', 'screen');
    await page.locator('#programme-id-screen').waitFor();
    await typeInto('#field-activities-screen-name', 'Screening');
    for (const [id, name] of [['advise', 'Advisory'], ['network', 'Export network']]) {
      await page.getByRole('button', { name: 'Add an activity', exact: true }).click();
      await page.locator('#programme-id-activity1').waitFor();
      await typeInto('#programme-id-activity1', id);
      await page.locator(`#programme-id-${id}`).waitFor();
      await typeInto(`#field-activities-${id}-name`, name);
    }
    expect(await listed()).toEqual(['screen', 'advise', 'network']);

    // Undo takes back the last edit (the network's name), and the name is typed again.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await page.locator('#field-activities-network-name').inputValue()).toBe('Activity 3');
    await typeInto('#field-activities-network-name', 'Export network');

    // Three periods: 1, 1 and 1.5 years.
    await open('section-periods');
    await page.getByRole('button', { name: 'Add a period', exact: true }).click();
    await page.getByRole('button', { name: 'Add a period', exact: true }).click();
    await page.locator('#field-periods-period3-years').waitFor();
    await typeInto('#field-periods-period3-years', '1.5');
    await typeInto('#field-periods-period3-label-en', 'Follow-up');

    // Seats: 10 screenings of 12 companies in each period.
    await open('activity-screen');
    for (const p of ['period1', 'period2', 'period3']) await typeInto(`#field-activities-screen-units-${p}`, '10');
    await typeInto('#field-activities-screen-companiesPerUnit', '12');
    // Screening sends 40 % on, all of them to advisory; advisory sends 50 % on to the network.
    await page.locator('#route-add-screen').selectOption('advise');
    await page.getByRole('button', { name: 'Add the route from screen', exact: true }).click();
    await typeInto('#field-activities-screen-routing-proceed-value', '40');
    await typeInto('#field-activities-screen-routing-to-advise-value', '100');
    await open('activity-advise');
    // Advisory takes only the companies screening sends it.
    await page.locator('#field-activities-advise-recruitment').uncheck();
    for (const p of ['period1', 'period2', 'period3']) await typeInto(`#field-activities-advise-units-${p}`, '60');
    await typeInto('#field-activities-advise-companiesPerUnit', '1');
    await page.locator('#route-add-advise').selectOption('network');
    await page.getByRole('button', { name: 'Add the route from advise', exact: true }).click();
    await typeInto('#field-activities-advise-routing-proceed-value', '50');
    await typeInto('#field-activities-advise-routing-to-network-value', '100');
    await open('activity-network');
    await page.locator('#field-activities-network-recruitment').uncheck();
    await page.locator('#field-activities-network-countsAsSupport').uncheck();

    // No route can lead back: the network offers none to screening or advisory.
    expect(await page.locator('#route-add-network').count()).toBe(0);

    // The forecast follows: three periods, and screening's 120 companies a period counted as supported.
    await page.locator('.forecast-table:not(.stale) td[data-cell="supportedCompanies:period3"]').waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    const heads = await page.locator('.forecast-table thead th').allTextContents();
    expect(heads.join('|')).toContain('Follow-up');
    expect(Number(await page.locator('td[data-cell="supportedCompanies:period1"]').first().getAttribute('data-median'))).toBe(120);
    // Advisory holds the 40 % screening sends, about 48 of 60 seats; the network half of those.
    expect(await page.locator('svg.flow [data-activity]').evaluateAll((g) => g.map((x) => x.getAttribute('data-activity')))).toEqual(['screen', 'advise', 'network']);
    expect(await page.locator('svg.flow [data-route]').evaluateAll((g) => g.map((x) => x.getAttribute('data-route')))).toEqual(['screen-advise', 'advise-network']);

    // The application table, downloaded, has the three periods and the forecast's figure.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Application table as Markdown', exact: true }).click()]);
    const md = (await bytesOf(d)).toString('utf8');
    expect(md).toMatch(/Period 1.*Period 2.*Follow-up/);
    expect(md).toMatch(/Companies receiving support[^\n]*\b120\b/);

    // Reloaded, the programme is as it was built.
    await page.waitForTimeout(600);
    await page.reload();
    await page.locator('.forecast-table:not(.stale) td[data-cell="supportedCompanies:period3"]').waitFor();
    await open('section-programme');
    expect(await listed()).toEqual(['screen', 'advise', 'network']);
    expect(await page.locator('#field-activities-network-name').inputValue()).toBe('Export network');
    await open('section-periods');
    expect(await page.locator('#field-periods-period3-years').inputValue()).toBe('1.5');
    expect(await page.locator('#field-periods-period3-label-en').inputValue()).toBe('Follow-up');
    await page.screenshot({ path: '/tmp/programme-editor.png', fullPage: true });
  });
});
