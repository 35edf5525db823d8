import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { SHARE_MAX_BYTES, SHARE_MAX_CHARS, readShareFragment, shareFragment, shareRefusal } from '../../../src/ui/export/share-link';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8');
const baseline = read('scenarios/baseline.json');
const evidence = read('scenarios/evidence.json');
// What the app shares: the draft as JSON.stringify writes it, with no indentation.
const compact = JSON.stringify(JSON.parse(baseline));
const V2 = /^#s=2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/;

/** `#s=<version>.<checksum>.<payload>` in parts, to damage one of them. */
const parts = (f: string) => {
  const [version, sum, payload] = f.slice(3).split('.');
  return { version, sum, payload };
};

afterEach(() => vi.unstubAllGlobals());

describe('share link, format 2', () => {
  it.each([['baseline', baseline], ['evidence', evidence]])('carries %s.json through the URL fragment unchanged, deflated', async (_, doc) => {
    const f = await shareFragment(doc);
    expect(f).toMatch(V2);
    expect(f.length).toBeLessThan(doc.length / 3);
    expect(new URL(`https://x/${f}`).hash).toBe(f);
    expect(await readShareFragment(f)).toEqual({ ok: true, text: doc });
  });

  it('round-trips any text, Danish letters included', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', ' ', '"') }), async (s, da) => {
      const text = `æøå ${da}${s}`;
      const f = await shareFragment(text);
      expect(f).toMatch(V2);
      expect(await readShareFragment(f)).toEqual({ ok: true, text });
    }));
    expect(await readShareFragment(await shareFragment(''))).toEqual({ ok: true, text: '' });
  });

  it('is clearly shorter than format 1 for the baseline', async () => {
    // Format 1 as the app wrote it: `#s=1.` and an 8-digit checksum before lz-string's text.
    const v1 = (text: string) => `#s=1.00000000.${compressToEncodedURIComponent(text)}`.length;
    for (const text of [baseline, compact]) {
      const v2 = (await shareFragment(text)).length;
      expect(v2).toBeLessThan(0.7 * v1(text));
      expect(v2).toBeGreaterThan(0.3 * v1(text));
    }
    // The lengths stated in README.md (the link the app copies, of the baseline as it opens).
    expect(v1(compact)).toBeGreaterThan(9_500);
    expect(v1(compact)).toBeLessThan(11_000);
    expect((await shareFragment(compact)).length).toBeGreaterThan(4_500);
    expect((await shareFragment(compact)).length).toBeLessThan(6_000);
  });
});

describe('share link, format 1', () => {
  it.each(['baseline', 'evidence'])('opens the %s link the app wrote before format 2, to the same text', async (name) => {
    const link = read(`test/fixtures/v1/${name}.share-link.txt`).trim();
    expect(link.startsWith('#s=1.')).toBe(true);
    expect(await readShareFragment(link)).toEqual({ ok: true, text: read(`test/fixtures/v1/${name}.json`) });
  });

  it('refuses a format 1 link cut short or with characters lz-string does not write', async () => {
    const link = read('test/fixtures/v1/baseline.share-link.txt').trim();
    expect(await readShareFragment(link.slice(0, -7))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await readShareFragment('#s=1.00000000.<script>')).toEqual({ ok: false, reason: 'malformed', damage: 'encoding' });
  });
});

