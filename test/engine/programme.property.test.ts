import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import blank from '../../scenarios/templates/blank.json';
import exportProgramme from '../../docs/examples/export-programme.json';
import { validateScenario, type PathError, type ValidScenario } from '../../src/scenario/parse';
import { getAt } from '../../src/scenario/doc-path';
import { runForecast } from '../../src/engine/run';
import { type ForecastResult } from '../../src/engine/forecast-result';
import { BLOCK_SIZE } from '../../src/engine/block-plan';
import { cellOf, RESERVED_HORIZONS } from '../../src/engine/layout';

/**
 * Programmes that are not the seed's: 1–12 activities with ids the planner chose, routed as
 * a random DAG (its topological order is not the list order), over 1–4 periods. Each is a
 * version 2 document built on the blank template, with the worked example's outcomes so that
 * growth, jobs and the innovation outcomes are drawn too.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/).filter((s) => !RESERVED_HORIZONS.includes(s));
// Whole thousandths, with 0 and 1 now and then (as in run.property.test.ts).
const thousandths = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 999 }), weight: 8 }, { arbitrary: fc.constantFrom(0, 1000), weight: 1 });
/** A probability as a planner may write it: a number, a fixed value, or a PERT. */
const rate = fc.oneof(
  thousandths.map((k) => k / 1000),
  thousandths.map((k) => ({ type: 'fixed', value: k / 1000 })),
  fc.uniqueArray(thousandths, { minLength: 3, maxLength: 3 }).map((ks) => {
    const [min, mode, max] = [...ks].sort((a, b) => a - b).map((k) => k / 1000);
    return { type: 'pert', min, mode, max };
  }),
);

interface ActivityPlan {
  id: string;
  aim: 'growth' | 'innovation';
  countsAsSupport: boolean;
  units: number[];
  companiesPerUnit: number;
  fillRate: unknown;
  proceed: unknown;
  /** Destinations as picks among the activities after it in routing order, with weights; `total` the share of those who go on that is routed (%). */
  routes: { pick: number; weight: number }[];
  total: number;
  uniformShares: boolean;
  growth: unknown;
}

interface Programme {
  periods: { id: string; years: number }[];
  /** In routing order: every route points to a later one. */
  activities: ActivityPlan[];
  /** The list order: a permutation of the routing order's places. */
  listed: number[];
  method?: 'monte-carlo' | 'latin-hypercube';
}

const activityPlan = (activityId: string, periods: number): fc.Arbitrary<ActivityPlan> =>
  fc.record({
    id: fc.constant(activityId),
    aim: fc.constantFrom<ActivityPlan['aim']>('growth', 'growth', 'growth', 'innovation'),
    countsAsSupport: fc.boolean(),
    units: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: periods, maxLength: periods }),
    companiesPerUnit: fc.constantFrom(0.5, 1, 3, 7.5, 12),
    fillRate: fc.option(rate, { nil: undefined }),
    proceed: rate,
    routes: fc.array(fc.record({ pick: fc.nat(), weight: fc.integer({ min: 1, max: 100 }) }), { maxLength: 3 }),
    total: fc.integer({ min: 0, max: 100 }),
    uniformShares: fc.boolean(),
    growth: fc.option(rate, { nil: undefined }),
  });

const programme = (min: { activities?: number; periods?: number } = {}): fc.Arbitrary<Programme> =>
  fc
    .record({
      periods: fc.uniqueArray(id, { minLength: min.periods ?? 1, maxLength: 4 }),
      activityIds: fc.uniqueArray(id, { minLength: min.activities ?? 1, maxLength: 12 }),
    })
    .chain(({ periods, activityIds }) =>
      fc.record({
        periods: fc.tuple(...periods.map((pid) => fc.constantFrom(0.5, 1, 1.5, 2).map((years) => ({ id: pid, years })))),
        activities: fc.tuple(...activityIds.map((aid) => activityPlan(aid, periods.length))),
        listed: fc.shuffledSubarray(activityIds.map((_, i) => i), { minLength: activityIds.length, maxLength: activityIds.length }),
        method: fc.constantFrom(undefined, 'monte-carlo' as const, 'latin-hypercube' as const),
      }),
    );

