import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import baseline from '../../scenarios/baseline.json';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario } from '../../src/scenario/parse';
import { getAt, setAt } from '../../src/scenario/doc-path';
import {
  addActivity, addPeriod, addRoute, freshId, moveActivity, removeActivity, removePeriod, removeRoute, renameActivityId, routeChoices,
} from '../../src/scenario/programme-edits';

const ids = (doc: unknown, key: 'activities' | 'periods') => (getAt(doc, [key]) as { id: string }[]).map((e) => e.id);
const errorsOf = (doc: unknown) => {
  const p = validateScenario(doc);
  return p.ok ? [] : p.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('the blank template', () => {
  it('is a valid programme of one period and one activity', () => {
    expect(errorsOf(blank)).toEqual([]);
    expect(ids(blank, 'periods')).toEqual(['period1']);
    expect(ids(blank, 'activities')).toEqual(['activity1']);
  });
});

describe('programme edits', () => {
  it('adds a period with no units of any activity in it, named by its place', () => {
    const { doc, id } = addPeriod(baseline);
    expect(id).toBe('period3');
    expect(getAt(doc, ['periods', 'period3'])).toEqual({ id: 'period3', label: { da: '3. periode', en: 'Period 3' }, years: 1 });
    for (const a of ids(doc, 'activities')) expect(getAt(doc, ['activities', a, 'units', 'period3'])).toBe(0);
    expect(errorsOf(doc)).toEqual([]);
    // Untouched parts are shared, not copied.
    expect(getAt(doc, ['outcomes'])).toBe(baseline.outcomes);
  });

  it('removes a period with every activity’s units in it and every target for it', () => {
    const doc = removePeriod(baseline, 'period1');
    expect(ids(doc, 'periods')).toEqual(['period2']);
    for (const a of ids(doc, 'activities')) expect(getAt(doc, ['activities', a, 'units'])).not.toHaveProperty('period1');
    for (const row of Object.values(getAt(doc, ['targets']) as Record<string, object>)) expect(row).not.toHaveProperty('period1');
    expect(getAt(doc, ['targets', 'supportedCompanies', 'period2'])).toBe(88);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('removes a period’s fixed costs with it, and leaves the others', () => {
    const costed = { ...baseline, budget: { fixedCostsDkk: { period1: 1_000_000, period2: 2_000_000 } } };
    const doc = removePeriod(costed, 'period1');
    expect(getAt(doc, ['budget'])).toEqual({ fixedCostsDkk: { period2: 2_000_000 } });
    expect(errorsOf(doc)).toEqual([]);
  });

  it('adds an activity with a fresh id that validates as it is', () => {
    const { doc, id } = addActivity(baseline, 'Eksportnetværk');
    expect(id).toBe('activity1');
    expect(getAt(doc, ['activities', id, 'units'])).toEqual({ period1: 1, period2: 1 });
    expect(errorsOf(doc)).toEqual([]);
    expect(freshId('activity', ['activity1', 'activity2'])).toBe('activity3');
  });

  it('removes an activity with the routes that led to it, leaving the rest as they were', () => {
    const doc = removeActivity(baseline, 'C');
    expect(ids(doc, 'activities')).toEqual(['A1', 'A2', 'B', 'D', 'E1', 'E2', 'F']);
    expect(Object.keys(getAt(doc, ['activities', 'A2', 'routing', 'to']) as object)).toEqual(['B', 'D', 'E1']);
    expect(Object.keys(getAt(doc, ['activities', 'A1', 'routing', 'to']) as object)).toEqual(['A2', 'B', 'D', 'E1']);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('moves an activity in the list without changing its routes, and not past either end', () => {
    const doc = moveActivity(baseline, 'C', -1);
    expect(ids(doc, 'activities').slice(2, 4)).toEqual(['C', 'B']);
    expect(moveActivity(baseline, 'A1', -1)).toBe(baseline);
    expect(moveActivity(baseline, 'F', 1)).toBe(baseline);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('renames an activity’s id everywhere the scenario names it', () => {
    const withCorrelation = setAt(baseline, ['sampling'], {
      method: 'monte-carlo',
      correlations: { inputs: ['activities.B.recruitment.fillRate', 'activities.A1.routing.proceed'], matrix: [[1, 0.3], [0.3, 1]] },
    });
    const withTarget = setAt(withCorrelation, ['targets', 'participants.B'], { total: 60 });
    const doc = renameActivityId(withTarget, 'B', 'advice');
    expect(ids(doc, 'activities')).toContain('advice');
    expect(ids(doc, 'activities')).not.toContain('B');
    expect(getAt(doc, ['activities', 'A2', 'routing', 'to', 'advice'])).toEqual(getAt(baseline, ['activities', 'A2', 'routing', 'to', 'B']));
    expect(getAt(doc, ['sampling', 'correlations', 'inputs'])).toEqual(['activities.advice.recruitment.fillRate', 'activities.A1.routing.proceed']);
    expect(getAt(doc, ['targets', 'participants.advice'])).toEqual({ total: 60 });
    expect(errorsOf(doc)).toEqual([]);
  });

  it('renames and removes an activity in the sets of activities the own indicators and states count, and in a rule naming its participants', () => {
    const L = { da: 'x', en: 'x' };
    let doc = setAt(baseline, ['outcomes', 'states'], [{ id: 'org', name: L, activities: ['B', 'C'], probability: 0.5, lagYears: 1 }]);
    doc = setAt(doc, ['indicators'], [
      { id: 'RCO04', label: L, rule: { kind: 'companies', activities: ['B', 'C', 'D'], subsetOf: 'supportedCompanies' } },
      { id: 'perB', label: L, rule: { kind: 'ratio', numerator: 'newJobsFte', denominator: 'participants.B' } },
    ]);
    expect(errorsOf(doc)).toEqual([]);
    const renamed = renameActivityId(doc, 'B', 'advice');
    expect(getAt(renamed, ['indicators', 'RCO04', 'rule', 'activities'])).toEqual(['advice', 'C', 'D']);
    expect(getAt(renamed, ['indicators', 'perB', 'rule', 'denominator'])).toBe('participants.advice');
    expect(getAt(renamed, ['outcomes', 'states', 'org', 'activities'])).toEqual(['advice', 'C']);
    expect(errorsOf(renamed)).toEqual([]);
    const removed = removeActivity(doc, 'C');
    expect(getAt(removed, ['indicators', 'RCO04', 'rule', 'activities'])).toEqual(['B', 'D']);
    expect(getAt(removed, ['outcomes', 'states', 'org', 'activities'])).toEqual(['B']);
    expect(errorsOf(removed)).toEqual([]);
  });

  it('offers only routes that keep the programme free of loops', () => {
    // E2 is reached from E1, which A1 and A2 reach: none of those may follow E2, nor E2 itself, nor F (routed already).
    expect(routeChoices(baseline, 'E2')).toEqual(['B', 'C', 'D']);
    expect(routeChoices(baseline, 'F')).toEqual(['B', 'C', 'D']);
    const doc = addRoute(baseline, 'B', 'E2');
    expect(getAt(doc, ['activities', 'B', 'routing'])).toEqual({ proceed: { type: 'fixed', value: 0 }, to: { E2: { type: 'fixed', value: 0 } } });
    expect(errorsOf(doc)).toEqual([]);
    expect(routeChoices(doc, 'E2')).toEqual(['C', 'D']);
    expect(getAt(removeRoute(doc, 'B', 'E2'), ['activities', 'B', 'routing', 'to'])).toEqual({});
  });

  it('leaves a draft that is no scenario at all as readable as it was', () => {
    expect(() => addPeriod({})).not.toThrow();
    expect(() => removeActivity({ activities: 'x' }, 'A')).not.toThrow();
    expect(routeChoices(null, 'A')).toEqual([]);
  });
});

/** One edit the editor offers, picked at random among those it would offer on `doc`. */
type Step = { kind: 'addActivity' | 'addPeriod' | 'removeActivity' | 'removePeriod' | 'move' | 'rename' | 'addRoute' | 'removeRoute'; pick: number; pick2: number; up: boolean };

function apply(doc: unknown, s: Step): unknown {
  const acts = ids(doc, 'activities');
  const periods = ids(doc, 'periods');
  const a = acts[s.pick % acts.length];
  switch (s.kind) {
    case 'addActivity': return acts.length < 50 ? addActivity(doc, `Aktivitet ${acts.length + 1}`).doc : doc;
    case 'addPeriod': return periods.length < 10 ? addPeriod(doc).doc : doc;
    // The editor offers removal only while more than one is left.
    case 'removeActivity': return acts.length > 1 ? removeActivity(doc, a) : doc;
    case 'removePeriod': return periods.length > 1 ? removePeriod(doc, periods[s.pick % periods.length]) : doc;
    case 'move': return moveActivity(doc, a, s.up ? -1 : 1);
    case 'rename': return renameActivityId(doc, a, freshId('x', acts));
    case 'addRoute': {
      const to = routeChoices(doc, a);
      return to.length ? addRoute(doc, a, to[s.pick2 % to.length]) : doc;
    }
    case 'removeRoute': {
      const to = Object.keys((getAt(doc, ['activities', a, 'routing', 'to']) as object | undefined) ?? {});
      return to.length ? removeRoute(doc, a, to[s.pick2 % to.length]) : doc;
    }
  }
}

describe('any sequence of the editor’s structure edits', () => {
  const step = fc.record({
    kind: fc.constantFrom('addActivity', 'addPeriod', 'removeActivity', 'removePeriod', 'move', 'rename', 'addRoute', 'removeRoute'),
    pick: fc.nat(100),
    pick2: fc.nat(100),
    up: fc.boolean(),
  }) as fc.Arbitrary<Step>;

  it('keeps a valid programme valid, from the blank template and from the seed’s', () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>(blank, baseline), fc.array(step, { maxLength: 25 }), (start, steps) => {
        const doc = steps.reduce(apply, start);
        expect(errorsOf(doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
