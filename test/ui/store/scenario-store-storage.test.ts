import { describe, expect, it, vi } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { memoryPersistence, type StoredScenario } from '../../../src/ui/store/persistence';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { memoryLeaveJournal } from '../../../src/ui/store/leave-journal';
import { getAt } from '../../../src/scenario/doc-path';

const record = (id: string, doc: unknown): StoredScenario => ({ id, name: id, createdAt: 1, updatedAt: 1, doc });

async function open(persistence: ReturnType<typeof memoryPersistence>) {
  const store = createScenarioStore({ persistence, saveDelayMs: 60_000 });
  await store.loaded;
  return store;
}

describe('scenario store when storage misbehaves', () => {
  it('opens with the readable scenarios and sets unreadable records aside for download', async () => {
    const cyclic: Record<string, unknown> = { big: 10n };
    cyclic.self = cyclic;
    const invalid = { ...baseline, periods: 'not periods' };
    const p = memoryPersistence({
      seeded: true,
      currentId: 'broken',
      scenarios: [record('baseline', baseline), record('draft', invalid), 'not an object', { id: 'nodoc', name: 'No doc' }, record('broken', cyclic)],
    });
    const { state, actions } = await open(p);
    expect(state.ready).toBe(true);
    // A scenario that fails validation is a draft with errors, not a corrupted record.
    expect(state.entries.map((e) => e.id)).toEqual(['baseline', 'draft']);
    expect(state.currentId).toBe('baseline');
    expect(state.unreadable).toBe(3);
    expect(p.snapshot().unreadable).toHaveLength(3);
    const file = actions.downloadUnreadable()!;
    expect(file.filename).toBe('unreadable-scenarios.json');
    const saved = JSON.parse(file.text) as unknown[];
    expect(saved[0]).toBe('not an object');
    expect(saved[1]).toEqual({ id: 'nodoc', name: 'No doc' });
    expect(saved[2]).toMatchObject({ id: 'broken', doc: { big: '10', self: '[repeated or circular reference]' } });
  });

  it('keeps unreadable records, and says why, when removing them fails', async () => {
    const p = memoryPersistence({ seeded: true, scenarios: [record('baseline', baseline), 'not an object'] });
    const { state, actions } = await open({ ...p, clearUnreadable: () => Promise.reject(new Error('disk error')) });
    await actions.discardUnreadable();
    expect(state.unreadable).toBe(1);
    expect(state.error).toBe('disk error');
  });

  it('reports a failed write at once, keeps the draft and what was saved, and retries at the next edit', async () => {
    const p = memoryPersistence();
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    let refuse = true;
    const { state, actions } = await open({ ...p, put: (s) => (refuse ? Promise.reject(full) : p.put(s)) });
    const stored = () => p.snapshot().scenarios.find((s) => s.id === 'baseline')?.doc as { name: string; description?: string } | undefined;
    refuse = false;
    await actions.flush();
    const before = stored()!.name;
    refuse = true;
    actions.setAt(['name'], 'Plan A');
    await actions.flush();
    expect(state.saveFailed).toEqual({ detail: 'The quota has been exceeded.', full: true });
    expect(stored()!.name).toBe(before);
    expect((state.draft as { name: string }).name).toBe('Plan A');
    refuse = false;
    actions.setAt(['description'], 'more room now');
    await actions.flush();
    expect(state.saveFailed).toBeNull();
    expect(stored()).toMatchObject({ name: 'Plan A', description: 'more room now' });
  });

  it('reports a failed delete as a storage problem, not as a save that will be retried', async () => {
    const p = memoryPersistence();
    const { state, actions } = await open({ ...p, remove: () => Promise.reject(new Error('disk error')) });
    await actions.flush();
    actions.remove('evidence');
    await vi.waitFor(() => expect(state.error).toBe('disk error'));
    expect(state.saveFailed).toBeNull();
    expect(p.snapshot().scenarios.map((s) => s.id)).toContain('evidence');
  });

  it('retries a failed write of another scenario with the next save', async () => {
    const p = memoryPersistence();
    let refuse = false;
    const { state, actions } = await open({ ...p, put: (s) => (refuse ? Promise.reject(new Error('disk error')) : p.put(s)) });
    await actions.flush();
    refuse = true;
    actions.rename('evidence', 'Evidens 2');
    await actions.flush();
    expect(state.saveFailed).toEqual({ detail: 'disk error', full: false });
    refuse = false;
    actions.setAt(['name'], 'Baseline 2');
    await actions.flush();
    expect(p.snapshot().scenarios.map((s) => s.name)).toEqual(['Baseline 2', 'Evidens 2']);
    expect(state.saveFailed).toBeNull();
  });

  it('holds back a save based on an older revision and lets the planner choose', async () => {
    const p = memoryPersistence();
    const a = await open(p);
    await a.actions.flush();
    const b = await open(p);
    const storedName = () => p.snapshot().scenarios.find((s) => s.id === 'baseline')!.name;
    a.actions.setAt(['name'], 'From tab A');
    await a.actions.flush();
    b.actions.setAt(['name'], 'From tab B');
    await b.actions.flush();
    expect(b.state.conflict).toEqual({ id: 'baseline', name: 'From tab B' });
    expect(storedName()).toBe('From tab A');

    b.actions.loadTheirs();
    expect(b.state.conflict).toBeNull();
    expect((b.state.draft as { name: string }).name).toBe('From tab A');
    b.actions.setAt(['name'], 'B after reading A');
    await b.actions.flush();
    expect(b.state.conflict).toBeNull();
    expect(storedName()).toBe('B after reading A');

    a.actions.setAt(['name'], 'A again');
    await a.actions.flush();
    expect(a.state.conflict?.id).toBe('baseline');
    a.actions.keepMine();
    await a.actions.flush();
    expect(storedName()).toBe('A again');
  });

  it('keeps every conflict until the planner has chosen for each, one at a time', async () => {
    const p = memoryPersistence();
    const a = await open(p);
    await a.actions.flush();
    const b = await open(p);
    const storedName = (id: string) => p.snapshot().scenarios.find((s) => s.id === id)!.name;
    const other = a.state.entries.find((e) => e.id !== a.state.currentId)!.id;
    a.actions.rename(other, 'Other from A');
    a.actions.setAt(['name'], 'Current from A');
    await a.actions.flush();
    b.actions.rename(other, 'Other from B');
    b.actions.setAt(['name'], 'Current from B');
    await b.actions.flush();
    expect(b.state.conflict).toEqual({ id: other, name: 'Other from B' });

    b.actions.keepMine();
    await b.actions.flush();
    expect(storedName(other)).toBe('Other from B');
    expect(b.state.conflict).toEqual({ id: 'baseline', name: 'Current from B' });

    b.actions.loadTheirs();
    expect(b.state.conflict).toBeNull();
    expect(storedName('baseline')).toBe('Current from A');
    expect((b.state.draft as { name: string }).name).toBe('Current from A');
  });

  it('keeps a scenario that another tab saved after this one read it, instead of deleting it', async () => {
    const p = memoryPersistence();
    const a = await open(p);
    await a.actions.flush();
    const b = await open(p);
    b.actions.setAt(['name'], 'Changed in tab B');
    await b.actions.flush();
    expect(a.state.currentId).toBe('baseline');
    a.actions.remove('baseline');
    expect(a.state.entries.map((e) => e.id)).toEqual(['evidence']);
    expect(a.state.currentId).toBe('evidence');
    await vi.waitFor(() => expect(a.state.removeRefused).toEqual({ id: 'baseline', name: 'Changed in tab B' }));
    // Shown again, as saved in the other tab.
    expect(a.state.currentId).toBe('baseline');
    expect((a.state.draft as { name: string }).name).toBe('Changed in tab B');
    expect(p.snapshot().scenarios.map((s) => s.name)).toContain('Changed in tab B');
    expect(a.state.entries.map((e) => e.name)).toContain('Changed in tab B');
    expect(a.state.removed).toBeNull();
    a.actions.dismissRemoveRefused();
    expect(a.state.removeRefused).toBeNull();
  });

  it('deletes once its own save has landed, with no conflict against itself', async () => {
    const p = memoryPersistence();
    const { state, actions } = await open(p);
    await actions.flush();
    actions.setAt(['name'], 'Edited, then deleted');
    const saving = actions.flush();
    actions.remove('baseline');
    await saving;
    await vi.waitFor(() => expect(p.snapshot().scenarios.map((s) => s.id)).toEqual(['evidence']));
    expect(state.removeRefused).toBeNull();
    expect(state.removed?.name).toBe('Edited, then deleted');
    actions.undoRemove();
    await actions.flush();
    expect(p.snapshot().scenarios.map((s) => s.name).sort()).toEqual(['Edited, then deleted', 'Evidensbaserede rater']);
  });

  it('deletes a scenario that another tab deleted first', async () => {
    const p = memoryPersistence();
    const a = await open(p);
    await a.actions.flush();
    const b = await open(p);
    b.actions.remove('evidence');
    a.actions.remove('evidence');
    await vi.waitFor(() => expect(p.snapshot().scenarios.map((s) => s.id)).toEqual(['baseline']));
    expect(a.state.removeRefused).toBeNull();
    expect(b.state.removeRefused).toBeNull();
  });
});

