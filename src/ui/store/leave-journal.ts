import { isReadable } from './stored-record';
import type { StoredScenario } from './persistence';

/**
 * Where edits not yet in IndexedDB are written, synchronously, as the page is left: a write
 * to IndexedDB begun then (or queued behind one in flight) may never land, and a planner who
 * reloads a moment after an edit must not lose it. The next start takes back each record whose
 * stored copy is the one the edit was made on (same revision) and older.
 */
/** An unsaved record, and (as JSON) the document its stored copy had or was being given when the page was left. */
export type JournalRecord = StoredScenario & { after?: string };

export interface LeaveJournal {
  write(records: JournalRecord[]): void;
  read(): JournalRecord[];
  clear(ids: readonly string[]): void;
}

/** The journal in localStorage under `key` (nothing is kept where the browser refuses it). */
export function localLeaveJournal(key: string): LeaveJournal {
  const get = (): JournalRecord[] => {
    try {
      const v: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(v) ? v.filter(isReadable) : [];
    } catch {
      return [];
    }
  };
  const set = (rs: JournalRecord[]) => {
    try {
      if (rs.length) localStorage.setItem(key, JSON.stringify(rs));
      else localStorage.removeItem(key);
    } catch {
      /* full or refused: IndexedDB's own write is all there is */
    }
  };
  return {
    write: (records) => set([...get().filter((r) => !records.some((x) => x.id === r.id)), ...records]),
    read: get,
    clear: (ids) => set(get().filter((r) => !ids.includes(r.id))),
  };
}

/** A journal in memory, for tests (shared by two stores standing for a page and its reload). */
export function memoryLeaveJournal(): LeaveJournal & { records(): JournalRecord[] } {
  let kept: JournalRecord[] = [];
  return {
    write: (records) => void (kept = [...kept.filter((r) => !records.some((x) => x.id === r.id)), ...structuredClone(records)]),
    read: () => structuredClone(kept),
    clear: (ids) => void (kept = kept.filter((r) => !ids.includes(r.id))),
    records: () => kept,
  };
}
