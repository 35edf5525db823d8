import { idbPersistence } from '../store/db';
import type { ScenarioStore } from '../store/scenario-store';
import type { StoredScenario } from '../store/persistence';

/**
 * The documents of the chosen entries. The store exposes only the current draft, so the
 * others are read from where the store keeps them (after writing any pending edit); the
 * current one comes from the draft, which is never behind. A document that cannot be read
 * is missing from the map.
 */
export async function loadDocuments(
  store: ScenarioStore,
  ids: readonly string[],
  read: () => Promise<{ scenarios: StoredScenario[] }> = () => idbPersistence().load(),
): Promise<Map<string, unknown>> {
  const docs = new Map<string, unknown>();
  const current = store.state.currentId;
  if (current && ids.includes(current) && store.state.draft !== undefined) docs.set(current, store.state.draft);
  if (ids.every((id) => docs.has(id))) return docs;
  await store.actions.flush();
  const saved = await read().catch(() => ({ scenarios: [] as StoredScenario[] }));
  for (const s of saved.scenarios) if (ids.includes(s.id) && !docs.has(s.id)) docs.set(s.id, s.doc);
  return docs;
}
