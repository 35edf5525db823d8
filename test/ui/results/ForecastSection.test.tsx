import baselineV1 from '../../fixtures/v1/baseline.json';
import { cleanup, render, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { createInThreadRunner } from '../../../src/client/in-thread-runner';
import { I18nProvider } from '../../../src/ui/i18n';
import { ForecastSection } from '../../../src/ui/results/ForecastSection';
import { createForecastStore, ForecastContext } from '../../../src/ui/run/forecast-store';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

afterEach(cleanup);

describe('ForecastSection', () => {
  it('says whose forecast it shows when the scenario open is another one, with errors', async () => {
    const store = createScenarioStore({ persistence: memoryPersistence() });
    await store.loaded;
    // As the app does: one forecast store, made in a component, fed the last valid scenario.
    function Section() {
      const forecast = createForecastStore(createInThreadRunner(), () => store.state.lastValid);
      const errors = () => (store.state.parsed.ok ? 0 : store.state.parsed.errors.length);
      return (
        <ForecastContext.Provider value={forecast}>
          <ForecastSection errorCount={errors()} outOfDate={errors() > 0} />
        </ForecastContext.Provider>
      );
    }
    const { container } = render(() => (
      <I18nProvider lang="en">
        <ScenarioProvider store={store}>
          <Section />
        </ScenarioProvider>
      </I18nProvider>
    ));
    await waitFor(() => expect(container.querySelector('.forecast')).not.toBeNull(), { timeout: 20_000 });
    const opened = store.actions.openShared(JSON.stringify({ ...baselineV1, id: 'broken', name: 'Broken copy', activities: { ...baselineV1.activities, A1: { ...baselineV1.activities.A1, units: { period1: -1, period2: 20 } } } }), { suffix: 'shared', untitled: 'Untitled' });
    expect(opened).toMatchObject({ ok: true });
    await waitFor(() => expect(container.querySelector('.stale-note')?.textContent).toBe(
      'OUT OF DATE: this is the forecast of “Ansøgningen som skrevet (baseline)”, not of the scenario now open, “Broken copy” (which has 1 field with errors and cannot be forecast until they are fixed).',
    ));
  });
});
