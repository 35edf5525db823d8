import { getAt, setAt } from './doc-path';
import { PARTICIPANTS_PREFIX } from '../engine/layout';
import { defaultPeriodLabel } from '../text';

/**
 * Changes to a programme's structure, as the editor makes them: each takes a scenario document
 * (valid or not, as a draft may be) and returns a new one, sharing what it does not touch.
 * They keep the document coherent where the change itself decides how (a removed period's
 * units and targets go with it, a removed activity's routes to it go), and leave the rest to
 * validation, which marks what still needs the planner (a share that now adds up to over 100 %).
 */

type Doc = unknown;
type Entry = Record<string, unknown> & { id?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (doc: Doc, key: 'periods' | 'activities'): Entry[] => {
  const v = getAt(doc, [key]);
  return Array.isArray(v) ? (v as Entry[]) : [];
};
const ids = (doc: Doc, key: 'periods' | 'activities') => list(doc, key).map((e) => (isObject(e) ? e.id : undefined)).filter((id): id is string => typeof id === 'string');

/** The first of `stem1`, `stem2`, … that `taken` does not hold. */
export function freshId(stem: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${stem}${n}`)) return `${stem}${n}`;
}

/** Every activity's entry with `f` applied (entries that are not objects are left alone). */
const eachActivity = (doc: Doc, f: (a: Entry) => Entry): Doc => setAt(doc, ['activities'], list(doc, 'activities').map((a) => (isObject(a) ? f(a) : a)));

const without = (o: unknown, key: string): unknown => {
  if (!isObject(o) || !(key in o)) return o;
  const { [key]: _, ...rest } = o;
  return rest;
};

// --- Periods ---------------------------------------------------------------------------------

/** A new last period (`period3`, 1 year), with no units of any activity in it yet. */
export function addPeriod(doc: Doc): { doc: Doc; id: string } {
  const periods = list(doc, 'periods');
  const id = freshId('period', ids(doc, 'periods'));
  const entry = { id, label: defaultPeriodLabel(periods.length + 1), years: 1 };
  let next = setAt(doc, ['periods'], [...periods, entry]);
  next = eachActivity(next, (a) => ({ ...a, units: { ...(isObject(a.units) ? a.units : {}), [id]: 0 } }));
  return { doc: next, id };
}

/** Takes the period out, and with it every activity's units in it, every target for it and its fixed costs. */
export function removePeriod(doc: Doc, id: string): Doc {
  let next = setAt(doc, ['periods'], list(doc, 'periods').filter((p) => !(isObject(p) && p.id === id)));
  next = eachActivity(next, (a) => (isObject(a.units) ? { ...a, units: without(a.units, id) } : a));
  const targets = getAt(next, ['targets']);
  if (isObject(targets)) next = setAt(next, ['targets'], Object.fromEntries(Object.entries(targets).map(([k, row]) => [k, without(row, id)])));
  const fixed = getAt(next, ['budget', 'fixedCostsDkk']);
  if (isObject(fixed) && id in fixed) next = setAt(next, ['budget', 'fixedCostsDkk'], without(fixed, id));
  return next;
}

// --- Activities ------------------------------------------------------------------------------

/** Words a new activity's unit starts with, until the planner names its own. */
const NEW_UNIT = { da: { one: 'forløb', other: 'forløb' }, en: { one: 'course', other: 'courses' } };

/**
 * A new activity at the end of the list: one unit of ten companies in each period, all seats
 * filled by recruitment, counted as support, no routes on and no growth chance yet.
 */
export function addActivity(doc: Doc, name: string): { doc: Doc; id: string } {
  const id = freshId('activity', ids(doc, 'activities'));
  const entry = {
    id,
    name,
    unit: NEW_UNIT,
    aim: 'growth',
    units: Object.fromEntries(ids(doc, 'periods').map((p) => [p, 1])),
    companiesPerUnit: 10,
    countsAsSupport: true,
    recruitment: { fillRate: { type: 'fixed', value: 1 } },
    growthProbability: { type: 'fixed', value: 0 },
  };
  return { doc: setAt(doc, ['activities'], [...list(doc, 'activities'), entry]), id };
}

/**
 * The document with every set of activities that its own indicators and states name (rule
 * `activities`, a state's `activities`) and every indicator id their rules name passed
 * through `ids` and `indicator`.
 */
function eachReference(doc: Doc, ids: (list: string[]) => string[], indicator: (id: string) => string = (id) => id): Doc {
  const names = (v: unknown) => (Array.isArray(v) ? ids(v.filter((x): x is string => typeof x === 'string')) : v);
  const name = (v: unknown) => (typeof v === 'string' ? indicator(v) : v);
  let next = doc;
  const indicators = getAt(doc, ['indicators']);
  if (Array.isArray(indicators)) {
    next = setAt(next, ['indicators'], indicators.map((d) => {
      if (!isObject(d) || !isObject(d.rule)) return d;
      const r = d.rule;
      const rule = {
        ...r,
        ...('activities' in r ? { activities: names(r.activities) } : {}),
        ...('subsetOf' in r ? { subsetOf: name(r.subsetOf) } : {}),
        ...('of' in r && Array.isArray(r.of) ? { of: r.of.map(name) } : {}),
        ...('numerator' in r ? { numerator: name(r.numerator) } : {}),
        ...('denominator' in r ? { denominator: name(r.denominator) } : {}),
      };
      return { ...d, rule };
    }));
  }
  const states = getAt(doc, ['outcomes', 'states']);
  if (Array.isArray(states)) next = setAt(next, ['outcomes', 'states'], states.map((st) => (isObject(st) && 'activities' in st ? { ...st, activities: names(st.activities) } : st)));
  return next;
}

/** Takes the activity out, with the routes that lead to it, the targets of its participants, and its place in the sets of activities indicators and states count. */
export function removeActivity(doc: Doc, id: string): Doc {
  let next = setAt(doc, ['activities'], list(doc, 'activities').filter((a) => !(isObject(a) && a.id === id)));
  next = eachActivity(next, (a) => (isObject(a.routing) && isObject(a.routing.to) && id in a.routing.to ? { ...a, routing: { ...a.routing, to: without(a.routing.to, id) } } : a));
  next = eachReference(next, (ids) => ids.filter((a) => a !== id));
  return setAt(next, ['targets', `${PARTICIPANTS_PREFIX}${id}`], undefined);
}

/** Moves the activity one place earlier (−1) or later (+1) in the list; the order the planner reads it in. */
export function moveActivity(doc: Doc, id: string, by: -1 | 1): Doc {
  const all = [...list(doc, 'activities')];
  const i = all.findIndex((a) => isObject(a) && a.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= all.length) return doc;
  [all[i], all[j]] = [all[j], all[i]];
  return setAt(doc, ['activities'], all);
}

/**
 * Gives the activity a new id, and every reference to it the same: routes to it, the target
 * row of its participants, the sets of activities indicators and states count (and a rule
 * naming its participants), and the inputs that paths name (correlations, actuals).
 */
export function renameActivityId(doc: Doc, from: string, to: string): Doc {
  if (from === to) return doc;
  const old = `activities.${from}.`;
  const rewrite = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith(old) ? `activities.${to}.${v.slice(old.length)}` : v;
    if (Array.isArray(v)) return v.map(rewrite);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
    return v;
  };
  let next = eachActivity(doc, (a) => {
    const own = a.id === from ? { ...a, id: to } : a;
    if (!isObject(own.routing) || !isObject(own.routing.to) || !(from in own.routing.to)) return own;
    const routes = Object.fromEntries(Object.entries(own.routing.to).map(([k, v]) => [k === from ? to : k, v]));
    return { ...own, routing: { ...own.routing, to: routes } };
  });
  const targets = getAt(next, ['targets']);
  if (isObject(targets) && `${PARTICIPANTS_PREFIX}${from}` in targets) {
    next = setAt(next, ['targets'], Object.fromEntries(Object.entries(targets).map(([k, v]) => [k === `${PARTICIPANTS_PREFIX}${from}` ? `${PARTICIPANTS_PREFIX}${to}` : k, v])));
  }
  const participants = `${PARTICIPANTS_PREFIX}${from}`;
  next = eachReference(next, (ids) => ids.map((a) => (a === from ? to : a)), (id) => (id === participants ? `${PARTICIPANTS_PREFIX}${to}` : id));
  for (const key of ['sampling', 'actuals'] as const) {
    const part = getAt(next, [key]);
    if (part !== undefined) next = setAt(next, [key], rewrite(part));
  }
  return next;
}

// --- Routes ----------------------------------------------------------------------------------

/** The activities `from` can send companies to: not itself, not one already routed to, none that leads back to it. */
export function routeChoices(doc: Doc, from: string): string[] {
  const acts = list(doc, 'activities').filter(isObject);
  const next = new Map(acts.map((a) => [a.id, isObject(a.routing) && isObject(a.routing.to) ? Object.keys(a.routing.to) : []]));
  const reaches = (a: string, target: string, seen = new Set<string>()): boolean =>
    a === target || (!seen.has(a) && (seen.add(a), (next.get(a) ?? []).some((b) => reaches(b, target, seen))));
  const routed = next.get(from) ?? [];
  return ids(doc, 'activities').filter((id) => id !== from && !routed.includes(id) && !reaches(id, from));
}

/**
 * A route from one activity to another, with a share of 0 % to be set. An activity without
 * routing gets one: none of its companies proceed (0 %) until the planner says how many do.
 */
export function addRoute(doc: Doc, from: string, to: string): Doc {
  const routing = getAt(doc, ['activities', from, 'routing']);
  const base = isObject(routing) ? routing : { proceed: { type: 'fixed', value: 0 }, to: {} };
  const routes = isObject(base.to) ? base.to : {};
  return setAt(doc, ['activities', from, 'routing'], { ...base, to: { ...routes, [to]: { type: 'fixed', value: 0 } } });
}

export function removeRoute(doc: Doc, from: string, to: string): Doc {
  return setAt(doc, ['activities', from, 'routing', 'to', to], undefined);
}
