import { createContext, onCleanup, onMount, useContext, type JSX } from 'solid-js';
import { createScenarioStore, type ScenarioStore } from './scenario-store';

const ScenarioContext = createContext<ScenarioStore>();

/**
 * Creates the scenario store (or provides the one given, for tests) and writes pending edits
 * when the page is hidden (to the leave journal too), so nothing typed in the last 300 ms is lost.
 */
export function ScenarioProvider(props: { children: JSX.Element; dbName?: string; store?: ScenarioStore }) {
  const store = props.store ?? createScenarioStore({ dbName: props.dbName });
  const onHide = () => store.actions.leaving();
  const onVisibility = () => document.visibilityState === 'hidden' && onHide();
  onMount(() => {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
    onHide();
  });
  return <ScenarioContext.Provider value={store}>{props.children}</ScenarioContext.Provider>;
}

/** The scenario store of the nearest ScenarioProvider. */
export function useScenarios(): ScenarioStore {
  const store = useContext(ScenarioContext);
  if (!store) throw new Error('useScenarios() needs a <ScenarioProvider> above it');
  return store;
}

/**
 * The scenario store of the nearest ScenarioProvider, or undefined outside one: for helpers
 * that JSX calls, such as the editor's error lookups, so that they name fields in the words of
 * the programme being edited.
 */
export function currentScenarios(): ScenarioStore | undefined {
  return useContext(ScenarioContext);
}
