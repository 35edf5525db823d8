import { describe, expect, it } from 'vitest';
import { getIn, setIn } from '../../../src/ui/store/draft-path';

describe('setIn', () => {
  const doc = { a: { b: { c: 1 }, keep: { x: 1 } }, list: [1, 2] };

  it('returns a new document and leaves the original untouched', () => {
    const next = setIn(doc, ['a', 'b', 'c'], 2);
    expect(getIn(next, ['a', 'b', 'c'])).toBe(2);
    expect(doc.a.b.c).toBe(1);
  });

  it('shares the branches it did not change', () => {
    const next = setIn(doc, ['a', 'b', 'c'], 2) as typeof doc;
    expect(next.a.keep).toBe(doc.a.keep);
    expect(next.list).toBe(doc.list);
    expect(next.a).not.toBe(doc.a);
  });

  it('creates missing objects and arrays on the way', () => {
    expect(setIn({}, ['x', 'y'], 3)).toEqual({ x: { y: 3 } });
    expect(setIn({}, ['x', 0], 'first')).toEqual({ x: ['first'] });
    expect(setIn(undefined, ['x'], 1)).toEqual({ x: 1 });
  });

  it('removes a key when the value is undefined', () => {
    expect(setIn({ p: { min: 1, mode: 2 } }, ['p', 'mode'], undefined)).toEqual({ p: { min: 1 } });
  });

  it('replaces a number by an object along the path', () => {
    expect(setIn({ p: 0.5 }, ['p', 'type'], 'fixed')).toEqual({ p: { type: 'fixed' } });
  });
});

describe('getIn', () => {
  it('reads nested values and gives undefined past the leaves', () => {
    expect(getIn({ a: [{ b: 4 }] }, ['a', 0, 'b'])).toBe(4);
    expect(getIn({ a: 1 }, ['a', 'b', 'c'])).toBeUndefined();
    expect(getIn(null, ['a'])).toBeUndefined();
  });
});
