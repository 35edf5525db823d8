import { createSignal } from 'solid-js';

/**
 * What an edit did, in the store's terms (the page puts it in words): `edit` of the field at
 * `subject` (a path), or a change of the programme's structure (`addActivity`, `removePeriod`, …)
 * with the entry it concerns.
 */
export interface EditLabel {
  action: string;
  subject?: string;
  /** A step of its own (a box ticked): not joined to the field's edit before it, nor the next to it. */
  alone?: true;
}

interface Step { before: unknown; label: EditLabel }

/** The options of an edit that is a step of its own: a box ticked, a choice made from a list (store setAt). */
export const ALONE = { alone: true } as const;

/** How many edits of a scenario can be undone, most recent first. */
const DEPTH = 100;

/**
 * The edits of each scenario this visit, so the last can be undone and then the one before.
 * Typing on in one field is one edit: a field's entries after the first join its step.
 */
export function createEditHistory() {
  const steps = new Map<string, Step[]>();
  const [version, setVersion] = createSignal(0);
  const bump = () => setVersion((v) => v + 1);
  return {
    /** Notes that `before` was the scenario's document until the edit `label` (a field's repeated edits are one). */
    record(id: string, before: unknown, label: EditLabel): void {
      const list = steps.get(id) ?? [];
      const top = list[list.length - 1];
      if (label.action === 'edit' && !label.alone && top?.label.action === 'edit' && !top.label.alone && top.label.subject === label.subject) return;
      list.push({ before, label });
      if (list.length > DEPTH) list.shift();
      steps.set(id, list);
      bump();
    },
    /** Takes the last edit off the scenario's history: the document before it, and what it was. */
    undo(id: string): Step | undefined {
      const step = steps.get(id)?.pop();
      if (step) bump();
      return step;
    },
    /** The edit that `undo` would take back, or null. */
    last(id: string | null): EditLabel | null {
      version();
      const list = id === null ? undefined : steps.get(id);
      return list?.[list.length - 1]?.label ?? null;
    },
    /** A deleted scenario's edits go with it. */
    forget(id: string): void {
      if (steps.delete(id)) bump();
    },
  };
}
