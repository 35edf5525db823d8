import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createCrossTab } from '../../../src/ui/store/cross-tab';
import type { StoredScenario } from '../../../src/ui/store/persistence';

const record = (id: string, rev: number): StoredScenario => ({ id, name: id, createdAt: 1, updatedAt: 1, doc: {}, rev });
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the cross-tab slice of the scenario store', () => {
  it('hears the other tab’s announcements, holds those that must wait, and takes them in order on release', async () => {
    await createRoot(async (dispose) => {
      const heard: unknown[] = [];
      let loaded = false;
      const here = createCrossTab('cross-tab-test', (m) => heard.push(m), () => !loaded);
      const there = createCrossTab('cross-tab-test', () => {}, () => false);
      there.announce({ removed: 'a', rev: 1 });
      there.announce(record('b', 2));
      await settle();
      expect(heard).toEqual([]);
      loaded = true;
      here.release();
      expect(heard).toEqual([{ removed: 'a', rev: 1 }, record('b', 2)]);
      there.announce(record('c', 3));
      await settle();
      expect(heard).toHaveLength(3);
      dispose();
    });
  });

  it('asks about one conflict at a time, oldest first, a newer version of the same scenario replacing the older', () => {
    createRoot((dispose) => {
      const tabs = createCrossTab(undefined, () => {}, () => false);
      expect(tabs.conflict()).toBeNull();
      tabs.addConflict(record('a', 2));
      tabs.addConflict(record('b', 5));
      tabs.addConflict(record('a', 3));
      expect(tabs.conflict()).toEqual(record('a', 3));
      tabs.dropConflict('a');
      expect(tabs.conflict()).toEqual(record('b', 5));
      tabs.dropConflict('b');
      expect(tabs.conflict()).toBeNull();
      dispose();
    });
  });
});
