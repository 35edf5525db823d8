import { batch, createSignal } from 'solid-js';
import baseline from '../../../scenarios/baseline.json';
import evidence from '../../../scenarios/evidence.json';
import blank from '../../../scenarios/templates/blank.json';
import { parseJsonText, parseScenarioText } from '../../scenario/parse';
import { DB_NAME, idbPersistence } from './db';
import { getIn, pathString, setIn } from './draft-path';
import { docId, freshCopy, slugify, uniqueName, uniqueSlug } from './ids';
import { memoryPersistence, type StoredScenario } from './persistence';
import { migrateScenario } from '../../scenario/migrate';
import { createSaveQueue } from './save-queue';
import { notAScenario } from './scenario-shape';
import { isReadable, unreadableText } from './stored-record';
import { localLeaveJournal } from './leave-journal';
import { createDraftSlice, type FieldTexts } from './draft-slice';
import { createEditHistory } from './edit-history';
import { createCrossTab } from './cross-tab';
import type { ScenarioActions, ScenarioEntry, ScenarioState, StoreOptions } from './store-types';

export type { ScenarioActions, ScenarioEntry, ScenarioState, SharedOpened, StoreOptions } from './store-types';

const noneIfEmpty = (t: FieldTexts) => (Object.keys(t).length ? t : undefined);

/** A record of an earlier format, read in the current one (saved so at its next edit); one of the current format as it is. */
function current(r: StoredScenario): StoredScenario {
  const doc = migrateScenario(r.doc).doc;
  const last = r.lastValidDoc === undefined ? undefined : migrateScenario(r.lastValidDoc).doc;
  return doc === r.doc && last === r.lastValidDoc ? r : { ...r, doc, ...(last === undefined ? {} : { lastValidDoc: last }) };
}

/** Another tab's announcement that it deleted a scenario. */
const isRemoval = (m: unknown): m is { removed: string; rev: number } =>
  typeof m === 'object' && m !== null && typeof (m as { removed?: unknown }).removed === 'string' && typeof (m as { rev?: unknown }).rev === 'number';

