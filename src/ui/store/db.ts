import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScenarioPersistence, StoredScenario } from './persistence';

interface WorkbenchDb extends DBSchema {
  scenarios: { key: string; value: StoredScenario };
  meta: { key: 'currentId' | 'seeded'; value: string | boolean | null };
}

const VERSION = 1;

/** Scenarios in IndexedDB: one object store of documents, one of small settings. */
export function idbPersistence(dbName = 'sme-forecast-workbench'): ScenarioPersistence {
  let db: Promise<IDBPDatabase<WorkbenchDb>> | undefined;
  const open = () =>
    (db ??= openDB<WorkbenchDb>(dbName, VERSION, {
      upgrade(d) {
        d.createObjectStore('scenarios', { keyPath: 'id' });
        d.createObjectStore('meta');
      },
    }));
  return {
    async load() {
      const d = await open();
      const [scenarios, currentId, seeded] = await Promise.all([d.getAll('scenarios'), d.get('meta', 'currentId'), d.get('meta', 'seeded')]);
      return { scenarios, currentId: typeof currentId === 'string' ? currentId : null, seeded: seeded === true };
    },
    put: async (s) => void (await (await open()).put('scenarios', s)),
    remove: async (id) => (await open()).delete('scenarios', id),
    setCurrent: async (id) => void (await (await open()).put('meta', id, 'currentId')),
    setSeeded: async () => void (await (await open()).put('meta', true, 'seeded')),
  };
}