describe('scenario store between two tabs (one memory persistence, one announcement channel)', () => {
  let n = 0;
  async function twoTabs() {
    const p = memoryPersistence();
    const channel = `tabs-${n++}`;
    const tab = async () => {
      const store = createScenarioStore({ persistence: p, saveDelayMs: 60_000, channel });
      await store.loaded;
      return store;
    };
    const a = await tab();
    await a.actions.flush();
    return { p, a, b: await tab() };
  }
  const nameOf = (s: { state: { draft: unknown } }) => (s.state.draft as { name: string }).name;

  it('takes in the other tab’s save when there are no edits here', async () => {
    const { a, b } = await twoTabs();
    a.actions.setAt(['name'], 'Saved in A');
    await a.actions.flush();
    await vi.waitFor(() => expect(nameOf(b)).toBe('Saved in A'));
    expect(b.state.conflict).toBeNull();
  });

  it('asks at once when the other tab saves a scenario with unsaved edits here', async () => {
    const { a, b } = await twoTabs();
    b.actions.setAt(['name'], 'Unsaved in B');
    a.actions.setAt(['name'], 'Saved in A');
    await a.actions.flush();
    await vi.waitFor(() => expect(b.state.conflict).toEqual({ id: 'baseline', name: 'Unsaved in B' }));
    expect(nameOf(b)).toBe('Unsaved in B');
  });

  it('drops a scenario the other tab deleted, unless it has unsaved edits here', async () => {
    const { p, a, b } = await twoTabs();
    b.actions.select('evidence');
    b.actions.setAt(['name'], 'Edited in B');
    a.actions.remove('baseline');
    a.actions.remove('evidence');
    await vi.waitFor(() => expect(b.state.entries.map((e) => e.id)).toEqual(['evidence']));
    expect(nameOf(b)).toBe('Edited in B');
    await b.actions.flush();
    expect(p.snapshot().scenarios.map((s) => s.name)).toEqual(['Edited in B']);
  });

  /** A stand-in for a slow disk: `load` and `remove` do their work, then wait until released. */
  function slowed(p: ReturnType<typeof memoryPersistence>) {
    let releaseLoad = () => {};
    let releaseRemove = () => {};
    const loadGate = new Promise<void>((r) => (releaseLoad = r));
    const removeGate = new Promise<void>((r) => (releaseRemove = r));
    const persistence = {
      ...p,
      load: async () => {
        const snap = await p.load();
        await loadGate;
        return snap;
      },
      remove: async (id: string, rev: number | undefined) => {
        await removeGate;
        return p.remove(id, rev);
      },
    };
    return { persistence, releaseLoad, releaseRemove };
  }

  it('takes in a save announced while this tab was still loading, after it has loaded', async () => {
    const { p, a } = await twoTabs();
    const channel = `tabs-${n - 1}`;
    const slow = slowed(p);
    const b = createScenarioStore({ persistence: slow.persistence, saveDelayMs: 60_000, channel });
    // B has read storage but not finished loading when A saves.
    await new Promise((r) => setTimeout(r, 0));
    a.actions.setAt(['name'], 'Saved in A while B loaded');
    await a.actions.flush();
    await new Promise((r) => setTimeout(r, 10));
    slow.releaseLoad();
    await b.loaded;
    await vi.waitFor(() => expect(nameOf(b)).toBe('Saved in A while B loaded'));
    expect(b.state.conflict).toBeNull();
  });

  it('keeps a scenario whose delete here is pending when the other tab saves it meanwhile', async () => {
    const { p, a } = await twoTabs();
    const channel = `tabs-${n - 1}`;
    const slow = slowed(p);
    const b = createScenarioStore({ persistence: slow.persistence, saveDelayMs: 60_000, channel });
    slow.releaseLoad();
    await b.loaded;
    b.actions.remove('baseline');
    a.actions.setAt(['name'], 'Saved in A during the delete');
    await a.actions.flush();
    await new Promise((r) => setTimeout(r, 10));
    // Until the delete is decided, the other tab's save waits: the scenario stays removed here.
    expect(b.state.entries.map((e) => e.id)).toEqual(['evidence']);
    slow.releaseRemove();
    await vi.waitFor(() => expect(b.state.removeRefused).toEqual({ id: 'baseline', name: 'Saved in A during the delete' }));
    expect(b.state.entries.map((e) => e.id)).toEqual(['baseline', 'evidence']);
    expect(b.state.conflict).toBeNull();
    expect(p.snapshot().scenarios.map((s) => s.name)).toContain('Saved in A during the delete');
  });
});

