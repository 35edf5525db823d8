import type { ScenarioStore } from '../store/scenario-store';

/**
 * The documents of the chosen entries, from the store: the current one from its draft
 * (unsaved edits included), the others as last saved — whichever storage the store uses,
 * memory fallback included. An entry the store does not know is missing from the map.
 */
export async function loadDocuments(store: ScenarioStore, ids: readonly string[]): Promise<Map<string, unknown>> {
  const docs = new Map<string, unknown>();
  for (const id of ids) {
    const doc = store.actions.documentOf(id);
    if (doc !== undefined) docs.set(id, doc);
  }
  return docs;
}
