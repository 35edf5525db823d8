import { describe, expect, it } from 'vitest';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { loadDocuments } from '../../../src/ui/compare/scenario-docs';

async function fresh() {
  const store = createScenarioStore({ persistence: memoryPersistence(), saveDelayMs: 60_000 });
  await store.loaded;
  return store;
}

describe('loadDocuments', () => {
  it('takes the current scenario from its draft (edits not yet saved included) and the others from the store', async () => {
    const store = await fresh();
    store.actions.setAt(['name'], 'Edited, not yet saved');
    const docs = await loadDocuments(store, ['baseline', 'evidence']);
    expect((docs.get('baseline') as { name: string }).name).toBe('Edited, not yet saved');
    expect((docs.get('evidence') as { id: string }).id).toBe('evidence');
  });

  it('leaves out an entry the store does not know, so the caller can say so', async () => {
    const store = await fresh();
    const docs = await loadDocuments(store, ['baseline', 'gone']);
    expect([...docs.keys()]).toEqual(['baseline']);
  });
});
