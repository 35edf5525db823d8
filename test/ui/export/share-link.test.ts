import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHARE_MAX_CHARS, readShareFragment, shareFragment } from '../../../src/ui/export/share-link';

const doc = readFileSync(resolve(import.meta.dirname, '../../../scenarios/baseline.json'), 'utf8');

describe('share link', () => {
  it('carries a scenario through the URL fragment unchanged, compressed', () => {
    const f = shareFragment(doc);
    expect(f.startsWith('#s=1.')).toBe(true);
    expect(f.length).toBeLessThan(doc.length);
    expect(new URL(`https://x/${f}`).hash).toBe(f);
    expect(readShareFragment(f)).toEqual({ ok: true, text: doc });
  });

  it('round-trips any text, Danish letters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(readShareFragment(shareFragment(`æøå ${s}`))).toEqual({ ok: true, text: `æøå ${s}` });
    }));
  });

  it('rejects a truncated, altered or over-long link, and ignores fragments that are not share links', () => {
    const f = shareFragment(doc);
    expect(readShareFragment(f.slice(0, f.length - 7))).toEqual({ ok: false, reason: 'malformed' });
    const i = f.length - 40;
    const altered = f.slice(0, i) + (f[i] === 'A' ? 'B' : 'A') + f.slice(i + 1);
    expect(readShareFragment(altered)).toEqual({ ok: false, reason: 'malformed' });
    expect(readShareFragment(f.replace('#s=1.', '#s=1.0'))).toEqual({ ok: false, reason: 'malformed' });
    expect(readShareFragment('#s=1.00000000.<script>')).toEqual({ ok: false, reason: 'malformed' });
    expect(readShareFragment(`#s=${'A'.repeat(SHARE_MAX_CHARS)}`)).toEqual({ ok: false, reason: 'tooLong' });
    expect(readShareFragment('#results')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });
});
