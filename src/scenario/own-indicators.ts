import type { Dist } from '../engine/dist';
import { MAX_MEMBER_SETS, type Amount, type Model } from '../engine/model';
import { createLayout, type IndicatorDef } from '../engine/layout';
import { pathError, problem, type PathError } from './errors';
import type { InputKind } from './resolve';
import { hasCosts, type AmountSpec, type InputSpec, type Scenario } from './schema';

/** The built-in indicators that count companies reaching a state, which a `state` rule may name. */
export const BUILT_IN_STATES = ['growthCompanies', 'researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'] as const;

/** The names of an activity's draw sites (flow.ts, members.ts, simulate.ts), after its period and id. */
const ACTIVITY_SITES = ['entry', 'routes', 'members', 'growth'] as const;

/** What compiling needs from toModel: inputs, amounts and lags resolved in its list, at their paths. */
export interface InputResolver {
  input(spec: InputSpec, path: string, kind: InputKind): number;
  lag(spec: InputSpec, path: string): Dist;
  amount(a: AmountSpec, path: string, kind: InputKind): Amount;
}

/**
 * The activities whose companies a built-in count of companies counts: the growth group's
 * support activities for `supportedCompanies`, the innovation activities for
 * `supportedCompaniesF` (ids in list order); null for any other indicator.
 */
export function builtInCompanies(id: string, s: Pick<Scenario, 'activities'>): string[] | null {
  if (id === 'supportedCompanies') return s.activities.filter((a) => a.aim === 'growth' && a.countsAsSupport).map((a) => a.id);
  if (id === 'supportedCompaniesF') return s.activities.filter((a) => a.aim === 'innovation').map((a) => a.id);
  return null;
}

/**
 * The scenario's own states and indicators for the engine (Model.memberSets, states and
 * indicators), and what is wrong with them: references to activities, states and indicators
 * the programme does not have, ids that clash, sums across units, a rule naming one that is
 * worked out after it (a sum of a sum, a derived amount or a ratio; a derived amount of a
 * derived amount or a ratio; a ratio of a sum or a ratio), a subset naming activities its
 * parent does not count. `order` is the activities' routing order (their indices in the
 * model). Each different set of activities is one member set, whoever names it.
 */
