import { getAt, setAt } from '../../scenario/doc-path';
/** A path into a scenario document, as the schema's errors name it (`activities.A1.routing.proceed`). */
export type DraftPath = readonly (string | number)[];

export function pathString(path: DraftPath): string {
  return path.map(String).join('.');
}

/** The value at `path`, or undefined where the document has nothing there (list entries by id, see doc-path.ts). */
export const getIn: (doc: unknown, path: DraftPath) => unknown = getAt;

/**
 * A copy of `doc` with `value` at `path`, sharing every untouched branch; `undefined` removes
 * the key, or the list entry (see doc-path.ts).
 */
export const setIn: (doc: unknown, path: DraftPath, value: unknown) => unknown = setAt;
