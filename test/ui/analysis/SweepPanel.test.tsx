import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisClient } from '../../../src/client/analysis-client';
import { sweepInput } from '../../../src/engine/analysis/sweep';
import { cellOf } from '../../../src/engine/layout';
import { SweepPanel } from '../../../src/ui/analysis/SweepPanel';
import { I18nProvider } from '../../../src/ui/i18n';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { enter } from '../enter';

// jsdom cannot draw (no canvas, no layout): the panel is checked here without its charts,
// which are checked in Chromium (test/e2e/sweep.test.ts).
vi.mock('../../../src/ui/analysis/SweepChart', () => ({ SweepChart: () => null }));

afterEach(cleanup);

/** The engine's own sweep, run in this thread (the worker's part is the end-to-end test's). */
const inThread = { sweep: async (r) => sweepInput(r.model, { seed: r.seed, iterations: r.iterations, targets: r.targets }, r.request, r.onProgress) } as AnalysisClient;

async function setup(lang: 'da' | 'en' = 'da') {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  const v = () => (store.state.parsed.ok ? store.state.parsed.value : null);
  render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>{v() && <SweepPanel client={inThread} scenario={v()!} />}</ScenarioProvider>
    </I18nProvider>
  ));
  return { store, scenario: v()! };
}

describe('SweepPanel', () => {
  it('starts at the mobilisation rate ±20 points in 9 values, and shows at each the engine’s median and P(target), same seed', async () => {
    const { scenario } = await setup('da');
    const from = screen.getByRole('textbox', { name: 'Fra (%)' }) as HTMLInputElement;
    const to = screen.getByRole('textbox', { name: 'Til (%)' }) as HTMLInputElement;
    expect([from.value, to.value]).toEqual(['30', '70']);
    expect((screen.getByRole('textbox', { name: 'Værdier' }) as HTMLInputElement).value).toBe('9');
    enter(screen.getByRole('textbox', { name: 'Iterationer' }), '2.000');
    enter(screen.getByRole('textbox', { name: 'Værdier' }), '5');
    fireEvent.click(screen.getByRole('button', { name: 'Kør variationen' }));
    const answer = await screen.findByTestId('sweep-answer');

    const growth = cellOf(scenario.layout, 'growthCompanies', 'total');
    const engine = sweepInput(scenario.model, { seed: '1', iterations: 2_000, targets: scenario.targets }, { path: 'activities.A1.routing.proceed', values: [0.3, 0.4, 0.5, 0.6, 0.7], mode: 'median', bounds: [0, 1], cells: [growth] });
    const section = answer.querySelector('[data-cell="growthCompanies:total"]') as HTMLElement;
    const rows = [...section.querySelectorAll('table.sweep-table tbody tr')] as HTMLElement[];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['30\u00a0%', '40\u00a0%', '50\u00a0%', '60\u00a0%', '70\u00a0%']);
    for (const [i, row] of rows.entries()) {
      const p = engine.points[i];
      if (!p.ok) throw new Error('reachable');
      expect(Number(row.querySelector('[data-median]')!.getAttribute('data-median'))).toBe(p.cells[0].p50);
      expect(Number(row.querySelector('[data-p]')!.getAttribute('data-p'))).toBe(p.cells[0].pMeetsTarget);
      expect(row.querySelector('[data-median]')!.textContent).toBe(String(p.cells[0].p50));
    }
    expect(within(answer).getByText('Alle mål nås på én gang')).toBeTruthy();
    expect(answer.textContent).toContain('Mobiliseringsraten (A1), nu 50\u00a0%: medianen flyttet til værdien, spredningen bevaret. 2.000 iterationer, frø 1');
  });

  it('says which field is wrong and does not run: a range outside 0–100 %, equal ends, too many values, no indicator', async () => {
    await setup('en');
    const run = () => screen.getByRole('button', { name: 'Run sweep' }) as HTMLButtonElement;
    expect(run().disabled).toBe(false);
    enter(screen.getByRole('textbox', { name: 'To (%)' }), '120');
    expect(run().disabled).toBe(true);
    expect(screen.getByText('From and To must be two different numbers from 0 to 100.')).toBeTruthy();
    enter(screen.getByRole('textbox', { name: 'To (%)' }), '30');
    expect(run().disabled).toBe(true);
    enter(screen.getByRole('textbox', { name: 'To (%)' }), '60');
    expect(run().disabled).toBe(false);
    enter(screen.getByRole('textbox', { name: 'Values' }), '99');
    expect(screen.getByText('Values must be a whole number from 2 to 41.')).toBeTruthy();
    expect(run().disabled).toBe(true);
    enter(screen.getByRole('textbox', { name: 'Values' }), '3');
    for (const box of screen.getAllByRole('checkbox') as HTMLInputElement[]) if (box.checked) fireEvent.click(box);
    expect(screen.getByText('Choose at least one indicator.')).toBeTruthy();
    expect(run().disabled).toBe(true);
  });

  it('says when the assumptions have changed since the sweep it shows', async () => {
    const { store } = await setup('en');
    enter(screen.getByRole('textbox', { name: 'Iterations' }), '1,000');
    enter(screen.getByRole('textbox', { name: 'Values' }), '2');
    fireEvent.click(screen.getByRole('button', { name: 'Run sweep' }));
    const answer = await screen.findByTestId('sweep-answer');
    expect(within(answer).queryByRole('status')).toBeNull();
    store.actions.setAt(['name'], 'Another name');
    await waitFor(() => expect(within(screen.getByTestId('sweep-answer')).getByRole('status').textContent).toMatch(/^The assumptions have changed since this sweep/));
  });
});
