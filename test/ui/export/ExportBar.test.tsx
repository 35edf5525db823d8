import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/ui/i18n';
import { ExportBar } from '../../../src/ui/export/ExportBar';
import { ForecastContext, type Forecast, type ForecastStore } from '../../../src/ui/run/forecast-store';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { runForecast } from '../../../src/engine/run';
import { applicationTable, formatApplicationValue } from '../../../src/report/application-table';
import { shareFragment } from '../../../src/ui/export/share-link';
import { baseline, baselineText } from './fixture';

const v = baseline();
const forecast: Forecast = { result: runForecast(v.model, { seed: 3, iterations: 3000, targets: v.targets }), scenario: v, seconds: 0.1 };

async function show(hash = '') {
  history.replaceState(null, '', `/${hash}`);
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  const before = store.state.entries.length;
  const fake = { state: { forecast: () => forecast } } as unknown as ForecastStore;
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
    for (const name of ['CSV', 'Markdown', 'Copy table', 'Raw results (CSV)', 'Excel workbook', 'Print report', 'Copy share link']) {
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

  it('imports a shared scenario as a new one and removes the fragment', async () => {
    const { store, before } = await show(shareFragment(baselineText()));
    await screen.findByText(/was added as a new scenario/);
    expect(store.state.entries).toHaveLength(before + 1);
    expect(store.state.currentId).not.toBe('baseline');
    expect(location.hash).toBe('');
  });

  it('refuses a tampered link, says so and changes nothing', async () => {
    const f = shareFragment(baselineText());
    const { store, before } = await show(f.slice(0, -5));
    expect((await screen.findByRole('alert')).textContent).toContain('incomplete or has been altered');
    expect(store.state.entries).toHaveLength(before);
    expect(location.hash).toBe('');
  });

  it('reports a link whose scenario does not validate, naming the first error, and changes nothing', async () => {
    const { store, before } = await show(shareFragment(JSON.stringify({ schemaVersion: 1, name: 'x' })));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The share link could not be opened: the scenario in it is not valid \(\S+: .+\)/);
    expect(store.state.entries).toHaveLength(before);
  });
});
