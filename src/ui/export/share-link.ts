import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** The longest fragment we read: a scenario compresses to a few thousand characters. */
export const SHARE_MAX_CHARS = 100_000;
const PREFIX = '#s=';
const VERSION = '1';

/** FNV-1a over the UTF-16 code units, 8 hex digits: detects a truncated or altered link, not an attacker. */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The URL fragment that carries a scenario document: `#s=1.<checksum>.<lz-string, URI-safe>`. */
export function shareFragment(text: string): string {
  return `${PREFIX}${VERSION}.${checksum(text)}.${compressToEncodedURIComponent(text)}`;
}

export type SharedScenario = { ok: true; text: string } | { ok: false; reason: 'tooLong' | 'malformed' };

/** The scenario text a fragment carries; null when the fragment is not a share link at all. */
export function readShareFragment(hash: string): SharedScenario | null {
  if (!hash.startsWith(PREFIX)) return null;
  if (hash.length > SHARE_MAX_CHARS) return { ok: false, reason: 'tooLong' };
  const m = /^1\.([0-9a-f]{8})\.([A-Za-z0-9+\-$]+)$/.exec(hash.slice(PREFIX.length));
  if (!m) return { ok: false, reason: 'malformed' };
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(m[2]);
  } catch {
    text = null;
  }
  if (!text || checksum(text) !== m[1]) return { ok: false, reason: 'malformed' };
  return { ok: true, text };
}
