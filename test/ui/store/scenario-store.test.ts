import { getAt } from '../../../src/scenario/doc-path';
import baselineV1 from '../../fixtures/v1/baseline.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { memoryPersistence, type ScenarioPersistence } from '../../../src/ui/store/persistence';
import baseline from '../../../scenarios/baseline.json';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

async function fresh(persistence = memoryPersistence()) {
  const store = createScenarioStore({ persistence, saveDelayMs: 300 });
  await store.loaded;
  return { ...store, persistence };
}

describe('scenario store', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('seeds the baseline and evidence scenarios on first start and selects the first', async () => {
    const { state } = await fresh();
    expect(state.ready).toBe(true);
    expect(state.entries.map((e) => e.id)).toEqual(['baseline', 'evidence']);
    expect(state.currentId).toBe('baseline');
    expect(state.parsed.ok).toBe(true);
    expect(state.lastValid?.scenario.id).toBe('baseline');
  });

  it('does not seed again once the planner has deleted the built-in scenarios', async () => {
    const p = memoryPersistence();
    const first = await fresh(p);
    first.actions.remove('baseline');
    first.actions.remove('evidence');
    await first.actions.flush();
    const again = await fresh(p);
    expect(again.state.entries).toEqual([]);
    expect(again.state.currentId).toBeNull();
  });

  it('updates the draft immutably and saves it after a pause, even when invalid', async () => {
    const { state, actions, persistence } = await fresh();
    const before = state.draft;
    actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 7);
    expect(state.draft).not.toBe(before);
    expect(getAt(baseline, 'activities.A1.routing.proceed.mode')).toBe(0.5);
    expect(state.parsed.ok).toBe(false);
    if (!state.parsed.ok) expect(state.parsed.errors.map((e) => e.path)).toContain('activities.A1.routing.proceed');
    expect(getAt(state.lastValid?.scenario, 'activities.A1.routing.proceed')).toMatchObject({ mode: 0.5 });
    const saved = () => getAt(persistence.snapshot().scenarios.find((s) => s.id === 'baseline')!.doc, 'activities.A1.routing.proceed.mode');
    expect(saved()).toBe(0.5);
    vi.advanceTimersByTime(299);
    expect(saved()).toBe(0.5);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(saved()).toBe(7));
  });

  it('restores an unsaved edit after a reload', async () => {
    const p = memoryPersistence();
    const a = await fresh(p);
    a.actions.select('evidence');
    a.actions.setAt(['name'], 'Mit forslag');
    await a.actions.flush();
    const b = await fresh(p);
    expect(b.state.currentId).toBe('evidence');
    expect(b.state.entries.find((e) => e.id === 'evidence')?.name).toBe('Mit forslag');
    expect((b.state.draft as { name: string }).name).toBe('Mit forslag');
  });

  it('keeps the last valid version across a reload while the draft is invalid', async () => {
    const p = memoryPersistence();
    const a = await fresh(p);
    a.actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 0.45);
    a.actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 7);
    a.actions.setAt(['activities', 'A1', 'routing', 'proceed', 'max'], 9);
    await a.actions.flush();
    const b = await fresh(p);
    expect(b.state.parsed.ok).toBe(false);
    expect(getAt(b.state.lastValid?.scenario, 'activities.A1.routing.proceed')).toMatchObject({ mode: 0.45, max: 0.6 });
  });

  it('gives new and duplicated scenarios unique entry ids and valid, unused document ids', async () => {
    const { state, actions } = await fresh();
    const a = actions.createFromBaseline();
    const b = actions.duplicate('baseline')!;
    const c = actions.duplicate(b)!;
    const ids = state.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(state.currentId).toBe(c);
    const docIds = [a, b, c].map((id) => {
      actions.select(id);
      return (state.draft as { id: string }).id;
    });
    for (const id of docIds) expect(id).toMatch(SLUG);
    expect(new Set([...docIds, 'baseline', 'evidence']).size).toBe(5);
    expect(state.parsed.ok).toBe(true);
  });

  it('renames a scenario in the list and in its document', async () => {
    const { state, actions } = await fresh();
    actions.rename('evidence', 'Evidens 2026');
    expect(state.entries.find((e) => e.id === 'evidence')?.name).toBe('Evidens 2026');
    actions.select('evidence');
    expect((state.draft as { name: string }).name).toBe('Evidens 2026');
  });

  it('deletes a scenario, selects a neighbour, and undoes the deletion', async () => {
    const { state, actions, persistence } = await fresh();
    actions.setAt(['description'], 'edited just before deleting');
    actions.remove('baseline');
    expect(state.entries.map((e) => e.id)).toEqual(['evidence']);
    expect(state.currentId).toBe('evidence');
    expect(state.removed?.id).toBe('baseline');
    await vi.waitFor(() => expect(persistence.snapshot().scenarios.map((s) => s.id)).toEqual(['evidence']));
    actions.undoRemove();
    expect(state.entries.map((e) => e.id)).toEqual(['baseline', 'evidence']);
    expect(state.currentId).toBe('baseline');
    expect((state.draft as { description: string }).description).toBe('edited just before deleting');
    expect(state.removed).toBeNull();
    await vi.waitFor(() => expect(persistence.snapshot().scenarios).toHaveLength(2));
  });

  it('refuses broken JSON and changes nothing', async () => {
    const { state, actions } = await fresh();
    const before = { entries: state.entries, draft: state.draft, currentId: state.currentId };
    const errors = actions.importText('{"schemaVersion": 1,,}');
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('(file)');
    expect(errors[0].message).toMatch(/line 1/);
    expect({ entries: state.entries, draft: state.draft, currentId: state.currentId }).toEqual(before);
  });

  it('refuses an invalid scenario with every error by path and changes nothing', async () => {
    const { state, actions } = await fresh();
    const bad = structuredClone(baseline) as Record<string, unknown>;
    bad.id = 'Not A Slug';
    (bad.periods as { id: string; years: number }[])[0].years = -1;
    const errors = actions.importText(JSON.stringify(bad));
    expect(errors.map((e) => e.path).sort()).toEqual(['id', 'periods.period1.years']);
    expect(state.entries).toHaveLength(2);
    expect(state.currentId).toBe('baseline');
  });

  it('imports a valid scenario as a new one, never overwriting one with the same id', async () => {
    const { state, actions } = await fresh();
    const errors = actions.importText(JSON.stringify({ ...baseline, name: 'Importeret' }));
    expect(errors).toEqual([]);
    expect(state.entries).toHaveLength(3);
    expect(state.currentId).not.toBe('baseline');
    expect((state.draft as { id: string }).id).toBe('baseline-2');
    expect((state.draft as { name: string }).name).toBe('Importeret');
    actions.select('baseline');
    expect((state.draft as { name: string }).name).toBe(baseline.name);
  });

  it('gives an imported scenario whose name another has the next free "(2)", in the list and in its document', async () => {
    const { state, actions } = await fresh();
    expect(actions.importText(JSON.stringify(baseline))).toEqual([]);
    expect(actions.importText(JSON.stringify(baseline))).toEqual([]);
    expect(state.entries.map((e) => e.name)).toEqual([baseline.name, 'Evidensbaserede rater', `${baseline.name} (2)`, `${baseline.name} (3)`]);
    expect((state.draft as { name: string }).name).toBe(`${baseline.name} (3)`);
    expect(state.parsed.ok).toBe(true);
  });

  describe('opening a shared scenario', () => {
    const names = { suffix: 'shared', untitled: 'Shared scenario' };
    // A link of the first format, as planners have them: opened in the current one.
    const invalid = () => {
      const doc = structuredClone(baselineV1) as typeof baselineV1;
      doc.activities.A1.units.period1 = -1;
      return doc;
    };

    it('adds a scenario with errors as a draft, its errors shown, and saves it', async () => {
      const { state, actions, persistence } = await fresh();
      const opened = actions.openShared(JSON.stringify(invalid()), names);
      expect(opened).toMatchObject({ ok: true, name: `${baseline.name} (shared)` });
      expect(opened.ok && opened.errors.map((e) => e.path)).toEqual(['activities.A1.units.period1']);
      expect(state.entries).toHaveLength(3);
      expect(state.currentId).toBe(opened.ok && opened.id);
      expect(state.parsed.ok).toBe(false);
      expect(state.lastValid).toBeNull();
      const draft = state.draft as typeof baseline;
      expect(getAt(draft, 'activities.A1.units.period1')).toBe(-1);
      expect(draft.schemaVersion).toBe(2);
      expect(draft.name).toBe(`${baseline.name} (shared)`);
      expect(draft.id).toMatch(SLUG);
      expect(draft.id).not.toBe('baseline');
      await actions.flush();
      expect(persistence.snapshot().scenarios.find((s) => s.id === state.currentId)?.doc).toEqual(draft);
      // Fixing it makes it a scenario like any other.
      actions.setAt(['activities', 'A1', 'units', 'period1'], 3);
      expect(state.parsed.ok).toBe(true);
    });

    it('adds a valid one under its own name when no other scenario has it, and then "(shared) (2)"', async () => {
      const { state, actions } = await fresh();
      expect(actions.openShared(JSON.stringify({ ...baseline, name: 'Plan B' }), names)).toMatchObject({ ok: true, name: 'Plan B', errors: [] });
      expect(state.parsed.ok).toBe(true);
      actions.openShared(JSON.stringify(baseline), names);
      expect(actions.openShared(JSON.stringify(baseline), names)).toMatchObject({ ok: true, name: `${baseline.name} (shared) (2)` });
      expect(new Set(state.entries.map((e) => e.name)).size).toBe(5);
    });

    it('names one without a name as the caller says, leaving its name field to be fixed', async () => {
      const { state, actions } = await fresh();
      expect(actions.openShared(JSON.stringify({ ...baseline, name: '' }), names)).toMatchObject({ ok: true, name: 'Shared scenario' });
      expect((state.draft as { name: string }).name).toBe('');
      expect(!state.parsed.ok && state.parsed.errors.map((e) => e.path)).toContain('name');
    });

    it('refuses what is not a scenario at all, and changes nothing', async () => {
      const { state, actions } = await fresh();
      const before = { entries: state.entries, draft: state.draft, currentId: state.currentId };
      const refused = (text: string) => {
        const r = actions.openShared(text, names);
        return r.ok ? null : r.error;
      };
      expect(refused('[1, 2]')).toMatchObject({ path: '(scenario)', code: 'wrongType' });
      expect(refused('not json')).toMatchObject({ code: 'json' });
      expect(refused(JSON.stringify({ ...baseline, schemaVersion: 3 }))).toMatchObject({ path: 'schemaVersion', code: 'schemaVersion', params: { got: '3' } });
      expect(refused(JSON.stringify({ schemaVersion: 1, name: 'x' }))).toMatchObject({ path: 'periods', code: 'required' });
      expect(refused(JSON.stringify({ foo: 1 }))).toMatchObject({ path: '(file)', code: 'notScenarioFile' });
      expect(refused(JSON.stringify({ ...baseline, activities: {} }))).toMatchObject({ path: 'activities', code: 'required' });
      expect({ entries: state.entries, draft: state.draft, currentId: state.currentId }).toEqual(before);
    });
  });

  it('gives the latest document of any scenario, edited or not', async () => {
    const { actions } = await fresh();
    actions.setAt(['name'], 'Redigeret');
    actions.select('evidence');
    expect((actions.documentOf('baseline') as { name: string }).name).toBe('Redigeret');
    expect((actions.documentOf('evidence') as { id: string }).id).toBe('evidence');
    expect(actions.documentOf('nothing')).toBeUndefined();
  });

  it('exports the current draft as pretty JSON named after its name, as the planner knows it', async () => {
    const { actions } = await fresh();
    const out = actions.exportCurrent()!;
    expect(out.filename).toBe('ansoegningen-som-skrevet-baseline.json');
    expect(JSON.parse(out.text)).toEqual(baseline);
    // A renamed copy keeps its id ("baseline-2") but its files carry its name.
    actions.duplicate('baseline');
    actions.setAt(['name'], 'Forsigtig variant');
    expect(actions.exportCurrent()!.filename).toBe('forsigtig-variant.json');
    expect(out.text).toContain('\n  "id": "baseline"');
  });

  it('works in memory and reports the problem when storage is refused', async () => {
    const refusing: ScenarioPersistence = { ...memoryPersistence(), load: () => Promise.reject(new Error('storage refused')) };
    const { state } = await fresh(refusing as ReturnType<typeof memoryPersistence>);
    expect(state.error).toBe('storage refused');
    expect(state.entries).toHaveLength(2);
    expect(state.parsed.ok).toBe(true);
  });
});
