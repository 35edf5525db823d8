import type { Parsed, PathError, ValidScenario } from '../../scenario/parse';
import type { DraftPath } from './draft-path';
import type { FieldText, ScenarioPersistence } from './persistence';
import type { LeaveJournal } from './leave-journal';
import type { DraftProgramme } from './draft-programme';
import type { EditLabel } from './edit-history';

export interface ScenarioEntry {
  id: string;
  name: string;
  updatedAt: number;
  /** Not changed since it was added (a built-in, imported, shared or duplicated scenario as it came). */
  unchanged?: boolean;
}

export interface ScenarioState {
  readonly ready: boolean;
  readonly entries: ScenarioEntry[];
  readonly currentId: string | null;
  /** The current document as being edited; possibly invalid. */
  readonly draft: unknown;
  /** The draft's programme as it stands, valid or not: its forecast cells and the words for them. */
  readonly programme: DraftProgramme;
  /** The current scenario's last edit this visit, which `undo` takes back; null when there is none. */
  readonly lastEdit: EditLabel | null;
  /** The draft's validation: the document's, and the errors of its refused field texts (see `fieldTexts`) first. */
  readonly parsed: Parsed;
  /** Texts typed into fields that the document cannot hold (a mobilisation of 150 %), by field key, with their rules. */
  readonly fieldTexts: Readonly<Record<string, FieldText>>;
  /** The last version of the current draft that validated. */
  readonly lastValid: ValidScenario | null;
  /** A storage problem to show the planner (the browser's own message). */
  readonly error: string | null;
  /** The entry last deleted, while it can still be restored. */
  readonly removed: ScenarioEntry | null;
  /** How many stored records could not be read and were set aside (offered for download). */
  readonly unreadable: number;
  /** The last write failed: why, and whether the browser's storage is full. Edits stay in memory. */
  readonly saveFailed: { detail: string; full: boolean } | null;
  /** Another tab saved this scenario since we read it; our save was held back. */
  readonly conflict: { id: string; name: string } | null;
  /** A delete found another tab's newer save of the scenario, so the scenario was kept (as saved there). */
  readonly removeRefused: { id: string; name: string } | null;
}

export interface ScenarioActions {
  select(id: string): void;
  createFromBaseline(name?: string): string;
  /** A new scenario of the blank template: one period, one activity, every outcome 0 (scenarios/templates/blank.json). */
  createBlank(name?: string): string;
  /** Adds the built-in evidence scenario again (after the planner deleted it) and opens it. */
  restoreEvidence(): string;
  duplicate(id: string, name?: string): string | null;
  rename(id: string, name: string): void;
  /** Deletes at once here, and in storage unless another tab saved the scenario since this one read it. */
  remove(id: string): void;
  dismissRemoveRefused(): void;
  undoRemove(): void;
  /**
   * Adds the file as a new scenario, or returns its errors and changes nothing. A name another
   * scenario has becomes "name (2)", "name (3)", …
   */
  importText(text: string): PathError[];
  /**
   * Adds a shared scenario as a new one and opens it, valid or not: one with errors is kept as
   * a draft, its errors shown as for any draft, so nothing shared is lost. Refused, changing
   * nothing, only when the text is not a scenario at all (see `notAScenario`). A name another
   * scenario has gets `names.suffix` ("Plan (shared)"), then " (2)", …; a missing or empty
   * name is `names.untitled`.
   */
  openShared(text: string, names: { suffix: string; untitled: string }): SharedOpened;
  exportCurrent(): { filename: string; text: string } | null;
  /** `alone`: a step of its own in the undo history (a box ticked, a choice made), never joined to an edit of the same field before it. */
  setAt(path: DraftPath, value: unknown, options?: { alone?: boolean }): void;
  /** An edit of more than one field at once (the programme's structure), undone as one. */
  change(label: EditLabel, edit: (doc: unknown) => unknown): void;
  /** Takes back the current scenario's last edit (then the one before, …). */
  undo(): void;
  /**
   * Keeps the text a field refused (`null`: the field holds a valid entry again): the draft is
   * invalid while it stands, and it is saved with the draft. `under` is filled in here.
   */
  setFieldText(key: string, text: Omit<FieldText, 'under'> | null): void;
  /** The latest document of any entry (the current one is the draft), as edited; undefined if unknown. */
  documentOf(id: string): unknown;
  /** Writes a pending edit now (before the page is hidden). */
  flush(): Promise<void>;
  /** The page is being left: unsaved edits are also written synchronously to the leave journal, then flushed. */
  leaving(): void;
  /** The set-aside unreadable records as a file, or null when there are none. */
  downloadUnreadable(): { filename: string; text: string } | null;
  /** Deletes the set-aside unreadable records from the browser (offered once they are downloaded). */
  discardUnreadable(): Promise<void>;
  /** Resolves a conflict by saving this tab's version over the other's. */
  keepMine(): void;
  /** Resolves a conflict by replacing this tab's version with the other's. */
  loadTheirs(): void;
}

/** A shared scenario as opened: added (with its errors, if any), or refused with why. */
export type SharedOpened = { ok: true; id: string; name: string; errors: PathError[] } | { ok: false; error: PathError };

export interface StoreOptions {
  dbName?: string;
  persistence?: ScenarioPersistence;
  saveDelayMs?: number;
  /**
   * The channel on which tabs announce their saves and deletes: the database's name by
   * default; none with an injected persistence unless named (tests of two tabs in one thread).
   */
  channel?: string;
  /** Where unsaved edits go as the page is left (see LeaveJournal); localStorage by default, none with an injected persistence. */
  journal?: LeaveJournal;
}
