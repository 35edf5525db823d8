import { createEffect, onCleanup } from 'solid-js';
import type { ScenarioStore } from '../store/scenario-store';
import { readShareFragment } from './share-link';

export type ShareOutcome = { ok: true; name: string } | { ok: false; reason: 'tooLong' | 'malformed' } | { ok: false; reason: 'invalid'; path: string; message: string };

/**
 * Imports a scenario shared in the URL fragment (#s=…) as a new scenario once the store is
 * ready, and whenever the fragment changes; the fragment is removed either way. A bad link
 * changes nothing and is reported.
 */
export function createShareImport(scenarios: ScenarioStore, report: (o: ShareOutcome) => void): void {
  const check = () => {
    const shared = readShareFragment(location.hash);
    if (!shared) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    if (!shared.ok) return report(shared);
    const errors = scenarios.actions.importText(shared.text);
    if (errors.length > 0) return report({ ok: false, reason: 'invalid', path: errors[0].path, message: errors[0].message });
    const id = scenarios.state.currentId;
    report({ ok: true, name: scenarios.state.entries.find((e) => e.id === id)?.name ?? '' });
  };
  let started = false;
  createEffect(() => {
    if (!scenarios.state.ready || started) return;
    started = true;
    check();
    window.addEventListener('hashchange', check);
  });
  onCleanup(() => window.removeEventListener('hashchange', check));
}