describe('leaving the page a moment after an edit', () => {
  /** A storage whose writes land only when released, as an IndexedDB write cut short by the page's end never does. */
  function heldStorage(initial: StoredScenario[]) {
    const p = memoryPersistence({ seeded: true, currentId: 'baseline', scenarios: initial });
    const held: (() => void)[] = [];
    return { p, held, persistence: { ...p, put: (s: StoredScenario) => new Promise<Awaited<ReturnType<typeof p.put>>>((done) => held.push(() => void p.put(s).then(done))) } };
  }

  it('keeps the last edit when the page goes while an earlier save of it is still in flight, and saves it at the next start', async () => {
    const journal = memoryLeaveJournal();
    const { p, held, persistence } = heldStorage([record('baseline', baseline)]);
    const first = createScenarioStore({ persistence, journal, saveDelayMs: 0 });
    await first.loaded;
    first.actions.setAt(['periods', 'period1', 'years'], 25);
    await new Promise((r) => setTimeout(r, 5));
    expect(held).toHaveLength(1); // the 25 on its way, not yet stored
    first.actions.setAt(['periods', 'period1', 'years'], 1.5);
    first.actions.leaving();
    // The page goes: only the write in flight lands (25); the one queued behind it never starts.
    held.shift()!();
    await new Promise((r) => setTimeout(r, 5));
    const years = (doc: unknown) => getAt(doc, ['periods', 'period1', 'years']);
    expect(years(p.snapshot().scenarios.find((s) => s.id === 'baseline')!.doc)).toBe(25);

    // The next start takes the edit back from the journal, shows it, and saves it.
    const again = createScenarioStore({ persistence: p, journal, saveDelayMs: 0 });
    await again.loaded;
    expect(years(again.state.draft)).toBe(1.5);
    await again.actions.flush();
    await vi.waitFor(() => expect(years(p.snapshot().scenarios.find((s) => s.id === 'baseline')!.doc)).toBe(1.5));
    expect(journal.records()).toEqual([]);
  });

  it('does not take back an edit another tab has saved over since', async () => {
    const journal = memoryLeaveJournal();
    const p = memoryPersistence({ seeded: true, currentId: 'baseline', scenarios: [record('baseline', baseline)] });
    const mine = createScenarioStore({ persistence: { ...p, put: () => new Promise(() => {}) }, journal, saveDelayMs: 0 });
    await mine.loaded;
    mine.actions.setAt(['name'], 'Mine');
    mine.actions.leaving();
    // Another tab saves its own version (a new revision).
    const theirs = createScenarioStore({ persistence: p, saveDelayMs: 0 });
    await theirs.loaded;
    theirs.actions.setAt(['name'], 'Theirs');
    await theirs.actions.flush();
    const again = createScenarioStore({ persistence: p, journal, saveDelayMs: 0 });
    await again.loaded;
    expect((again.state.draft as { name: string }).name).toBe('Theirs');
  });
});
