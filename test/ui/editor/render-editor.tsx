import { fireEvent } from '@solidjs/testing-library';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { renderWithStore } from '../render-with-store';

/**
 * The assumptions editor on a fresh store of the built-in scenarios (in memory), in `lang`,
 * with `open(id)` to open one of its sections as a click would.
 */
export async function renderEditor(lang: 'da' | 'en' = 'en') {
  const view = await renderWithStore(() => <AssumptionsEditor />, { lang });
  const open = (id: string) => {
    const details = view.container.querySelector(`#${id}`) as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
  };
  return { open, ...view };
}