describe('a share link that cannot be opened', () => {
  it('is refused when truncated or altered anywhere, saying which part gave it away', async () => {
    const f = await shareFragment(baseline);
    const { sum, payload } = parts(f);
    // Cut short: deflate data that ends early, or base64url of an impossible length.
    for (const cut of [4, 5, 6, 7, 40]) expect(await readShareFragment(f.slice(0, -cut))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await readShareFragment(`#s=2.${sum}.${payload.slice(0, 4 * 100 + 1)}`)).toEqual({ ok: false, reason: 'malformed', damage: 'encoding' });
    // One character changed, in the data or in the checksum.
    for (const i of [40, Math.floor(payload.length / 2), payload.length - 40]) {
      const altered = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
      expect(await readShareFragment(`#s=2.${sum}.${altered}`)).toMatchObject({ ok: false, reason: 'malformed' });
    }
    const otherSum = (sum[0] === '0' ? '1' : '0') + sum.slice(1);
    expect(await readShareFragment(`#s=2.${otherSum}.${payload}`)).toEqual({ ok: false, reason: 'malformed', damage: 'checksum' });
    expect(await readShareFragment(f.replace('#s=2.', '#s=2.0'))).toEqual({ ok: false, reason: 'malformed', damage: 'format' });
    expect(await readShareFragment(`#s=2.${sum}`)).toEqual({ ok: false, reason: 'malformed', damage: 'format' });
  });

  it('is refused when its base64url or its compressed data is not what format 2 writes', async () => {
    for (const payload of ['abc$', 'ab+/', 'ab==', 'ab cd', 'A']) {
      expect(await readShareFragment(`#s=2.00000000.${payload}`)).toEqual({ ok: false, reason: 'malformed', damage: 'encoding' });
    }
    // Valid base64url, not raw DEFLATE (a block type that does not exist).
    expect(await readShareFragment(`#s=2.00000000.${Buffer.from([0xff, 0xff, 0xff, 0xff]).toString('base64url')}`)).toEqual({ ok: false, reason: 'malformed', damage: 'compression' });
    // Valid DEFLATE of bytes that are not UTF-8.
    expect(await readShareFragment(`#s=2.00000000.${deflateRawSync(Buffer.from([0xc3, 0x28, 0xff])).toString('base64url')}`)).toEqual({ ok: false, reason: 'malformed', damage: 'compression' });
  });

  it('is refused, naming the version, when it is of a format this version does not read', async () => {
    const { sum, payload } = parts(await shareFragment(baseline));
    expect(await readShareFragment(`#s=3.${sum}.${payload}`)).toEqual({ ok: false, reason: 'unknownVersion', version: '3' });
    expect(await readShareFragment('#s=3.')).toEqual({ ok: false, reason: 'unknownVersion', version: '3' });
    expect(await readShareFragment('#s=10.anything at all')).toEqual({ ok: false, reason: 'unknownVersion', version: '10' });
    expect(await readShareFragment('#s=x.00000000.abc')).toEqual({ ok: false, reason: 'malformed', damage: 'format' });
  });

  it('is refused unread when longer than the bound, and fragments that are not share links are left alone', async () => {
    expect(await readShareFragment(`#s=${'A'.repeat(SHARE_MAX_CHARS)}`)).toEqual({ ok: false, reason: 'tooLong' });
    expect(await readShareFragment('#results')).toBeNull();
    expect(await readShareFragment('')).toBeNull();
  });

  it('refuses a deflate bomb quickly, having unpacked only a little of it', async () => {
    // 50 MB of zeros deflate to about 50 KB: a link short enough to be read.
    const zeros = 50 * 1024 * 1024;
    const bomb = deflateRawSync(Buffer.alloc(zeros), { level: 9 });
    const f = `#s=2.00000000.${bomb.toString('base64url')}`;
    expect(f.length).toBeLessThan(SHARE_MAX_CHARS);
    // Count what comes out of the decompressor.
    const Real = DecompressionStream;
    let unpacked = 0;
    vi.stubGlobal('DecompressionStream', function (format: CompressionFormat) {
      const ds = new Real(format);
      const output = new TransformStream<Uint8Array, Uint8Array>({ transform: (c, ctl) => ((unpacked += c.byteLength), ctl.enqueue(c)) });
      return { writable: ds.writable, readable: ds.readable.pipeThrough(output) };
    });
    const t0 = performance.now();
    expect(await readShareFragment(f)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(unpacked).toBeGreaterThan(SHARE_MAX_BYTES);
    expect(unpacked).toBeLessThan(zeros / 5);
  });

  it('is refused, saying so, in a browser that cannot decompress', async () => {
    const f = await shareFragment(baseline);
    vi.stubGlobal('DecompressionStream', undefined);
    expect(await readShareFragment(f)).toEqual({ ok: false, reason: 'unsupported' });
    // Format 1 needs no decompressor of the browser's.
    expect((await readShareFragment(read('test/fixtures/v1/baseline.share-link.txt').trim()))?.ok).toBe(true);
  });
});

describe('what the writing side does not offer', () => {
  it('names the bound a link would break: its length, or what it unpacks to', async () => {
    expect(shareRefusal(baseline, await shareFragment(baseline))).toBeNull();
    expect(shareRefusal('x', `#s=2.00000000.${'A'.repeat(SHARE_MAX_CHARS)}`)).toBe('tooLong');
    const huge = ' '.repeat(SHARE_MAX_BYTES + 1);
    const f = await shareFragment(huge);
    expect(f.length).toBeLessThan(SHARE_MAX_CHARS);
    expect(shareRefusal(huge, f)).toBe('tooLarge');
    expect(await readShareFragment(f)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});
