import { fireEvent, render } from '@solidjs/testing-library';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { I18nProvider } from '../../../src/ui/i18n';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

/**
 * The assumptions editor on a fresh store of the built-in scenarios (in memory), in `lang`,
 * with `open(id)` to open one of its sections as a click would.
 */
export async function renderEditor(lang: 'da' | 'en' = 'en') {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  const view = render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>
        <AssumptionsEditor />
      </ScenarioProvider>
    </I18nProvider>
  ));
  const open = (id: string) => {
    const details = view.container.querySelector(`#${id}`) as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
  };
  return { store, open, ...view };
}
