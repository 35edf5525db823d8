import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisClient } from '../../../src/client/analysis-client';
import { ComparePanel } from '../../../src/ui/compare/ComparePanel';
import { I18nProvider } from '../../../src/ui/i18n';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { enter } from '../enter';

// jsdom has no matchMedia, which uPlot (in the comparison's charts) reads as it loads.
vi.hoisted(() => {
  window.matchMedia ??= ((media: string) => ({ matches: false, media, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false })) as typeof window.matchMedia;
});

afterEach(cleanup);

/** The form only: nothing here starts a comparison. */
const noClient = {} as AnalysisClient;

async function setup() {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  render(() => (
    <I18nProvider lang="da">
      <ScenarioProvider store={store}>
        <ComparePanel client={noClient} />
      </ScenarioProvider>
    </I18nProvider>
  ));
}

describe('ComparePanel form', () => {
  it('says why it cannot compare when the iterations or the seed are missing, in the planner’s language', async () => {
    await setup();
    const run = () => screen.getByRole('button', { name: 'Sammenlign' }) as HTMLButtonElement;
    await waitFor(() => expect(run().disabled).toBe(false));
    const iterations = screen.getByRole('textbox', { name: 'Iterationer' });
    expect((iterations as HTMLInputElement).value).toBe('20.000');
    enter(iterations, '');
    expect(run().disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Angiv et helt antal iterationer, mindst 1.000.');
    expect(iterations.getAttribute('aria-invalid')).toBe('true');
    enter(iterations, '5000');
    expect(screen.queryByRole('alert')).toBeNull();
    // Written as a Dane writes a hundred thousand.
    enter(iterations, '100.000');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(run().disabled).toBe(false);
    fireEvent.input(screen.getByRole('textbox', { name: 'Frø (seed)' }), { target: { value: ' ' } });
    expect(screen.getByRole('alert').textContent).toBe('Angiv et frø.');
    expect(run().disabled).toBe(true);
  });
});