export function compileOwn(
  s: Scenario,
  order: readonly string[],
  resolver: InputResolver,
  errors: PathError[],
): Pick<Model, 'memberSets' | 'states' | 'indicators'> {
  const own = s.indicators ?? [];
  const stateSpecs = s.outcomes.states ?? [];
  if (own.length === 0 && stateSpecs.length === 0) return {};
  const activityIds = s.activities.map((a) => a.id);
  const builtIn = createLayout(s.periods.map((p) => p.id), activityIds, hasCosts(s)).indicators;
  const sets: number[][] = [];
  const setKeys: string[] = [];
  /** The member set of these activities (named at `path`), made where no one named it before; −1 where one is unknown. */
  const setOf = (ids: readonly string[], path: string): number => {
    let ok = true;
    ids.forEach((id, i) => {
      if (!activityIds.includes(id)) {
        errors.push(pathError(`${path}.${i}`, problem('unknownActivity', { activity: id, activities: activityIds })));
        ok = false;
      }
    });
    if (!ok) return -1;
    const members = [...new Set(ids.map((id) => order.indexOf(id)))].sort((a, b) => a - b);
    const key = members.join(',');
    const known = setKeys.indexOf(key);
    if (known >= 0) return known;
    setKeys.push(key);
    sets.push(members);
    return sets.length - 1;
  };

  const twice = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  for (const id of twice(stateSpecs.map((st) => st.id))) errors.push(pathError(`outcomes.states.${id}.id`, problem('duplicateId', { id, list: 'states' })));
  const ownIds = own.map((d) => d.id);
  for (const id of new Set([...twice(ownIds), ...ownIds.filter((id) => builtIn.some((d) => d.id === id))])) {
    errors.push(pathError(`indicators.${id}.id`, problem('duplicateId', { id, list: 'indicators' })));
  }

  for (const d of own) {
    const first = d.code ? own.find((x) => x.code === d.code)! : d;
    if (first !== d) errors.push(pathError(`indicators.${d.id}.code`, problem('duplicateCode', { code: d.code!, first: first.id })));
  }

  const states: NonNullable<Model['states']> = stateSpecs.map((st) => {
    const path = `outcomes.states.${st.id}`;
    return {
      id: st.id,
      set: setOf(st.activities, `${path}.activities`),
      probabilityInput: resolver.input(st.probability, `${path}.probability`, 'probability'),
      lag: resolver.lag(st.lagYears, `${path}.lagYears`),
      ...(st.amountFte ? { amount: resolver.amount(st.amountFte, `${path}.amountFte`, 'fte') } : st.amountDkk ? { amount: resolver.amount(st.amountDkk, `${path}.amountDkk`, 'money') } : {}),
    };
  });
  const stateIds = stateSpecs.map((st) => st.id);
  // An outcome's draws come from `<period>:state:<id>`, an activity's from `<period>:<activity>:<site>`: the two must not meet.
  if (activityIds.includes('state')) {
    for (const id of stateIds.filter((x) => (ACTIVITY_SITES as readonly string[]).includes(x))) errors.push(pathError(`outcomes.states.${id}.id`, problem('drawSiteClash', { id, names: [...ACTIVITY_SITES] })));
  }
  for (const st of stateSpecs) if (st.amountFte && st.amountDkk) errors.push(pathError(`outcomes.states.${st.id}.amountDkk`, problem('twoAmounts', {})));
  const unitOf = (st: (typeof stateSpecs)[number] | undefined) => (st?.amountFte ? ('fte' as const) : st?.amountDkk ? ('dkk' as const) : null);

  // The defs of every indicator a rule may name, built-in and own, as far as they are known.
  const defs = new Map<string, IndicatorDef>(builtIn.map((d) => [d.id, d]));
  const kindOf = new Map(own.map((d) => [d.id, d.rule.kind]));
  const known = [...builtIn.map((d) => d.id), ...ownIds];
  const indicators: IndicatorDef[] = [];
  // Companies and states first: sums and ratios take their units from them.
  for (const d of own) {
    const path = `indicators.${d.id}.rule`;
    const r = d.rule;
    if (r.kind === 'companies') {
      const def: IndicatorDef = { id: d.id, own: true, unit: 'companies', kind: 'count', periodOnly: true, rule: { kind: 'companies', set: setOf(r.activities, `${path}.activities`) } };
      if (r.subsetOf !== undefined) checkSubset(s, own, builtIn, r.activities, r.subsetOf, path, errors);
      defs.set(d.id, def);
    } else if (r.kind === 'state') {
      const builtInState = (BUILT_IN_STATES as readonly string[]).includes(r.state);
      if (!builtInState && !stateIds.includes(r.state)) {
        errors.push(pathError(`${path}.state`, problem('unknownState', { state: r.state, states: [...BUILT_IN_STATES, ...stateIds] })));
      }
      defs.set(d.id, { id: d.id, own: true, unit: 'companies', kind: 'count', rule: builtInState ? { kind: 'sum', of: [r.state] } : { kind: 'state', state: stateIds.indexOf(r.state) } });
    } else if (r.kind === 'amount') {
      const i = stateIds.indexOf(r.state);
      const unit = unitOf(stateSpecs[i]);
      if (unit === null) errors.push(pathError(`${path}.state`, problem('unknownState', { state: r.state, states: stateSpecs.filter((st) => unitOf(st) !== null).map((st) => st.id) })));
      defs.set(d.id, { id: d.id, own: true, unit: unit ?? 'fte', kind: 'amount', rule: { kind: 'amount', state: i } });
    }
  }
  /**
   * The def of an indicator a rule names at `path`, where the rule may take it: a sum takes no
   * sum, ratio or derived amount (they are worked out after it), a derived amount no ratio or
   * derived amount, a ratio no sum or ratio.
   */
  const operand = (id: string, path: string, rule: 'sum' | 'derived' | 'ratio'): IndicatorDef | undefined => {
    const k = kindOf.get(id);
    const forbidden = { sum: ['sum', 'ratio', 'derived'], derived: ['ratio', 'derived'], ratio: ['sum', 'ratio'] }[rule];
    if (k !== undefined && forbidden.includes(k)) {
      errors.push(pathError(path, problem('ruleOperand', { indicator: id, kind: k as 'sum' | 'derived' | 'ratio', rule })));
      return undefined;
    }
    const def = defs.get(id);
    if (!def) errors.push(pathError(path, problem('unknownRuleIndicator', { indicator: id, known })));
    else if (def.per !== undefined) errors.push(pathError(path, problem('ruleOperand', { indicator: id, kind: 'ratio', rule })));
    else return def;
    return undefined;
  };
  // Sums, then derived amounts (which may take a sum), then ratios (which may take a derived amount).
  for (const d of ['sum', 'derived', 'ratio'].flatMap((kind) => own.filter((x) => x.rule.kind === kind))) {
    const path = `indicators.${d.id}.rule`;
    const r = d.rule;
    if (r.kind === 'sum') {
      const parts = r.of.map((id, i) => operand(id, `${path}.of.${i}`, 'sum'));
      const units = [...new Set(parts.flatMap((p) => (p ? [p.unit] : [])))];
      if (units.length > 1) errors.push(pathError(`${path}.of`, problem('mixedUnits', { units })));
      const ok = parts.filter((p): p is IndicatorDef => p !== undefined);
      defs.set(d.id, {
        id: d.id,
        own: true,
        unit: ok[0]?.unit ?? 'companies',
        kind: ok.every((p) => p.kind === 'count') ? 'count' : 'amount',
        ...(ok.every((p) => p.periodOnly) ? { periodOnly: true } : {}),
        ...(ok.some((p) => p.cost) ? { cost: true } : {}),
        rule: { kind: 'sum', of: r.of },
      });
    } else if (r.kind === 'derived') {
      const of = operand(r.from, `${path}.from`, 'derived');
      const factorInput = resolver.input(r.dkkPer, `${path}.dkkPer`, 'money');
      defs.set(d.id, { id: d.id, own: true, unit: 'dkk', kind: 'amount', ...(of?.periodOnly ? { periodOnly: true } : {}), ...(of?.cost ? { cost: true } : {}), rule: { kind: 'derived', of: r.from, factorInput } });
    } else if (r.kind === 'ratio') {
      const num = operand(r.numerator, `${path}.numerator`, 'ratio');
      operand(r.denominator, `${path}.denominator`, 'ratio');
      defs.set(d.id, { id: d.id, own: true, unit: num?.unit ?? 'dkk', kind: 'amount', per: r.denominator, of: r.numerator, ...(num?.cost ? { cost: true } : {}) });
    }
  }
  for (const d of own) indicators.push(defs.get(d.id)!);
  if (sets.length > MAX_MEMBER_SETS) errors.push(pathError('indicators', problem('tooManySets', { max: MAX_MEMBER_SETS, got: sets.length })));
  return { ...(sets.length ? { memberSets: sets } : {}), ...(states.length ? { states } : {}), ...(indicators.length ? { indicators } : {}) };
}

