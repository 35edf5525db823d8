import { describe, expect, it } from 'vitest';
import { distQuantile } from '../../../src/engine/dist';
import { resolveInput } from '../../../src/scenario/resolve';
import { centreOf, specFields, typesFor, withCentre, withForm, withType } from '../../../src/ui/editor/input-spec';

const pert = { type: 'pert' as const, min: 0.4, mode: 0.5, max: 0.6, note: 'about half' };

describe('input forms', () => {
  it('turns native parameters into the 90 % interval of the same distribution and back', () => {
    const interval = withForm(pert, 'interval', 'probability');
    expect(specFields(interval)).toEqual(['p5', 'mode', 'p95']);
    const d = resolveInput(pert, 'probability');
    if (typeof d === 'string') throw new Error(d);
    expect(interval.p5!).toBeCloseTo(distQuantile(d, 0.05), 3);
    expect(interval.p95!).toBeCloseTo(distQuantile(d, 0.95), 3);
    expect(interval.note).toBe('about half');
    const back = withForm(interval, 'native', 'probability');
    expect(back.min!).toBeCloseTo(0.4, 2);
    expect(back.max!).toBeCloseTo(0.6, 2);
  });

  it('changes the type keeping about the same interval, in the form the planner used', () => {
    const normal = withType(pert, 'normal', 'probability');
    expect(Object.keys(normal).sort()).toEqual(['mean', 'note', 'sd', 'type']);
    expect(normal.mean!).toBeCloseTo(0.5, 2);
    expect(withType(pert, 'fixed', 'probability')).toEqual({ type: 'fixed', value: 0.5, note: 'about half' });
    const beta = withType({ ...withForm(pert, 'interval', 'probability') }, 'beta', 'probability');
    expect(specFields(beta)).toEqual(['p5', 'p95']);
  });

  it('keeps what it can of an invalid input when the type changes', () => {
    expect(withType({ type: 'pert', min: 0.6, mode: 0.5, max: 0.4 }, 'triangular', 'probability')).toEqual({ type: 'triangular', min: 0.6, mode: 0.5, max: 0.4 });
    // A lognormal is no probability's: its interval carries over, the centre becomes the most likely value or the value.
    const lognormal = { type: 'lognormal' as const, p5: 0.3, p95: 0.7 };
    expect(withType(lognormal, 'pert', 'probability')).toEqual({ type: 'pert', p5: 0.3, mode: 0.5, p95: 0.7 });
    expect(withType(lognormal, 'fixed', 'probability')).toEqual({ type: 'fixed', value: 0.5 });
    expect(withType({ type: 'pert', min: 0.6, mode: 0.5, max: 0.4 }, 'normal', 'probability')).toEqual({ type: 'normal', mean: 0.5 });
  });

  it('gives a minimum-and-maximum type the same numbers as another, instead of fitting its percentiles', () => {
    const high = { type: 'pert' as const, min: 0.9, mode: 0.97, max: 1 };
    expect(withType(high, 'triangular', 'probability')).toEqual({ type: 'triangular', min: 0.9, mode: 0.97, max: 1 });
    expect(withType(high, 'uniform', 'probability')).toEqual({ type: 'uniform', min: 0.9, max: 1 });
    expect(withType({ type: 'uniform', min: 0.2, max: 0.4 }, 'pert', 'probability')).toEqual({ type: 'pert', min: 0.2, mode: 0.3, max: 0.4 });
    expect(withType({ type: 'pert', p5: 0.4, mode: 0.5, p95: 0.7, note: 'n' }, 'triangular', 'probability')).toEqual({ type: 'triangular', p5: 0.4, mode: 0.5, p95: 0.7, note: 'n' });
    for (const t of ['triangular', 'uniform'] as const) expect(typeof resolveInput(withType(high, t, 'probability'), 'probability')).not.toBe('string');
  });

  it('offers a beta only for a probability, and a lognormal only for what is unbounded above', () => {
    expect(typesFor('probability')).toEqual(['fixed', 'uniform', 'triangular', 'pert', 'beta', 'normal']);
    expect(typesFor('money')).toEqual(['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal']);
  });

  it('moves the centre and keeps the spread, clipped to what a probability allows', () => {
    expect(centreOf(pert)).toBe(0.5);
    expect(withCentre(pert, 0.35, 'probability')).toEqual({ ...pert, min: 0.25, mode: 0.35, max: 0.45 });
    expect(withCentre(pert, 0.05, 'probability')).toMatchObject({ min: 0, mode: 0.05, max: 0.15 });
    expect(withCentre(0.5, 0.3, 'probability')).toBe(0.3);
    expect(withCentre({ type: 'fixed', value: 0.5 }, 0.3, 'probability')).toEqual({ type: 'fixed', value: 0.3 });
  });
});
