import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkRevision, type ScenarioPersistence, type StoredScenario } from './persistence';
import { isReadable } from './stored-record';
import type { ForecastArchive, SavedForecast } from './forecast-archive';

interface WorkbenchDb extends DBSchema {
  scenarios: { key: string; value: StoredScenario };
  meta: { key: 'currentId' | 'seeded'; value: string | boolean | null };
  /** Records that could not be read, moved out of `scenarios` so they cannot break a start again. */
  unreadable: { key: number; value: unknown };
  /** The last full forecast of each scenario, by the scenario's id (see forecast-archive.ts). */
  forecasts: { key: string; value: SavedForecast };
}

const VERSION = 3;
/** The database's name, which is also the channel on which tabs announce their saves. */
export const DB_NAME = 'sme-forecast-workbench';

/**
 * Moves unreadable records out of `scenarios`, in one transaction so none is lost half-way.
 * Each is read again inside it: another tab starting at the same time may have moved it (or
 * saved a good one under that key) since this tab looked.
 */
async function setAside(d: IDBPDatabase<WorkbenchDb>, keys: string[]): Promise<void> {
  const tx = d.transaction(['scenarios', 'unreadable'], 'readwrite');
  const moves = keys.map(async (k) => {
    const v: unknown = await tx.objectStore('scenarios').get(k);
    if (v === undefined || isReadable(v)) return;
    await tx.objectStore('unreadable').add(v);
    await tx.objectStore('scenarios').delete(k);
  });
  await Promise.all([...moves, tx.done]);
}

/**
 * Opens the workbench's database when first needed, and again after another tab's newer
 * version closed it; each caller keeps a connection of its own.
 */
function workbenchDb(dbName: string): () => Promise<IDBPDatabase<WorkbenchDb>> {
  let db: Promise<IDBPDatabase<WorkbenchDb>> | undefined;
  return () =>
    (db ??= new Promise<IDBPDatabase<WorkbenchDb>>((resolve, reject) => {
      let gaveUp = false;
      openDB<WorkbenchDb>(dbName, VERSION, {
        upgrade(d, old) {
          if (old < 1) d.createObjectStore('scenarios', { keyPath: 'id' });
          if (old < 1) d.createObjectStore('meta');
          if (old < 2) d.createObjectStore('unreadable', { autoIncrement: true });
          if (old < 3) d.createObjectStore('forecasts');
        },
        // A tab of an older version holds the database open: waiting would leave this one
        // never starting, so say what to do instead (the store then works in memory and says so).
        // Given up on, an open that succeeds later is closed (below), not left holding the database.
        blocked: () => {
          gaveUp = true;
          db = undefined;
          reject(new Error('Another tab of the workbench, from an older version, holds its storage: close it and reload this one to keep your scenarios in this browser'));
        },
        // A newer version in another tab wants to upgrade: let it, and open again when next needed.
        blocking: () => {
          void db?.then((d) => d.close());
          db = undefined;
        },
      }).then((d) => {
        // Opened after all, once the older tab had gone: not needed if this open gave up waiting
        // (a later call opens anew) or was let go for a newer version meanwhile.
        if (gaveUp || db === undefined) d.close();
        else resolve(d);
      }, reject);
    }));
}

/** Scenarios in IndexedDB: one object store of documents, one of small settings, one of set-aside records (the fourth, of kept forecasts, is idbForecastArchive's). */
export function idbPersistence(dbName = DB_NAME): ScenarioPersistence {
  const open = workbenchDb(dbName);
  return {
    async load() {
      const d = await open();
      // One transaction, so keys and values line up even while another tab saves.
      const tx = d.transaction(['scenarios', 'meta']);
      const [keys, values, currentId, seeded] = await Promise.all([
        tx.objectStore('scenarios').getAllKeys(),
        tx.objectStore('scenarios').getAll() as Promise<unknown[]>,
        tx.objectStore('meta').get('currentId'),
        tx.objectStore('meta').get('seeded'),
      ]);
      const readable = values.map(isReadable);
      const bad = keys.filter((_, i) => !readable[i]);
      // If moving fails (a full disk), the records stay where they were and are still offered.
      const moved = bad.length > 0 && (await setAside(d, bad).then(() => true, () => false));
      const unreadable = [...(await d.getAll('unreadable')), ...(moved ? [] : values.filter((_, i) => !readable[i]))];
      return { scenarios: values.filter((_, i) => readable[i]) as StoredScenario[], currentId: typeof currentId === 'string' ? currentId : null, seeded: seeded === true, unreadable };
    },
    async put(s) {
      // Read and write in one transaction, so no other tab's save can land in between.
      const tx = (await open()).transaction('scenarios', 'readwrite');
      const result = checkRevision(await tx.store.get(s.id), s);
      // A full disk aborts the transaction: its error says why (QuotaExceededError), the request's only that it was aborted.
      await Promise.all([result.ok && tx.store.put({ ...s, rev: result.rev }), tx.done]).catch((e: unknown) => {
        throw tx.error ?? e;
      });
      return result;
    },
    async remove(id, rev) {
      // Read and delete in one transaction, as put does: a save from another tab lands before or after, never between.
      const tx = (await open()).transaction('scenarios', 'readwrite');
      const result = checkRevision(await tx.store.get(id), { rev });
      await Promise.all([result.ok && tx.store.delete(id), tx.done]).catch((e: unknown) => {
        throw tx.error ?? e;
      });
      return result.ok ? { ok: true as const } : result;
    },
    setCurrent: async (id) => void (await (await open()).put('meta', id, 'currentId')),
    setSeeded: async () => void (await (await open()).put('meta', true, 'seeded')),
    async clearUnreadable() {
      // The set-aside records, and any that could not be moved at start (a full disk) and were offered with them.
      const tx = (await open()).transaction(['scenarios', 'unreadable'], 'readwrite');
      const scenarios = tx.objectStore('scenarios');
      const [keys, values] = await Promise.all([scenarios.getAllKeys(), scenarios.getAll() as Promise<unknown[]>]);
      await Promise.all([tx.objectStore('unreadable').clear(), ...keys.filter((_, i) => !isReadable(values[i])).map((k) => scenarios.delete(k)), tx.done]);
    },
  };
}

/**
 * Each scenario's last full forecast in IndexedDB. Reads and writes fail as storage does (a
 * full disk); the caller decides what a lost forecast means (it can always be computed again).
 */
export function idbForecastArchive(dbName = DB_NAME): ForecastArchive {
  const open = workbenchDb(dbName);
  return {
    get: async (id) => (await open()).get('forecasts', id),
    put: async (id, saved) => void (await (await open()).put('forecasts', saved, id)),
    async forgetDeleted() {
      const tx = (await open()).transaction(['scenarios', 'forecasts'], 'readwrite');
      const [stored, forecasts] = await Promise.all([tx.objectStore('scenarios').getAllKeys(), tx.objectStore('forecasts').getAllKeys()]);
      const keep = new Set(stored);
      await Promise.all([...forecasts.filter((k) => !keep.has(k)).map((k) => tx.objectStore('forecasts').delete(k)), tx.done]);
    },
  };
}
