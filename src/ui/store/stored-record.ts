import type { StoredScenario } from './persistence';

/**
 * Whether a raw stored value can be opened as a scenario: an object with a string id and name
 * and a JSON-serialisable document. A document that fails validation is still readable: it is
 * a draft with errors, and the editor shows them.
 */
export function isReadable(v: unknown): v is StoredScenario {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.name !== 'string' || r.doc === undefined) return false;
  try {
    return typeof JSON.stringify([r.doc, r.lastValidDoc]) === 'string';
  } catch {
    return false; // cycles, BigInt: the editor and the export could not handle it either
  }
}

/** Set-aside records as text for download: JSON as far as it goes, and what JSON cannot hold written out as strings, so nothing in them is dropped. */
export function unreadableText(records: readonly unknown[]): string {
  const seen = new WeakSet<object>();
  const replace = (_key: string, v: unknown): unknown => {
    if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') return String(v);
    if (v instanceof Map || v instanceof Set) return [...v];
    if (v !== null && typeof v === 'object') {
      if (seen.has(v)) return '[repeated or circular reference]';
      seen.add(v);
    }
    return v;
  };
  return `${JSON.stringify(records, replace, 2)}\n`;
}
