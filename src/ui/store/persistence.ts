import { isReadable } from './stored-record';
import type { Problem } from '../../scenario/errors';

/**
 * What a field holds when its text was refused: the text, the rule it breaks, and the part of
 * the document it would have changed (`path`) as it was then (`under`, as JSON). The document
 * keeps its last valid value there; a change to that part from elsewhere (its bounds edited
 * under A1, another tab's save, an undo) makes the refused text moot, and it is dropped.
 */
export interface FieldText {
  text: string;
  problem: Problem;
  path: string;
  under: string;
}

/** One saved scenario: the document as the planner left it (possibly invalid) and its place in the list. */
export interface StoredScenario {
  /** The store's own id, unique among entries; independent of the document's `id` field. */
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  doc: unknown;
  /** While `doc` is invalid: the last version that validated, so a reload still has a forecast. */
  lastValidDoc?: unknown;
  /**
   * Texts the planner typed into a field that the document cannot hold as they are (a
   * mobilisation of 150 %), by the field's key: the draft is invalid while any is there, and
   * a reload shows them again with their errors. See FieldText.
   */
  fieldTexts?: Record<string, FieldText>;
  /** Raised by every save, so a tab can tell that another one saved since it read (absent before revisions). */
  rev?: number;
}

export interface Snapshot {
  scenarios: StoredScenario[];
  currentId: string | null;
  /** Whether the built-in scenarios were ever added: a planner who deletes them keeps them deleted. */
  seeded: boolean;
  /** Stored records that could not be read, set aside (never deleted) so the planner can download them. */
  unreadable: unknown[];
}

/** A save either stored the record under a new revision, or found another tab's newer one and left it alone. */
export type PutResult = { ok: true; rev: number } | { ok: false; theirs: StoredScenario };
/** A delete either removed the record (or found it gone), or found another tab's newer save and kept it. */
export type RemoveResult = { ok: true } | { ok: false; theirs: StoredScenario };

/**
 * Where the store keeps its scenarios. IndexedDB in the browser (`db.ts`); an in-memory
 * stand-in for tests and for browsers that refuse storage.
 */
export interface ScenarioPersistence {
  load(): Promise<Snapshot>;
  /** Stores `s` unless the stored record's revision differs from `s.rev` (then it is a conflict). */
  put(s: StoredScenario): Promise<PutResult>;
  /** Deletes `id` unless the stored record's revision differs from `rev` (another tab saved it since). */
  remove(id: string, rev: number | undefined): Promise<RemoveResult>;
  setCurrent(id: string | null): Promise<void>;
  setSeeded(): Promise<void>;
  /** Deletes the set-aside unreadable records (after the planner has downloaded them). */
  clearUnreadable(): Promise<void>;
}

/** The revision check both persistences share: run inside the write's transaction. */
export function checkRevision(stored: StoredScenario | undefined, s: Pick<StoredScenario, 'rev'>): PutResult {
  if (stored && (stored.rev ?? 0) !== (s.rev ?? 0)) return { ok: false, theirs: stored };
  return { ok: true, rev: (s.rev ?? 0) + 1 };
}

/** Keeps everything in memory; `structuredClone` so callers cannot alias stored documents. Unreadable initial records are set aside as IndexedDB's are. */
export function memoryPersistence(initial?: Partial<Omit<Snapshot, 'scenarios'>> & { scenarios?: unknown[] }): ScenarioPersistence & { snapshot(): Snapshot } {
  const raw = initial?.scenarios ?? [];
  const scenarios = new Map<string, StoredScenario>(raw.filter(isReadable).map((s) => [s.id, structuredClone(s)]));
  let unreadable = [...(initial?.unreadable ?? []), ...raw.filter((r) => !isReadable(r))];
  let currentId = initial?.currentId ?? null;
  let seeded = initial?.seeded ?? false;
  const snapshot = (): Snapshot => ({ scenarios: [...scenarios.values()].map((s) => structuredClone(s)), currentId, seeded, unreadable: [...unreadable] });
  return {
    snapshot,
    load: async () => snapshot(),
    async put(s) {
      const stored = scenarios.get(s.id);
      const result = checkRevision(stored && structuredClone(stored), s);
      if (result.ok) scenarios.set(s.id, structuredClone({ ...s, rev: result.rev }));
      return result;
    },
    async remove(id, rev) {
      const stored = scenarios.get(id);
      const result = checkRevision(stored && structuredClone(stored), { rev });
      if (!result.ok) return result;
      scenarios.delete(id);
      return { ok: true };
    },
    setCurrent: async (id) => void (currentId = id),
    setSeeded: async () => void (seeded = true),
    clearUnreadable: async () => void (unreadable = []),
  };
}