/**
 * A subset's activities must all be counted by its parent: then in every iteration the subset's
 * companies up to any time are among the parent's, so the subset never exceeds it at the totals.
 */
function checkSubset(s: Scenario, own: NonNullable<Scenario['indicators']>, builtIn: readonly IndicatorDef[], activities: string[], parent: string, path: string, errors: PathError[]): void {
  const ownParent = own.find((d) => d.id === parent);
  const parentActivities = ownParent ? (ownParent.rule.kind === 'companies' ? ownParent.rule.activities : null) : builtInCompanies(parent, s);
  if (parentActivities === null) {
    const exists = ownParent !== undefined || builtIn.some((d) => d.id === parent);
    errors.push(pathError(`${path}.subsetOf`, exists ? problem('parentNotCompanies', { parent }) : problem('unknownRuleIndicator', { indicator: parent, known: ['supportedCompanies', 'supportedCompaniesF', ...own.filter((d) => d.rule.kind === 'companies').map((d) => d.id)] })));
    return;
  }
  // An activity the programme does not have is reported as such (setOf).
  const outside = activities.filter((a) => !parentActivities.includes(a) && s.activities.some((x) => x.id === a));
  if (outside.length) errors.push(pathError(`${path}.activities`, problem('notInParent', { activities: outside, parent })));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const RULE_KINDS = ['companies', 'state', 'amount', 'sum', 'derived', 'ratio'];

/**
 * The own indicators of a draft that may be anything while it is edited, as the layout has
 * them (ids, units, cells), for the editor's targets and labels: the entries with a text id
 * and a rule of a kind there is, read as compileOwn reads a valid scenario.
 */
export function draftOwnIndicators(draft: unknown, periods: readonly string[], activities: readonly { id: string; group: 'growth' | 'innovation' }[], costed: boolean): { defs: IndicatorDef[]; words: { id: string; label: { da: string; en: string }; code?: string }[] } {
  const d = (draft ?? {}) as { indicators?: unknown; outcomes?: { states?: unknown }; activities?: unknown };
  const list = Array.isArray(d.indicators) ? d.indicators : [];
  const own = list.flatMap((e) => {
    const x = (e ?? {}) as { id?: unknown; label?: { da?: unknown; en?: unknown }; code?: unknown; rule?: Record<string, unknown> };
    const r = x.rule;
    if (typeof x.id !== 'string' || x.id === '' || !r || typeof r !== 'object' || !RULE_KINDS.includes(r.kind as string)) return [];
    const rule =
      r.kind === 'companies' ? { kind: 'companies' as const, activities: strings(r.activities), ...(typeof r.subsetOf === 'string' ? { subsetOf: r.subsetOf } : {}) }
      : r.kind === 'state' || r.kind === 'amount' ? { kind: r.kind, state: String(r.state ?? '') }
      : r.kind === 'sum' ? { kind: 'sum' as const, of: strings(r.of) }
      : r.kind === 'derived' ? { kind: 'derived' as const, from: String(r.from ?? ''), dkkPer: 0 }
      : { kind: 'ratio' as const, numerator: String(r.numerator ?? ''), denominator: String(r.denominator ?? '') };
    const label = { da: typeof x.label?.da === 'string' ? x.label.da : x.id, en: typeof x.label?.en === 'string' ? x.label.en : x.id };
    return [{ id: x.id, label, ...(typeof x.code === 'string' ? { code: x.code } : {}), rule }];
  });
  const states = (Array.isArray(d.outcomes?.states) ? d.outcomes.states : []).flatMap((st) => {
    const id = (st as { id?: unknown } | null)?.id;
    const x = st as { activities?: unknown; amountFte?: unknown; amountDkk?: unknown };
    const some = { mean: 0, minimum: 0, cv: 0 };
    return typeof id === 'string' ? [{ id, name: { da: id, en: id }, activities: strings(x.activities), probability: 0, lagYears: 0, ...(x.amountFte ? { amountFte: some } : x.amountDkk ? { amountDkk: some } : {}) }] : [];
  });
  const specs = Array.isArray(d.activities) ? d.activities : [];
  const doc = {
    periods: periods.map((id) => ({ id, years: 1 })),
    activities: activities.map((a) => ({ ...a, aim: a.group, countsAsSupport: (specs.find((x) => (x as { id?: unknown })?.id === a.id) as { countsAsSupport?: unknown } | undefined)?.countsAsSupport === true })),
    outcomes: { states },
    indicators: own,
    ...(costed ? { budget: { fixedCostsDkk: {} } } : {}),
  } as unknown as Scenario;
  const { indicators = [] } = compileOwn(doc, activities.map((a) => a.id), { input: () => -1, lag: () => ({ type: 'fixed', value: 0 }), amount: () => ({ minimum: 0, meanInput: -1, cv: 0 }) }, []);
  // A draft may name one id twice while it is typed: the layout keeps the first.
  const defs = indicators.filter((def, i) => indicators.findIndex((x) => x.id === def.id) === i);
  return { defs, words: own };
}
