/**
 * Paths into a scenario document as its readers write them: keys of objects, and in the lists
 * of entries that have ids (periods, activities) the entry's id, so `activities.B.units.period1`
 * is activity B wherever it stands in the list. A number still indexes a list.
 */
export type DocPath = readonly (string | number)[];

const isEntryList = (v: unknown): v is { id?: unknown }[] => Array.isArray(v);

/**
 * The index in a list that `key` names: a number, or a text of digits (as a path string has
 * it), is an index; any other text the entry with that id (ids start with a letter). −1 where
 * there is none.
 */
function entryIndex(list: readonly unknown[], key: string | number): number {
  if (typeof key === 'number') return key;
  if (/^\d+$/.test(key)) return Number(key);
  return list.findIndex((e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === key);
}

/** The value at `path`, or undefined where the document has nothing there. */
export function getAt(doc: unknown, path: DocPath | string): unknown {
  const keys = typeof path === 'string' ? path.split('.') : path;
  let v = doc;
  for (const k of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    if (isEntryList(v)) {
      const i = entryIndex(v, k);
      v = i < 0 ? undefined : v[i];
    } else v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * A copy of `doc` with `value` at `path`, sharing every untouched branch. Missing objects on
 * the way are created (lists for numeric keys); `undefined` removes the key (in a list, the
 * entry), so a form can drop fields it no longer takes. A list entry named by an id it does
 * not have is left as it is: there is nothing there to change.
 */
export function setAt(doc: unknown, path: DocPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (isEntryList(doc)) {
    const i = entryIndex(doc, key);
    if (i < 0) return doc;
    const copy = [...doc];
    const next = setAt(copy[i], rest, value);
    if (next === undefined) copy.splice(i, 1);
    else copy[i] = next as { id?: unknown };
    return copy;
  }
  const base: unknown = doc !== null && typeof doc === 'object' ? doc : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const next = setAt(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy;
}
