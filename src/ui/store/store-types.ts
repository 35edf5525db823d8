import type { Parsed, PathError, ValidScenario } from '../../scenario/parse';
import type { DraftPath } from './draft-path';
import type { ScenarioPersistence } from './persistence';

export interface ScenarioEntry { id: string; name: string; updatedAt: number }

export interface ScenarioState {
  readonly ready: boolean;
  readonly entries: ScenarioEntry[];
  readonly currentId: string | null;
  /** The current document as being edited; possibly invalid. */
  readonly draft: unknown;
  readonly parsed: Parsed;
  /** The last version of the current draft that validated. */
  readonly lastValid: ValidScenario | null;
  /** A storage problem to show the planner (the browser's own message). */
  readonly error: string | null;
  /** The entry last deleted, while it can still be restored. */
  readonly removed: ScenarioEntry | null;
}

export interface ScenarioActions {
  select(id: string): void;
  createFromBaseline(name?: string): string;
  duplicate(id: string, name?: string): string | null;
  rename(id: string, name: string): void;
  remove(id: string): void;
  undoRemove(): void;
  /** Adds the file as a new scenario, or returns its errors and changes nothing. */
  importText(text: string): PathError[];
  exportCurrent(): { filename: string; text: string } | null;
  setAt(path: DraftPath, value: unknown): void;
  /** The latest document of any entry (the current one is the draft), as edited; undefined if unknown. */
  documentOf(id: string): unknown;
  /** Writes a pending edit now (before the page is hidden). */
  flush(): Promise<void>;
}

export interface StoreOptions { dbName?: string; persistence?: ScenarioPersistence; saveDelayMs?: number }