/** The planner's scenarios, the one being edited, and its validation; persisted as it changes. */
export function createScenarioStore(opts: StoreOptions = {}) {
  let db = opts.persistence ?? (typeof indexedDB === 'undefined' ? memoryPersistence() : idbPersistence(opts.dbName));
  const journal = opts.journal ?? (opts.persistence || typeof localStorage === 'undefined' ? undefined : localLeaveJournal(`${opts.dbName ?? DB_NAME}:unsaved`));
  const delay = opts.saveDelayMs ?? 300;
  const records = new Map<string, StoredScenario>();
  const [ready, setReady] = createSignal(false);
  const [entries, setEntries] = createSignal<ScenarioEntry[]>([]);
  const [currentId, setCurrentId] = createSignal<string | null>(null);
  const drafts = createDraftSlice();
  const { draft, parsed, docOk, fieldTexts, lastValid } = drafts;
  /** Whether the document itself validates (the draft may still be invalid through its refused texts). */
  const [error, setError] = createSignal<string | null>(null);
  const [removed, setRemoved] = createSignal<{ record: StoredScenario; wasCurrent: boolean } | null>(null);
  const [unreadable, setUnreadable] = createSignal<unknown[]>([]);
  const [saveFailed, setSaveFailed] = createSignal<ScenarioState['saveFailed']>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Each record as last read from or written to storage: one that differs has unsaved edits, pending or in flight.
  const stored = new Map<string, StoredScenario>();
  // The revision of each record as this tab last saved or read it, kept after a delete (which is checked against it).
  const storedRev = new Map<string, number>();
  const history = createEditHistory();
  const [removeRefused, setRemoveRefused] = createSignal<{ id: string; name: string } | null>(null);
  // Scenarios whose delete this tab has sent to storage and not yet heard back about.
  const deleting = new Set<string>();
  // Other tabs of the same database announce their saves and deletes; what arrives before this
  // tab has loaded, or about a scenario whose delete is pending here, waits.
  const tabs = createCrossTab(
    opts.channel ?? (opts.persistence ? undefined : (opts.dbName ?? DB_NAME)),
    (m) => receive(m),
    (m) => !ready() || (isReadable(m) && deleting.has(m.id)),
  );

  const reportFailure = (e: unknown) =>
    setSaveFailed(e === null ? null : { detail: String((e as Error)?.message ?? e), full: (e as Error)?.name === 'QuotaExceededError' });
  // Writes that are not saves (which scenario is open, a delete) are not retried: a failure is
  // the general storage notice, not the failed-save one that promises a retry. A failed delete
  // leaves the scenario stored, so it is back in the list at the next start.
  const guard = (p: Promise<unknown>) => p.catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  const saver = createSaveQueue({
    db: () => db,
    latest: (id) => records.get(id),
    saved(r, rev) {
      storedRev.set(r.id, rev);
      const now = records.get(r.id);
      if (now && (now.rev ?? 0) === (r.rev ?? 0)) {
        records.set(r.id, { ...now, rev });
        if (now === r) {
          stored.set(r.id, records.get(r.id)!);
          journal?.clear([r.id]);
        }
      }
      tabs.announce({ ...r, rev });
    },
    conflict: (theirs) => tabs.addConflict(theirs),
    failed: reportFailure,
  });
  /** When a record is changed: now, and always after it was added (so it no longer reads as unchanged). */
  const changedAt = (r: StoredScenario) => Math.max(Date.now(), r.createdAt + 1);
  const refresh = () =>
    setEntries([...records.values()].sort((a, b) => a.createdAt - b.createdAt).map(({ id, name, updatedAt, createdAt }) => ({ id, name, updatedAt, unchanged: updatedAt <= createdAt })));
  /** Saves the current record soon (edits in quick succession are saved once). */
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };
  /** Takes another tab's saved record as ours. */
  const adopt = (theirs: StoredScenario) => {
    const r = current(theirs);
    records.set(r.id, r);
    stored.set(r.id, r);
    storedRev.set(r.id, r.rev ?? 0);
    // Undoing an edit made here would now also undo what the other tab saved.
    history.forget(r.id);
    refresh();
    if (r.id === currentId()) {
      clearTimeout(timer), (timer = undefined);
      drafts.showRecord(r);
    }
  };
  const flush = async () => {
    const edited = timer !== undefined ? currentId() : null;
    clearTimeout(timer);
    timer = undefined;
    // Also retries earlier failed writes: a full disk may have room again.
    await saver.save(edited ?? undefined);
  };
  const add = (doc: unknown, name: string): string => {
    const id = uniqueSlug(docId(doc) || name, new Set(records.keys()));
    const now = Date.now();
    const createdAt = Math.max(now, ...[...records.values()].map((x) => x.createdAt + 1));
    const r: StoredScenario = { id, name, createdAt, updatedAt: createdAt, doc };
    records.set(id, r);
    void saver.save(id);
    refresh();
    return id;
  };
  const fresh = (doc: unknown, name: string) => freshCopy(doc, name, [...records.values()]);
  /**
   * Adds a document from outside (a file, a share link) as a new scenario and opens it. Its id
   * is made unique, and so is its name when another scenario has it: `renamed(name)` first,
   * then " (2)", " (3)", … as duplicating does.
   */
  const addNew = (doc: unknown, name: string, renamed: (name: string) => string = (n) => n): string => {
    const names = new Set([...records.values()].map((r) => r.name));
    const unique = names.has(name) ? uniqueName(renamed(name), names) : name;
    const ids = new Set([...records.values()].map((r) => docId(r.doc)));
    let next = setIn(doc, ['id'], uniqueSlug(docId(doc) || unique, ids));
    if (unique !== name && getIn(doc, ['name']) === name) next = setIn(next, ['name'], unique);
    const id = add(next, unique);
    actions.select(id);
    return id;
  };
  /** Takes a record out of the list (deleted here or in another tab); the current one passes to its neighbour. */
  const drop = (id: string) => {
    const wasCurrent = id === currentId();
    const order = entries().map((e) => e.id);
    records.delete(id);
    stored.delete(id);
    refresh();
    if (!wasCurrent) return;
    const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1];
    setCurrentId(null);
    if (next && next !== id) actions.select(next);
    else {
      drafts.show(undefined, false);
      void guard(db.setCurrent(null));
    }
  };

  /** Makes `doc` the current scenario's document: shown, validated, and saved soon. */
  const write = (doc: unknown) => {
    const id = currentId();
    const r = id && records.get(id);
    if (!r) return;
    const before = docOk() ? draft() : r.lastValidDoc;
    const name = typeof getIn(doc, ['name']) === 'string' && getIn(doc, ['name']) ? (getIn(doc, ['name']) as string) : r.name;
    const texts = drafts.show(doc, true, fieldTexts());
    records.set(r.id, { ...r, doc, name, updatedAt: changedAt(r), lastValidDoc: docOk() ? undefined : before, fieldTexts: noneIfEmpty(texts) });
    if (name !== r.name) refresh();
    saveSoon();
  };

  const actions: ScenarioActions = {
    select(id) {
      const r = records.get(id);
      if (!r || id === currentId()) return;
      void flush();
      setCurrentId(id);
      drafts.showRecord(r);
      void guard(db.setCurrent(id));
    },
    createFromBaseline(name) {
      const f = fresh(baseline, name ?? baseline.name);
      const id = add(f.doc, f.name);
      actions.select(id);
      return id;
    },
    createBlank(name) {
      const f = fresh(blank, name ?? blank.name);
      const id = add(f.doc, f.name);
      actions.select(id);
      return id;
    },
    restoreEvidence() {
      // The deleted one's undo would now add a second copy: the offer to undo ends here.
      if (removed() && /^evidence(-\d+)?$/.test(removed()!.record.id)) setRemoved(null);
      const f = fresh(evidence, evidence.name);
      const id = add(f.doc, f.name);
      actions.select(id);
      return id;
    },
    duplicate(id, name) {
      const r = records.get(id);
      if (!r) return null;
      const f = fresh(r.doc, name ?? r.name);
      const newId = add(f.doc, f.name);
      actions.select(newId);
      return newId;
    },
    rename(id, name) {
      const r = records.get(id);
      if (!r || !name.trim()) return;
      if (id === currentId()) return actions.setAt(['name'], name.trim());
      records.set(id, { ...r, name: name.trim(), doc: setIn(r.doc, ['name'], name.trim()), updatedAt: changedAt(r) });
      void saver.save(id);
      refresh();
    },
    remove(id) {
      const r = records.get(id);
      if (!r) return;
      const wasCurrent = id === currentId();
      // The record already holds the latest edit; undo restores it from memory.
      if (wasCurrent) clearTimeout(timer), (timer = undefined);
      drop(id);
      setRemoved({ record: r, wasCurrent });
      // Until the delete has been checked, other tabs' saves of this scenario are not taken in:
      // the check must be against the revision this tab itself last saved or read.
      deleting.add(id);
      let checked: number | undefined;
      void guard(
        saver
          .remove(id, () => (checked = storedRev.get(id)))
          .then((result) => {
            if (result.ok) return void tabs.announce({ removed: id, rev: checked ?? 0 });
            // Another tab saved it after this one read it: keep that version, show it, and say so.
            batch(() => {
              if (removed()?.record.id === id) setRemoved(null);
              tabs.dropConflict(id);
              setRemoveRefused({ id, name: result.theirs.name });
              adopt(result.theirs);
              if (wasCurrent) actions.select(id);
            });
          })
          .finally(() => {
            deleting.delete(id);
            tabs.release();
          }),
      );
    },
    dismissRemoveRefused: () => setRemoveRefused(null),
    undoRemove() {
      const u = removed();
      if (!u || records.has(u.record.id)) return;
      records.set(u.record.id, u.record);
      void saver.save(u.record.id);
      setRemoved(null);
      refresh();
      if (u.wasCurrent) actions.select(u.record.id);
    },
    importText(text) {
      // A file that is no scenario at all gets one line saying so, not every rule it breaks.
      const json = parseJsonText(text);
      const doc = json.ok ? migrateScenario(json.value).doc : undefined;
      const wrong = json.ok ? notAScenario(doc) : null;
      if (wrong) return [wrong];
      const p = parseScenarioText(text);
      if (!p.ok) return p.errors;
      // Kept in the current format: saved as it was read, it is read the same again.
      addNew(doc, p.value.scenario.name);
      return [];
    },
    openShared(text, names) {
      const json = parseJsonText(text);
      if (!json.ok) return { ok: false, error: json.error };
      const doc = migrateScenario(json.value).doc;
      const wrong = notAScenario(doc);
      if (wrong) return { ok: false, error: wrong };
      const own = getIn(doc, ['name']);
      const id = addNew(doc, typeof own === 'string' && own.trim() ? own : names.untitled, (n) => `${n} (${names.suffix})`);
      const p = parsed();
      return { ok: true, id, name: records.get(id)!.name, errors: p.ok ? [] : p.errors };
    },
    exportCurrent() {
      const doc = draft();
      if (doc === undefined) return null;
      // Named as the planner knows it: a renamed copy's id stays "baseline-2".
      const name = getIn(doc, ['name']);
      return { filename: `${slugify(typeof name === 'string' && name ? name : docId(doc))}.json`, text: `${JSON.stringify(doc, null, 2)}\n` };
    },
    setAt(path, value, options) {
      const id = currentId();
      if (!id || !records.has(id)) return;
      history.record(id, draft(), { action: 'edit', subject: pathString(path), ...(options?.alone ? { alone: true } : {}) });
      write(setIn(draft(), path, value));
    },
    change(label, edit) {
      const id = currentId();
      if (!id || !records.has(id)) return;
      const doc = edit(draft());
      if (doc === draft()) return;
      history.record(id, draft(), label);
      write(doc);
    },
    undo() {
      const id = currentId();
      const step = id ? history.undo(id) : undefined;
      if (step) write(step.before);
    },
    setFieldText(key, text) {
      const id = currentId();
      const r = id && records.get(id);
      if (!r) return;
      const now = { ...fieldTexts() };
      if (text === null) {
        if (!(key in now)) return;
        delete now[key];
      } else now[key] = { ...text, under: JSON.stringify(getIn(draft(), text.path.split('.')) ?? null) };
      const texts = drafts.show(draft(), true, now);
      records.set(r.id, { ...r, updatedAt: changedAt(r), fieldTexts: noneIfEmpty(texts) });
      saveSoon();
    },
    documentOf: (id) => (id === currentId() ? draft() : records.get(id)?.doc),
    flush,
    leaving() {
      // Each with what the stored copy will be once the write in flight lands (or is now), which it may replace then.
      const unsaved = [...records.values()].filter((r) => r !== stored.get(r.id))
        .map((r) => ({ ...r, after: JSON.stringify((saver.writing(r.id) ?? stored.get(r.id))?.doc ?? null) }));
      if (unsaved.length) journal?.write(unsaved);
      void flush();
    },
    downloadUnreadable: () => (unreadable().length ? { filename: 'unreadable-scenarios.json', text: unreadableText(unreadable()) } : null),
    async discardUnreadable() {
      try {
        await db.clearUnreadable();
        setUnreadable([]);
      } catch (e) {
        // They stay, and so does the notice offering them.
        setError(String((e as Error)?.message ?? e));
      }
    },
    keepMine() {
      const theirs = tabs.conflict();
      if (!theirs) return;
      tabs.dropConflict(theirs.id);
      const mine = records.get(theirs.id);
      if (!mine) return;
      records.set(mine.id, { ...mine, rev: theirs.rev });
      void saver.save(mine.id);
    },
    loadTheirs() {
      const theirs = tabs.conflict();
      if (!theirs) return;
      tabs.dropConflict(theirs.id);
      adopt(theirs);
    },
  };

  /** Takes in another tab's announcement (one that need not wait): a delete, or a save. */
  function receive(theirs: unknown): void {
    if (isRemoval(theirs)) {
      const mine = records.get(theirs.removed);
      // Unsaved edits here stay, and so does a copy saved after the one deleted (its save
      // stored the scenario again): nothing is lost.
      if (mine && mine === stored.get(mine.id) && (mine.rev ?? 0) <= theirs.rev) drop(mine.id);
      return;
    }
    if (!isReadable(theirs)) return;
    const mine = records.get(theirs.id);
    if (mine && (mine.rev ?? 0) >= (theirs.rev ?? 0)) return;
    // Unsaved edits here and a newer save there: ask now rather than at our next save.
    if (mine && mine !== stored.get(mine.id)) tabs.addConflict(theirs);
    else adopt(theirs);
  }

  const load = async () => {
    const snap = await db.load().catch((e: unknown) => {
      // Storage refused (a private window, a full disk): work in memory and say so.
      setError(String((e as Error)?.message ?? e));
      db = memoryPersistence();
      return db.load();
    });
    for (const raw of snap.scenarios) {
      const s = current(raw);
      records.set(s.id, s), stored.set(s.id, s), storedRev.set(s.id, s.rev ?? 0);
    }
    // Edits written as the page was last left, whose save may not have landed: taken back where
    // the stored copy is the one they were made on, and saved now.
    const back = (journal?.read() ?? []).filter((j) => {
      const s = records.get(j.id);
      const base = s && ((s.rev ?? 0) === (j.rev ?? 0) || JSON.stringify(s.doc) === j.after);
      return !s || (base && j.updatedAt > s.updatedAt);
    });
    for (const j of back) {
      const { after: _, ...record } = j;
      records.set(j.id, current({ ...record, rev: records.get(j.id)?.rev ?? record.rev }));
    }
    journal?.clear((journal?.read() ?? []).map((j) => j.id).filter((id) => !back.some((b) => b.id === id)));
    setUnreadable(snap.unreadable);
    if (!snap.seeded && records.size === 0) {
      add(baseline, baseline.name);
      add(evidence, evidence.name);
      void guard(db.setSeeded());
    }
    refresh();
    const first = snap.currentId && records.has(snap.currentId) ? snap.currentId : entries()[0]?.id;
    if (first) actions.select(first);
    setReady(true);
    tabs.release();
    for (const j of back) void saver.save(j.id);
  };
  const loaded = load();


  const state: ScenarioState = {
    get ready() { return ready(); },
    get programme() { return drafts.programme(); },
    get lastEdit() { return history.last(currentId()); },
    get entries() { return entries(); },
    get currentId() { return currentId(); },
    get draft() { return draft(); },
    get parsed() { return parsed(); },
    get fieldTexts() { return fieldTexts(); },
    get lastValid() { return lastValid(); },
    get error() { return error(); },
    get removed() { const u = removed(); return u && { id: u.record.id, name: u.record.name, updatedAt: u.record.updatedAt }; },
    get unreadable() { return unreadable().length; },
    get saveFailed() { return saveFailed(); },
    get conflict() { const c = tabs.conflict(); return c && { id: c.id, name: records.get(c.id)?.name ?? c.name }; },
    get removeRefused() { return removeRefused(); },
  };
  return { state, actions, loaded };
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;
