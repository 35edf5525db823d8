import type { RemoveResult, ScenarioPersistence, StoredScenario } from './persistence';

export interface SaveHooks {
  db(): ScenarioPersistence;
  /** The record as it is now in memory; undefined once deleted. */
  latest(id: string): StoredScenario | undefined;
  saved(r: StoredScenario, rev: number): void;
  conflict(theirs: StoredScenario): void;
  /** A write failed (with its error), or every pending write has now succeeded (null). */
  failed(e: unknown): void;
}

/**
 * Writes scenarios, one write at a time per scenario, so each save is based on the revision the
 * one before it stored (two in flight would conflict with each other). A write starts at once
 * when none is in flight: a page being closed leaves no time to wait. A failed write is kept and
 * tried again with the next save; a conflict is reported, never overwritten.
 */
export function createSaveQueue(hooks: SaveHooks) {
  const failed = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  /** The record each scenario's write in flight is storing. */
  const writing = new Map<string, StoredScenario>();
  const put = async (id: string) => {
    const r = hooks.latest(id);
    if (!r) return void failed.delete(id);
    writing.set(id, r);
    try {
      const result = await hooks.db().put(r);
      failed.delete(id);
      if (result.ok) hooks.saved(r, result.rev);
      else hooks.conflict(result.theirs);
    } catch (e) {
      failed.add(id);
      hooks.failed(e);
    } finally {
      if (writing.get(id) === r) writing.delete(id);
    }
  };
  const write = (id: string) => {
    const before = inFlight.get(id);
    const p = before ? before.then(() => put(id)) : put(id);
    inFlight.set(id, p);
    void p.then(() => inFlight.get(id) === p && inFlight.delete(id));
    return p;
  };
  return {
    /** The record a write in flight is storing for `id`, if one is. */
    writing: (id: string) => writing.get(id),
    /**
     * Deletes `id` once its writes in flight have landed, checked against the revision `rev()`
     * gives then (the one this tab last saved or read), so a newer save from another tab is kept.
     */
    remove(id: string, rev: () => number | undefined): Promise<RemoveResult> {
      failed.delete(id);
      const p = (inFlight.get(id) ?? Promise.resolve()).then(() => hooks.db().remove(id, rev()));
      const settled = p.then(() => {}, () => {});
      inFlight.set(id, settled);
      void settled.then(() => inFlight.get(id) === settled && inFlight.delete(id));
      return p;
    },
    /** Saves `id` (if given) and every scenario whose last write failed. */
    async save(id?: string): Promise<void> {
      await Promise.all([...new Set([...(id ? [id] : []), ...failed])].map(write));
      if (failed.size === 0) hooks.failed(null);
    },
  };
}