/** The routes of the activity at place i of the routing order: destination place → share. */
function routesOf(p: Programme, i: number): Map<number, number> {
  const a = p.activities[i];
  const later = p.activities.length - 1 - i;
  const out = new Map<number, number>();
  if (later === 0) return out;
  const picks = a.routes.map((r) => ({ to: i + 1 + (r.pick % later), weight: r.weight })).filter((r, k, all) => all.findIndex((x) => x.to === r.to) === k);
  const weights = picks.reduce((s, r) => s + r.weight, 0);
  // Whole percentages rounded down, so that they add up to at most `total` %.
  for (const r of picks) out.set(r.to, Math.floor((r.weight * a.total) / weights) / 100);
  return out;
}

const seats = (a: ActivityPlan) => a.units.map((u) => Math.round(u * a.companiesPerUnit));

/** The programme as a version 2 document. */
function toDoc(p: Programme): Doc {
  const doc: Doc = structuredClone(blank);
  const unit = doc.activities[0].unit;
  doc.id = 'generated-programme';
  doc.name = 'Generated programme';
  doc.periods = p.periods.map((x) => ({ ...x }));
  doc.outcomes = structuredClone(exportProgramme.outcomes);
  if (p.method) doc.sampling = { method: p.method };
  const byPlace = p.activities.map((a, i) => {
    const growth = a.aim === 'growth';
    const routes = routesOf(p, i);
    const share = (s: number) => (a.uniformShares && s > 0 ? { type: 'uniform', min: s / 2, max: s } : s);
    return {
      id: a.id,
      name: `Activity ${a.id}`,
      unit,
      aim: a.aim,
      units: Object.fromEntries(p.periods.map((period, k) => [period.id, a.units[k]])),
      companiesPerUnit: a.companiesPerUnit,
      countsAsSupport: growth && a.countsAsSupport,
      ...(a.fillRate === undefined ? {} : { recruitment: { fillRate: a.fillRate } }),
      ...(a.routes.length === 0 ? {} : { routing: { proceed: a.proceed, to: Object.fromEntries([...routes].map(([to, s]) => [p.activities[to].id, share(s)])) } }),
      ...(growth && a.growth !== undefined ? { growthProbability: a.growth } : {}),
    };
  });
  doc.activities = p.listed.map((i) => byPlace[i]);
  return doc;
}

function accepted(doc: Doc): ValidScenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(`a valid programme was refused: ${JSON.stringify(r.errors.map((e) => `${e.path}: ${e.message}`))}\n${JSON.stringify(doc)}`);
  return r.value;
}

function refused(doc: Doc): PathError[] {
  const r = validateScenario(doc);
  if (r.ok) throw new Error(`an invalid programme was accepted: ${JSON.stringify(doc)}`);
  return r.errors;
}

const activity = (doc: Doc, activityId: string) => doc.activities.find((a: Doc) => a.id === activityId);

/** Places reachable from place `from` along the programme's routes (itself included). */
function reachable(p: Programme, from: number): Set<number> {
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length) for (const to of routesOf(p, todo.pop()!).keys()) if (!seen.has(to)) (seen.add(to), todo.push(to));
  return seen;
}

