import { createEffect, onCleanup } from 'solid-js';
import type { PathError } from '../../scenario/errors';
import type { ScenarioStore } from '../store/scenario-store';
import { isShareFragment, readShareFragment, type SharedScenario } from './share-link';
import { markedFields } from '../editor/field-errors';

export type ShareOutcome =
  /** `errors`: how many fields of the shared scenario have errors. */
  | { ok: true; name: string; errors: number }
  | Exclude<SharedScenario, { ok: true }>
  | { ok: false; reason: 'notScenario'; error: PathError };

/**
 * Opens a scenario shared in the URL fragment (#s=…) as a new scenario once the store is
 * ready, and whenever the fragment changes; the fragment is removed either way. A scenario
 * with errors is added as a draft (nothing shared is lost); a link that is corrupt or holds
 * no scenario changes nothing. `names` gives the words for a name another scenario has, in
 * the language of the moment. Reading a link is asynchronous (it is decompressed): the
 * fragment goes at once, and the outcome is reported when the link has been read.
 */
export function createShareImport(scenarios: ScenarioStore, names: () => { suffix: string; untitled: string }, report: (o: ShareOutcome) => void): void {
  let disposed = false;
  const check = async () => {
    const hash = location.hash;
    if (!isShareFragment(hash)) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    const shared = await readShareFragment(hash);
    if (!shared || disposed) return;
    if (!shared.ok) return report(shared);
    const opened = scenarios.actions.openShared(shared.text, names());
    if (!opened.ok) return report({ ok: false, reason: 'notScenario', error: opened.error });
    report({ ok: true, name: opened.name, errors: markedFields({ ok: false, errors: opened.errors }).length });
  };
  const onHash = () => void check();
  let started = false;
  createEffect(() => {
    if (!scenarios.state.ready || started) return;
    started = true;
    void check();
    window.addEventListener('hashchange', onHash);
  });
  onCleanup(() => {
    disposed = true;
    window.removeEventListener('hashchange', onHash);
  });
}
