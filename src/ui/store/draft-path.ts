/** A path into a scenario document, as the schema's errors name it (`activities.A1.routing.proceed`). */
export type DraftPath = readonly (string | number)[];

export function pathString(path: DraftPath): string {
  return path.map(String).join('.');
}

/** The value at `path`, or undefined where the document has nothing there. */
export function getIn(doc: unknown, path: DraftPath): unknown {
  let v = doc;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * A copy of `doc` with `value` at `path`, sharing every untouched branch. Missing objects on
 * the way are created (arrays for numeric keys); `undefined` removes the key, so a form can
 * drop fields it no longer takes.
 */
export function setIn(doc: unknown, path: DraftPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const base: unknown = doc !== null && typeof doc === 'object' ? doc : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const next = setIn(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy;
}
