import { createSignal } from 'solid-js';
import type { StoredScenario } from './persistence';

/**
 * The scenario store's cross-tab slice: the channel on which the tabs of one database announce
 * their saves and deletes; the announcements that must wait (`waits`: before this tab has
 * loaded, or about a scenario whose delete is pending here, taken in at once they would be
 * judged against a list not read yet, or against a delete whose outcome decides what they
 * mean), taken in by `release` in the order they came; and the other tabs' newer versions of
 * scenarios with unsaved edits here, put to the planner one at a time (oldest first, one per
 * scenario) until each is resolved. Without a channel name (or BroadcastChannel) it is one tab.
 */
export function createCrossTab(name: string | undefined, receive: (message: unknown) => void, waits: (message: unknown) => boolean) {
  const channel = name !== undefined && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(name) : null;
  const held: unknown[] = [];
  const take = (m: unknown) => (waits(m) ? void held.push(m) : receive(m));
  if (channel) channel.onmessage = (e: MessageEvent<unknown>) => take(e.data);
  const [conflicts, setConflicts] = createSignal<StoredScenario[]>([]);
  return {
    /** Tells the other tabs of a save (the record) or a delete ({ removed, rev }). */
    announce(message: unknown): void {
      channel?.postMessage(message);
    },
    /** Takes in the announcements that had to wait, in the order they came (those that must wait still wait). */
    release(): void {
      for (const m of held.splice(0)) take(m);
    },
    /** The other tab's version the planner is asked about now, or null. */
    conflict: (): StoredScenario | null => conflicts()[0] ?? null,
    /** Another tab's newer version of a scenario with unsaved edits here (a later one replaces an earlier one of the same scenario). */
    addConflict(theirs: StoredScenario): void {
      setConflicts((cs) => (cs.some((c) => c.id === theirs.id) ? cs.map((c) => (c.id === theirs.id ? theirs : c)) : [...cs, theirs]));
    },
    dropConflict(id: string): void {
      setConflicts((cs) => cs.filter((c) => c.id !== id));
    },
  };
}
