/** One assumption that differs between two scenario documents; `undefined` where a side lacks it. */
export interface ScenarioDifference {
  path: string;
  a: unknown;
  b: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A distribution is one assumption: compared and reported whole, not field by field. */
const isLeaf = (x: unknown) => !isRecord(x) || typeof x.type === 'string';

/** Notes explain an assumption; a changed note alone is not a different assumption. */
const IGNORED = 'note';

/** Deep equality of JSON values, ignoring notes; key order does not matter. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  if (!isRecord(x) || !isRecord(y)) return false;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  keys.delete(IGNORED);
  return [...keys].every((k) => sameValue(x[k], y[k]));
}

/**
 * The assumptions that differ between two scenario documents, in document order (a's keys,
 * then keys only b has). Walks nested objects; distributions and arrays count as single
 * values, and notes are skipped. O(size of the documents).
 */
export function diffScenarios(a: unknown, b: unknown): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (sameValue(x, y)) return;
    if (isLeaf(x) || isLeaf(y) || !isRecord(x) || !isRecord(y)) {
      out.push({ path, a: x, b: y });
      return;
    }
    const keys = [...Object.keys(x), ...Object.keys(y).filter((k) => !(k in x))];
    for (const k of keys) if (k !== IGNORED) walk(x[k], y[k], path ? `${path}.${k}` : k);
  };
  walk(a, b, '');
  return out;
}
