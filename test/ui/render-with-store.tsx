import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { I18nProvider, type Lang } from '../../src/ui/i18n';
import { memoryPersistence } from '../../src/ui/store/persistence';
import { ScenarioProvider } from '../../src/ui/store/scenario-context';
import { createScenarioStore, type ScenarioStore } from '../../src/ui/store/scenario-store';

/**
 * `view` on a fresh store of the built-in scenarios (in memory, loaded) inside the i18n and
 * scenario providers, in `lang`; `before` edits the store before anything is drawn. The
 * set-up every component test of the page's stores shares.
 */
export async function renderWithStore(view: () => JSX.Element, opts: { lang?: Lang; before?: (store: ScenarioStore) => void } = {}) {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  opts.before?.(store);
  const rendered = render(() => (
    <I18nProvider lang={opts.lang ?? 'en'}>
      <ScenarioProvider store={store}>{view()}</ScenarioProvider>
    </I18nProvider>
  ));
  return { store, ...rendered };
}