describe('validation of generated programmes (fast-check)', () => {
  it('accepts every valid programme, with its activities in an order where routes point forward', () => {
    fc.assert(
      fc.property(programme(), (p) => {
        const v = accepted(toDoc(p));
        expect(v.model.listed).toEqual(p.listed.map((i) => p.activities[i].id));
        const place = new Map(v.model.activities.map((a, i) => [a.id, i]));
        v.model.activities.forEach((a, i) => a.routes.forEach((r) => expect(r.to).toBeGreaterThan(i)));
        p.activities.forEach((a, i) => {
          const m = v.model.activities[place.get(a.id)!];
          expect(m.seats).toEqual(seats(a));
          expect(m.routes.map((r) => v.model.activities[r.to].id).sort()).toEqual([...routesOf(p, i).keys()].map((to) => p.activities[to].id).sort());
        });
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });

  it('refuses a route that closes a cycle, at the routes of an activity on the cycle, naming the rule', () => {
    fc.assert(
      fc.property(programme({ activities: 2 }), fc.nat(), fc.nat(), (p, x, y) => {
        const n = p.activities.length;
        const u = x % (n - 1);
        const v = u + 1 + (y % (n - 1 - u));
        const doc = toDoc(p);
        const [U, V] = [p.activities[u].id, p.activities[v].id];
        // u reaches v (adding the route u → v with share 0 where it does not), and v now routes back to u.
        const onPath = reachable(p, u).has(v) ? [...reachable(p, u)].filter((k) => reachable(p, k).has(v)) : [u, v];
        const a = activity(doc, U);
        if (!reachable(p, u).has(v)) a.routing = { proceed: a.routing?.proceed ?? 0.5, to: { ...a.routing?.to, [V]: 0 } };
        const b = activity(doc, V);
        b.routing = { proceed: b.routing?.proceed ?? 0.5, to: { ...b.routing?.to, [U]: 0 } };

        const errors = refused(doc);
        expect(errors.map((e) => e.code)).toEqual(['cycle']);
        const [e] = errors;
        const cycle = onPath.map((k) => p.activities[k].id);
        expect(cycle.map((c) => `activities.${c}.routing.to`), `${e.path}: ${e.message}`).toContain(e.path);
        expect(getAt(doc, e.path)).toBeTypeOf('object');
        expect(e.message).toMatch(/^routes form a cycle through .*; a company cannot return to an activity$/);
        for (const c of cycle) expect((e.params as { activities?: string[] } | undefined)?.activities).toContain(c);
      }),
      { numRuns: 100, seed: 1203 },
    );
  });

  it('refuses a route to itself at that route', () => {
    fc.assert(
      fc.property(programme(), fc.nat(), (p, x) => {
        const doc = toDoc(p);
        const a = doc.activities[x % doc.activities.length];
        a.routing = { proceed: 0.5, to: { ...a.routing?.to, [a.id]: 0 } };
        const errors = refused(doc);
        expect(errors.map((e) => [e.path, e.code, e.message])).toEqual([[`activities.${a.id}.routing.to.${a.id}`, 'selfRoute', 'an activity cannot route to itself']]);
      }),
      { numRuns: 40, seed: 31 },
    );
  });

  it('refuses a route to an unknown id at that route, naming the activities there are', () => {
    fc.assert(
      fc.property(programme(), fc.nat(), id, (p, x, ghost) => {
        const doc = toDoc(p);
        const ids = doc.activities.map((a: Doc) => a.id);
        fc.pre(!ids.includes(ghost));
        const a = doc.activities[x % doc.activities.length];
        a.routing = { proceed: a.routing?.proceed ?? 0.5, to: { ...a.routing?.to, [ghost]: 0.1 } };
        const errors = refused(doc);
        const path = `activities.${a.id}.routing.to.${ghost}`;
        expect(errors.map((e) => [e.path, e.code])).toEqual([[path, 'unknownActivity']]);
        expect(getAt(doc, path)).toBe(0.1);
        expect(errors[0].message).toBe(`"${ghost}" is not an activity of this programme (${ids.join(', ')})`);
      }),
      { numRuns: 40, seed: 32 },
    );
  });

  it('refuses routes whose shares can add up to more than 100 %, at the routes, marking each share', () => {
    fc.assert(
      fc.property(programme({ activities: 3 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 99 }), (p, x, y, over) => {
        const n = p.activities.length;
        const u = x % (n - 2);
        const v = u + 1 + (y % (n - 2 - u));
        const w = v + 1 + (y % (n - 1 - v));
        const doc = toDoc(p);
        const [U, V, W] = [u, v, w].map((k) => p.activities[k].id);
        // 50 % and 50.5–99.5 %, the second as a number or as a uniform that can reach that far.
        const most = 0.5 + over / 200;
        const second = over % 2 ? most : { type: 'uniform', min: 0, max: most };
        activity(doc, U).routing = { proceed: 0.5, to: { [V]: 0.5, [W]: second } };
        const errors = refused(doc);
        expect(errors.map((e) => [e.path, e.code])).toEqual([[`activities.${U}.routing.to`, 'sharesOver']]);
        expect(errors[0].fields?.sort()).toEqual([`activities.${U}.routing.to.${V}`, `activities.${U}.routing.to.${W}`].sort());
        expect(errors[0].message).toMatch(/^the shares can add up to [\d.]+ %; those who go on can be sent onward at most once \(100 %\)$/);
      }),
      { numRuns: 60, seed: 33 },
    );
  });

  it('refuses an activity id or a period id used twice, at the id, naming the rule', () => {
    fc.assert(
      fc.property(programme({ activities: 2, periods: 2 }), fc.nat(), fc.nat(), fc.boolean(), (p, x, y, periods) => {
        const doc = toDoc(p);
        const list = periods ? doc.periods : doc.activities;
        const i = x % list.length;
        const j = (i + 1 + (y % (list.length - 1))) % list.length;
        const twice = list[i].id;
        list[j].id = twice;
        const errors = refused(doc);
        const path = `${periods ? 'periods' : 'activities'}.${twice}.id`;
        const e = errors.find((err) => err.code === 'duplicateId');
        expect(e, JSON.stringify(errors)).toMatchObject({ path, params: { id: twice } });
        expect(getAt(doc, path)).toBe(twice);
        expect(e!.message).toBe(`"${twice}" is used twice; each of the ${periods ? 'periods' : 'activities'} needs an id of its own`);
      }),
      { numRuns: 40, seed: 34 },
    );
  });

  it('refuses an activity without units for one of the periods, at that period’s units', () => {
    fc.assert(
      fc.property(programme(), fc.nat(), fc.nat(), (p, x, y) => {
        const doc = toDoc(p);
        const a = doc.activities[x % doc.activities.length];
        const period = doc.periods[y % doc.periods.length].id;
        delete a.units[period];
        const errors = refused(doc);
        expect(errors.map((e) => [e.path, e.code, e.message])).toEqual([[`activities.${a.id}.units.${period}`, 'required', 'is required (a number)']]);
        expect(getAt(doc, `activities.${a.id}.units`)).toBeTypeOf('object');
      }),
      { numRuns: 40, seed: 35 },
    );
  });
});

const ITERATIONS = 300;

/** The cells of one iteration's row that an indicator has in the forecast, by horizon id. */
function rowOf(f: ForecastResult, out: Float64Array, i: number) {
  const cells = f.layout.cells;
  return (indicator: string, horizon: string) => {
    const c = cellOf(f.layout, indicator, horizon);
    if (c < 0) throw new Error(`no cell ${indicator}@${horizon}`);
    return out[i * cells + c];
  };
}

describe('forecasts of generated programmes (fast-check)', () => {
  it('no activity holds more companies than its seats; supported companies are at most the support activities’ participants', () => {
    fc.assert(
      fc.property(programme(), fc.integer(), (p, seed) => {
        const v = accepted(toDoc(p));
        const f = runForecast(v.model, { seed, iterations: ITERATIONS, targets: v.targets });
        expect(f.iterations).toBe(ITERATIONS);
        const out = f.blocks[0].subsample!.out;
        expect(out.length).toBe(ITERATIONS * f.layout.cells);
        const periods = [...p.periods.map((x) => x.id), 'projectTotal'];
        const support = p.activities.filter((a) => a.aim === 'growth' && a.countsAsSupport);
        const innovation = p.activities.filter((a) => a.aim === 'innovation');
        for (let i = 0; i < ITERATIONS; i++) {
          const at = rowOf(f, out, i);
          const sum = (acts: ActivityPlan[], h: string) => acts.reduce((s, a) => s + at(`participants.${a.id}`, h), 0);
          for (const a of p.activities) {
            const s = seats(a);
            s.forEach((max, k) => {
              const n = at(`participants.${a.id}`, p.periods[k].id);
              if (!(n >= 0 && n <= max)) expect.fail(`iteration ${i}: participants.${a.id}@${p.periods[k].id} = ${n}, seats ${max}`);
            });
            expect(at(`participants.${a.id}`, 'projectTotal')).toBeLessThanOrEqual(s.reduce((x, y) => x + y, 0));
          }
          for (const h of periods) {
            const supported = at('supportedCompanies', h);
            if (!(supported >= 0 && supported <= sum(support, h))) expect.fail(`iteration ${i}: supportedCompanies@${h} = ${supported}, support participants ${sum(support, h)}`);
            const supportedF = at('supportedCompaniesF', h);
            if (!(supportedF >= 0 && supportedF <= sum(innovation, h))) expect.fail(`iteration ${i}: supportedCompaniesF@${h} = ${supportedF}, innovation participants ${sum(innovation, h)}`);
          }
        }
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });

  it('gives the same numbers for the same seed whether its blocks run on 1, 2 or 3 runners', () => {
    // Two blocks, the second partial: with 3 runners one gets nothing.
    const iterations = BLOCK_SIZE + 250;
    const numbers = (f: ForecastResult) => ({ iterations: f.iterations, cells: f.cells, routeMeans: f.routeMeans, recruitMeans: f.recruitMeans, joint: f.joint });
    fc.assert(
      fc.property(programme(), fc.integer(), (p, seed) => {
        const v = accepted(toDoc(p));
        const run = (runners: number) => runForecast(v.model, { seed, iterations, targets: v.targets }, { runners });
        const one = numbers(run(1));
        expect(one.iterations).toBe(iterations);
        expect(numbers(run(2))).toEqual(one);
        expect(numbers(run(3))).toEqual(one);
      }),
      { numRuns: 12, seed: 20261205 },
    );
  });
});
