import { describe, expect, it } from 'vitest';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { loadDocuments } from '../../../src/ui/compare/scenario-docs';

async function fresh() {
  const persistence = memoryPersistence();
  const store = createScenarioStore({ persistence, saveDelayMs: 60_000 });
  await store.loaded;
  return { store, persistence };
}

describe('loadDocuments', () => {
  it('takes the current scenario from its draft (edits not yet saved included) and the others from storage', async () => {
    const { store, persistence } = await fresh();
    store.actions.setAt(['name'], 'Edited, not yet saved');
    const docs = await loadDocuments(store, ['baseline', 'evidence'], () => persistence.load());
    expect((docs.get('baseline') as { name: string }).name).toBe('Edited, not yet saved');
    expect((docs.get('evidence') as { id: string }).id).toBe('evidence');
  });

  it('leaves out a document it cannot read, so the caller can say so', async () => {
    const { store } = await fresh();
    const docs = await loadDocuments(store, ['baseline', 'evidence'], () => Promise.reject(new Error('storage refused')));
    expect([...docs.keys()]).toEqual(['baseline']);
  });
});
