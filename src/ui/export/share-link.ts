import { decompressFromEncodedURIComponent } from 'lz-string';

/**
 * A scenario document carried in the URL fragment, so that a link opens it in another
 * browser with no server in between.
 *
 * Format 2, the one written: `#s=2.<checksum>.<payload>`, where the payload is the
 * document's UTF-8 bytes compressed with raw DEFLATE (RFC 1951, the browser's
 * `CompressionStream('deflate-raw')`, no zlib or gzip header), in base64url without padding
 * (RFC 4648 §5: `A–Z a–z 0–9 - _`, all safe in a fragment). The baseline's fragment is about
 * half as long as in format 1: 5,249 characters in Chromium against 10,248.
 *
 * Format 1, read only: `#s=1.<checksum>.<lz-string's compressToEncodedURIComponent>`. Links
 * written before format 2 open as they always did.
 *
 * In both the checksum is FNV-1a over the document's UTF-16 code units, 8 lower-case hex
 * digits: raw DEFLATE has no check of its own, and this one catches a link cut short or
 * altered in an email (it is no defence against an attacker, nor needs to be: what a link
 * holds is validated like any file and only ever added as a new scenario).
 *
 * Reading is bounded twice: a fragment longer than {@link SHARE_MAX_CHARS} is refused unread,
 * and decompression stops, refusing the link, as soon as it has produced more than
 * {@link SHARE_MAX_BYTES}; the compressed data is fed in small slices, so a deflate bomb is
 * unpacked only a little past that bound, however far it would expand.
 */

/** The longest fragment we read: a scenario compresses to a few thousand characters. */
export const SHARE_MAX_CHARS = 100_000;
/** The most a link may unpack to, in UTF-8 bytes: a scenario document is some tens of KB. */
export const SHARE_MAX_BYTES = 2 * 1024 * 1024;

const PREFIX = '#s=';
const VERSION = '2';
/** Compressed bytes fed per write; DEFLATE expands at most ~1,032 times, so ~1 MB of overshoot at worst. */
const SLICE = 1024;

/** FNV-1a over the UTF-16 code units, 8 hex digits: detects a truncated or altered link, not an attacker. */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The URL fragment that carries a scenario document, in format 2. `text` must be well-formed
 * UTF-16 (JSON.stringify's output always is), as UTF-8 cannot carry a lone surrogate.
 */
export async function shareFragment(text: string): Promise<string> {
  const bytes = await drain(compress(new TextEncoder().encode(text)));
  return `${PREFIX}${VERSION}.${checksum(text)}.${toBase64Url(bytes)}`;
}

/** Why the side that opens a link would refuse this one, so that it is not offered; null if it would not. */
export function shareRefusal(text: string, fragment: string): 'tooLong' | 'tooLarge' | null {
  if (fragment.length > SHARE_MAX_CHARS) return 'tooLong';
  if (new TextEncoder().encode(text).length > SHARE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** What in a damaged link gave it away: its shape, its base64url, its compressed data or its checksum. */
export type ShareDamage = 'format' | 'encoding' | 'compression' | 'checksum';

export type SharedScenario =
  | { ok: true; text: string }
  /** tooLong: over SHARE_MAX_CHARS; tooLarge: unpacks to over SHARE_MAX_BYTES; unsupported: the browser cannot decompress. */
  | { ok: false; reason: 'tooLong' | 'tooLarge' | 'unsupported' }
  | { ok: false; reason: 'malformed'; damage: ShareDamage }
  /** A format this version does not read (a later one, most likely). */
  | { ok: false; reason: 'unknownVersion'; version: string };

/** True when `hash` is a share link, readable or not: what {@link readShareFragment} does not return null for. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** The scenario text a fragment carries; null when the fragment is not a share link at all. */
export async function readShareFragment(hash: string): Promise<SharedScenario | null> {
  if (!isShareFragment(hash)) return null;
  if (hash.length > SHARE_MAX_CHARS) return { ok: false, reason: 'tooLong' };
  // The version first: a later format may be shaped in any way after it.
  const v = /^(\d{1,4})\./.exec(hash.slice(PREFIX.length));
  if (!v) return malformed('format');
  const version = v[1];
  if (version !== '1' && version !== '2') return { ok: false, reason: 'unknownVersion', version };
  const m = /^([0-9a-f]{8})\.(.+)$/s.exec(hash.slice(PREFIX.length + v[0].length));
  if (!m) return malformed('format');
  const [, sum, payload] = m;
  const read = version === '1' ? readV1(payload) : await readV2(payload);
  if (typeof read !== 'string') return read;
  if (checksum(read) !== sum) return malformed('checksum');
  return { ok: true, text: read };
}

const malformed = (damage: ShareDamage): SharedScenario => ({ ok: false, reason: 'malformed', damage });

function readV1(payload: string): string | SharedScenario {
  if (!/^[A-Za-z0-9+\-$]+$/.test(payload)) return malformed('encoding');
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  return text ? text : malformed('compression');
}

async function readV2(payload: string): Promise<string | SharedScenario> {
  const bytes = fromBase64Url(payload);
  if (!bytes) return malformed('encoding');
  let ds: DecompressionStream;
  try {
    // Browsers from before 2023 have no DecompressionStream, or one without 'deflate-raw'.
    ds = new DecompressionStream('deflate-raw');
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  const out = await inflateBounded(ds, bytes, SHARE_MAX_BYTES);
  if (out === 'tooLarge') return { ok: false, reason: 'tooLarge' };
  if (out === 'corrupt') return malformed('compression');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return malformed('compression');
  }
}

function compress(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => {});
  return cs.readable;
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(parts);
    parts.push(value);
  }
}

/**
 * Raw DEFLATE data unpacked by `ds`, or 'tooLarge' as soon as the output passes `limit` bytes, or
 * 'corrupt'. The input goes in one slice at a time, each only once the last is taken, so
 * the decompressor never runs far ahead of the bound whatever the browser's buffering.
 */
async function inflateBounded(ds: DecompressionStream, bytes: Uint8Array, limit: number): Promise<Uint8Array | 'tooLarge' | 'corrupt'> {
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const feed = async () => {
    for (let i = 0; i < bytes.length; i += SLICE) await writer.write(bytes.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  };
  // A failure here (corrupt data, or the reader cancelled) shows at the reader too.
  feed().catch(() => {});
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return concat(parts);
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return 'tooLarge';
      }
      parts.push(value);
    }
  } catch {
    return 'corrupt';
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole link's bytes as arguments could overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of unpadded base64url; null for any other character or an impossible length. */
function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(s) || s.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
