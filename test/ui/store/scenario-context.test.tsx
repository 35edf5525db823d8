import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider, useScenarios } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

describe('ScenarioProvider', () => {
  afterEach(cleanup);

  it('gives its store to useScenarios()', async () => {
    const store = createScenarioStore({ persistence: memoryPersistence() });
    let seen: unknown;
    const Probe = () => ((seen = useScenarios()), null);
    render(() => (
      <ScenarioProvider store={store}>
        <Probe />
      </ScenarioProvider>
    ));
    expect(seen).toBe(store);
  });

  it('writes a pending edit at once when the page is hidden', async () => {
    const persistence = memoryPersistence();
    const store = createScenarioStore({ persistence, saveDelayMs: 60_000 });
    await store.loaded;
    render(() => <ScenarioProvider store={store}>{null}</ScenarioProvider>);
    store.actions.setAt(['name'], 'Gemt ved lukning');
    expect(persistence.snapshot().scenarios.find((s) => s.id === 'baseline')?.name).not.toBe('Gemt ved lukning');
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    await Promise.resolve();
    expect(persistence.snapshot().scenarios.find((s) => s.id === 'baseline')?.name).toBe('Gemt ved lukning');
  });

  it('tells a component outside the provider what is missing', () => {
    const Probe = () => (useScenarios(), null);
    expect(() => render(() => <Probe />)).toThrow('useScenarios() needs a <ScenarioProvider> above it');
  });
});
