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
}

export interface Snapshot {
  scenarios: StoredScenario[];
  currentId: string | null;
  /** Whether the built-in scenarios were ever added: a planner who deletes them keeps them deleted. */
  seeded: boolean;
}

/**
 * Where the store keeps its scenarios. IndexedDB in the browser (`db.ts`); an in-memory
 * stand-in for tests and for browsers that refuse storage.
 */
export interface ScenarioPersistence {
  load(): Promise<Snapshot>;
  put(s: StoredScenario): Promise<void>;
  remove(id: string): Promise<void>;
  setCurrent(id: string | null): Promise<void>;
  setSeeded(): Promise<void>;
}

/** Keeps everything in memory; `structuredClone` so callers cannot alias stored documents. */
export function memoryPersistence(initial?: Partial<Snapshot>): ScenarioPersistence & { snapshot(): Snapshot } {
  const scenarios = new Map<string, StoredScenario>((initial?.scenarios ?? []).map((s) => [s.id, structuredClone(s)]));
  let currentId = initial?.currentId ?? null;
  let seeded = initial?.seeded ?? false;
  const snapshot = (): Snapshot => ({ scenarios: [...scenarios.values()].map((s) => structuredClone(s)), currentId, seeded });
  return {
    snapshot,
    load: async () => snapshot(),
    put: async (s) => void scenarios.set(s.id, structuredClone(s)),
    remove: async (id) => void scenarios.delete(id),
    setCurrent: async (id) => void (currentId = id),
    setSeeded: async () => void (seeded = true),
  };
}
