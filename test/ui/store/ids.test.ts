import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slugify, uniqueName, uniqueSlug } from '../../../src/ui/store/ids';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

describe('scenario ids', () => {
  it('turns Danish names into valid ids', () => {
    expect(slugify('Vækst på Ærø')).toBe('vaekst-paa-aeroe');
    expect(slugify('  !!  ')).toBe('scenario');
  });

  it('numbers a taken id instead of reusing it', () => {
    expect(uniqueSlug('baseline', new Set(['baseline']))).toBe('baseline-2');
    expect(uniqueSlug('baseline-2', new Set(['baseline', 'baseline-2']))).toBe('baseline-3');
    expect(uniqueSlug('evidence', new Set(['baseline']))).toBe('evidence');
  });

  it('always gives a valid id that is not taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 70 })), (base, taken) => {
        const set = new Set([...taken, slugify(base), `${slugify(base)}-2`]);
        const id = uniqueSlug(base, set);
        expect(id).toMatch(SLUG);
        expect(set.has(id)).toBe(false);
      }),
    );
  });

  it('numbers a taken name', () => {
    expect(uniqueName('Plan', new Set(['Plan']))).toBe('Plan (2)');
    expect(uniqueName('Plan (2)', new Set(['Plan', 'Plan (2)']))).toBe('Plan (3)');
  });
});
