/**
 * JSON for the command line's readers: +∞ (a cost per result in iterations with no result) is
 * written "Infinity", which JSON has no number for; no value (NaN) is null, as JSON writes it.
 */
export function jsonText(x: unknown): string {
  return JSON.stringify(x, (_, v) => (v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v), 2) + '\n';
}
