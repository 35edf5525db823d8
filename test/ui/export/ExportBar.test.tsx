import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/ui/i18n';
import { ExportBar } from '../../../src/ui/export/ExportBar';
import { ForecastContext, type Forecast, type ForecastStore } from '../../../src/ui/run/forecast-store';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { runForecast } from '../../../src/engine/run';
import { cellIndex } from '../../../src/engine/layout';
import { applicationTable, formatApplicationValue } from '../../../src/report/application-table';
import { readSipLibrary } from '../../report/sipmath-read';
import { readShareFragment } from '../../../src/ui/export/share-link';
import { baseline } from './fixture';

const v = baseline();
const forecast: Forecast = { result: runForecast(v.model, { seed: 3, iterations: 3000, targets: v.targets }), scenario: v, seconds: 0.1, computedAt: Date.UTC(2026, 10, 27, 9, 12) };

async function show(hash = '', run: { stale: boolean; updating: boolean } = { stale: false, updating: false }, shown: Forecast = forecast) {
  history.replaceState(null, '', `/${hash}`);
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  const before = store.state.entries.length;
  const fake = { state: { forecast: () => shown, stale: () => run.stale, updating: () => run.updating } } as unknown as ForecastStore;
  render(() => (
    <I18nProvider lang="en">
      <ScenarioProvider store={store}>
        <ForecastContext.Provider value={fake}><ExportBar /></ForecastContext.Provider>
      </ScenarioProvider>
    </I18nProvider>
  ));
  return { store, before };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportBar', () => {
  it('offers the exports and shows the application table as the engine computes it', async () => {
    await show();
    for (const name of ['CSV', 'Markdown', 'Copy table', 'Raw results (CSV)', 'SIPmath (.json)', 'Excel workbook', 'Print report', 'Copy share link']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    const rows = applicationTable(forecast.result, 0.5, 'en');
    const growth = rows.find((r) => r.id === 'growthCompanies')!;
    const td = document.querySelector('.application-table td[data-app-cell="growthCompanies:period1"]')!;
    expect(td.textContent).toContain(formatApplicationValue(growth.cells[0].value, growth.unit, 'en'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), { target: { value: '0.1' } });
    const cautious = applicationTable(forecast.result, 0.1, 'en').find((r) => r.id === 'growthCompanies')!;
    await waitFor(() => expect(Number(td.getAttribute('data-value'))).toBe(cautious.cells[0].value));
    expect(document.querySelectorAll('.assumptions-text p').length).toBeGreaterThan(2);
  });

  it('downloads the CSV with a BOM through the browser', async () => {
    await show();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    const buf = await new Promise<ArrayBuffer>((ok) => {
      const r = new FileReader();
      r.onload = () => ok(r.result as ArrayBuffer);
      r.readAsArrayBuffer(blobs[0]);
    });
    const bytes = new Uint8Array(buf);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // English app, English conventions: commas between fields.
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0]).toMatch(/^indicator,label,unit,horizon,mean,/);
  });

  it('downloads the forecast’s iterations as a SIPmath library, and not those of a forecast with actuals', async () => {
    await show();
    const files: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (files.push({ name: '', blob: b as Blob }), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.at(-1)!.name = this.download;
    });
    fireEvent.click(screen.getByRole('button', { name: 'SIPmath (.json)' }));
    expect(files[0].name).toBe('ansoegningen-som-skrevet-baseline-sipmath.json');
    expect(files[0].blob.type).toBe('application/json');
    const lib = readSipLibrary(await files[0].blob.text());
    expect(lib.trials).toBe(3000);
    expect(lib.metadata).toMatchObject({ scenarioName: v.scenario.name, seed: 3, iterations: 3000, subsample: false });
    // Trial 7 of growth companies in the first horizon is the forecast's iteration 7.
    const { layout } = forecast.result;
    const c = cellIndex(layout, layout.indicators.findIndex((d) => d.id === 'growthCompanies'), 0);
    expect(lib.sips.find((s) => s.name === `growthCompanies.${layout.horizons[0]}`)!.samples[7]).toBe(forecast.result.blocks[0].subsample!.out[7 * layout.cells + c]);
    cleanup();
    await show('', undefined, { ...forecast, conditioned: { asOf: '2026-06-30', observations: 2, rates: 1, effectiveSampleSize: 1200 } });
    fireEvent.click(screen.getByRole('button', { name: 'SIPmath (.json)' }));
    expect(files).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toMatch(/weights its iterations/);
  });

  it('states the iterations and seed of the figures for the application', async () => {
    await show();
    expect(document.querySelector('.application-source')!.textContent).toBe(`From the forecast of “${v.scenario.name}”, 3,000 iterations, seed 3.`);
    expect(document.querySelector('.application-quick')).toBeNull();
  });

  it('says when the figures for the application come from the quick forecast, not a full run', async () => {
    await show('', undefined, { ...forecast, quick: true });
    expect(document.querySelector('.application-quick')!.textContent).toBe(
      'These figures come from the quick forecast (3,000 iterations) that follows your edits: run a full forecast (“Run forecast”) before you copy them into the application.',
    );
  });

  it('marks an export of an edited scenario’s forecast as being updated only while it is', async () => {
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (files.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const run = { stale: true, updating: true };
    await show('', run);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect((await files[0].text()).split('\n')[0]).toBe(`> **OUT OF DATE: the assumptions were changed after this forecast of “${v.scenario.name}” was computed; it is being updated. Export again once it is.**`);
    cleanup();
    run.updating = false;
    await show('', run);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect((await files[1].text()).split('\n')[0]).toBe(`> **OUT OF DATE: the assumptions were changed after this forecast of “${v.scenario.name}” was computed, and its update was stopped. Run the forecast, then export again.**`);
  });

  it('marks every export of a forecast that no longer matches the assumptions, first, and names the files so', async () => {
    const { store } = await show();
    const files: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (files.push({ name: '', blob: b as Blob }), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.at(-1)!.name = this.download;
    });
    const copies: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (copies.push(t), Promise.resolve()) } });
    const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

    click('CSV');
    expect(files[0].name).toBe('ansoegningen-som-skrevet-baseline-forecast.csv');
    expect(screen.queryByText(/every export of it says so first/)).toBeNull();

    store.actions.setAt(['activities', 'A1', 'units', 'period1'], -1);
    const mark = `OUT OF DATE: this forecast does not match the current assumptions, which have an error: A1: Units per period: Period 1 – must be at least 0. This is the forecast of “${v.scenario.name}” as its assumptions were when last valid.`;
    await screen.findByText(/every export of it says so first, and downloaded files are named “…-out-of-date”/);
    click('CSV');
    click('Markdown');
    click('Raw results (CSV)');
    click('Application table as Markdown');
    expect(files.slice(1).map((f) => f.name)).toEqual(['ansoegningen-som-skrevet-baseline-forecast-out-of-date.csv', 'ansoegningen-som-skrevet-baseline-forecast-out-of-date.md', 'ansoegningen-som-skrevet-baseline-iterations-out-of-date.csv', 'ansoegningen-som-skrevet-baseline-application-out-of-date.md']);
    const texts = await Promise.all(files.slice(1).map((f) => f.blob.text()));
    expect(texts[0].replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(`"${mark}"`);
    expect(texts[1].split('\n')[0]).toBe(`> **${mark}**`);
    expect(texts[2].replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(`"${mark}"`);
    expect(texts[3].split('\n')[0]).toBe(`> **${mark}**`);

    click('Copy table');
    click('Copy application table');
    click('Copy text');
    await waitFor(() => expect(copies).toHaveLength(3));
    for (const c of copies) expect(c.startsWith(mark)).toBe(true);
    expect(copies[0].split('\r\n')[1]).toBe(`${v.scenario.name} — 3,000 iterations, seed 3`);
    // The assumptions in words name their scenario, after the mark.
    expect(copies[2].split('\n\n')[1]).toBe(`Critical assumptions: ${v.scenario.name}`);
    expect(screen.getAllByText('Copied, marked out of date.').length).toBeGreaterThan(0);
    // On the page, above the application's figures, and for print.
    expect(document.querySelector('.application-stale')!.textContent).toBe(mark);
    expect(document.querySelector('.run-meta .print-stale')!.textContent).toBe(mark);
  });

  it('says the forecast is of another scenario when another one is open', async () => {
    const { store } = await show();
    store.actions.select('evidence');
    expect((await screen.findByText(/^OUT OF DATE: this is the forecast/, { selector: '.application-stale' })).textContent)
      .toBe(`OUT OF DATE: this is the forecast of “${v.scenario.name}”, not of the scenario now open, “Evidensbaserede rater”.`);
  });

  it('copies a share link and says when the scenario in it has errors', async () => {
    const { store } = await show();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (writes.push(t), Promise.resolve()) } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Share link copied \([\d,]+ characters\)\. Opening it adds the scenario as a new one\.$/);
    store.actions.setAt(['activities', 'A1', 'units', 'period1'], -1);
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('The scenario has 1 field with errors: opening the link adds it as a draft'));
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/#s=2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    const shared = await readShareFragment(new URL(writes[1]).hash);
    expect(shared).toEqual({ ok: true, text: JSON.stringify(store.state.draft) });
  });

  it('does not offer a link the receiving side would refuse, saying why', async () => {
    const { store } = await show();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (writes.push(t), Promise.resolve()) } });
    // Text that does not compress: random letters, well over 100,000 characters once in base64url.
    let seed = 1;
    const noise = Array.from({ length: 120_000 }, () => String.fromCharCode(0x21 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    store.actions.setAt(['description'], noise);
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The share link could not be opened: the link is longer than 100,000 characters. Nothing was changed.');
    expect(writes).toHaveLength(0);
  });

  it('says so when the browser cannot compress a share link', async () => {
    await show();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (writes.push(t), Promise.resolve()) } });
    vi.stubGlobal('CompressionStream', undefined);
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
      expect((await screen.findByRole('alert')).textContent).toBe('This browser cannot make share links (it has no CompressionStream); a current Chrome, Edge, Firefox or Safari can.');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(writes).toHaveLength(0);
  });
});
