import type { Dist } from '../engine/dist';
import type { Amount, Model, ModelActivity } from '../engine/model';
import { RESERVED_HORIZONS } from '../engine/layout';
import { resolveSpec, type InputKind } from './resolve';
import { pathError, problem, type PathError } from './errors';
import { hasCosts, type AmountSpec, type InputSpec, type Scenario } from './schema';
import { supportRange } from './support';
import { compileOwn } from './own-indicators';
import type { SamplingDesign } from '../engine/design/input-uniforms';
import { correlationMatrixProblem } from '../engine/design/gaussian-copula';

/**
 * Builds the engine's model from a structurally valid scenario: resolves every input to a
 * native distribution, orders the activities so that routes point forward, and checks what
 * the schema cannot (routes to unknown or looping activities, shares above 100 %).
 */
export function toModel(s: Scenario): { model?: Model; errors: PathError[] } {
  const errors: PathError[] = [];
  const inputs: Model['inputs'] = [];
  const resolve = (spec: InputSpec, path: string, kind: InputKind): Dist | undefined => {
    const d = resolveSpec(spec, kind);
    if (!Array.isArray(d)) return d;
    // A plain number has no fields of its own: its problems are the input's.
    const at = (key?: string) => (key === undefined || typeof spec === 'number' ? path : `${path}.${key}`);
    for (const p of d) errors.push(pathError(p.fields ? path : at(p.at), p, p.fields?.map(at)));
    return undefined;
  };
  const input = (spec: InputSpec, path: string, kind: InputKind): number => {
    const dist = resolve(spec, path, kind);
    if (!dist) return -1;
    inputs.push({ path, dist, kind });
    return inputs.length - 1;
  };
  const amount = (a: AmountSpec, path: string, kind: InputKind): Amount => {
    const meanInput = input(a.mean, `${path}.mean`, kind);
    const dist = meanInput >= 0 ? inputs[meanInput].dist : undefined;
    if (dist && supportRange(dist)[0] < a.minimum) {
      errors.push(pathError(`${path}.mean`, problem('belowMinimum', { lowest: supportRange(dist)[0], minimum: a.minimum, kind })));
    }
    return { minimum: a.minimum, meanInput, cv: a.cv };
  };

  checkStructure(s, errors);
  const byId = new Map(s.activities.map((a) => [a.id, a]));
  for (const a of s.activities) {
    if (a.aim !== 'innovation') continue;
    if (a.growthProbability !== undefined) errors.push(pathError(`activities.${a.id}.growthProbability`, problem('notUsedInnovation', { field: 'growthProbability', activity: a.id })));
    if (a.countsAsSupport) errors.push(pathError(`activities.${a.id}.countsAsSupport`, problem('notUsedInnovation', { field: 'countsAsSupport', activity: a.id })));
  }
  const order = topologicalOrder(s, errors);
  const periodIds = s.periods.map((p) => p.id);
  const activities: ModelActivity[] = order.map((id) => {
    const a = byId.get(id)!;
    const path = `activities.${id}`;
    const routes = Object.entries(a.routing?.to ?? {}).filter(([to]) => byId.has(to)).map(([to, share]) => ({
      to: order.indexOf(to),
      shareInput: input(share, `${path}.routing.to.${to}`, 'probability'),
    }));
    checkShares(id, errors, inputs, routes.map((r) => r.shareInput));
    const seat = (units: number) => Math.round(units * a.companiesPerUnit);
    return {
      id,
      group: a.aim,
      seats: periodIds.map((p) => seat(a.units[p] ?? 0)),
      countsAsSupport: a.countsAsSupport,
      recruitmentInput: a.recruitment ? input(a.recruitment.fillRate, `${path}.recruitment.fillRate`, 'probability') : -1,
      proceedInput: a.routing ? input(a.routing.proceed, `${path}.routing.proceed`, 'probability') : -1,
      routes,
      growthInput: a.growthProbability ? input(a.growthProbability, `${path}.growthProbability`, 'probability') : -1,
    };
  });

  const o = s.outcomes;
  const lag = (spec: InputSpec, path: string) => resolve(spec, path, 'years') ?? { type: 'fixed' as const, value: 0 };
  const model: Model = {
    periods: s.periods.map((p) => ({ id: p.id, years: p.years })),
    listed: s.activities.map((a) => a.id),
    inputs,
    activities,
    growth: { lag: lag(o.growth.lagYears, 'outcomes.growth.lagYears'), fte: amount(o.growth.ftePerGrowthCompany, 'outcomes.growth.ftePerGrowthCompany', 'fte') },
    otherFte: { ...amount(o.otherSupportedFte, 'outcomes.otherSupportedFte', 'fte'), lag: lag(o.otherSupportedFte.lagYears, 'outcomes.otherSupportedFte.lagYears') },
    revenuePerFteInput: input(o.revenuePerFteDkk, 'outcomes.revenuePerFteDkk', 'money'),
    cofinancing: amount(o.cofinancingPerSupportedCompanyDkk, 'outcomes.cofinancingPerSupportedCompanyDkk', 'money'),
    innovation: {
      cofinancing: amount(o.innovation.cofinancingPerCompanyDkk, 'outcomes.innovation.cofinancingPerCompanyDkk', 'money'),
      outcomes: (['researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'] as const).map((k) => ({
        indicator: k,
        probabilityInput: input(o.innovation[k].probability, `outcomes.innovation.${k}.probability`, 'probability'),
        lag: lag(o.innovation[k].lagYears, `outcomes.innovation.${k}.lagYears`),
      })),
    },
  };
  // Cost inputs come last, so a costed scenario's other inputs keep their places (their draws are by path either way).
  if (hasCosts(s)) {
    const costed = s.activities.filter((a) => a.costPerUnitDkk !== undefined);
    model.costs = {
      fixed: periodIds.map((p) => s.budget?.fixedCostsDkk[p] ?? 0),
      activities: costed.map((a) => ({
        units: periodIds.map((p) => a.units[p] ?? 0),
        perUnitInput: input(a.costPerUnitDkk!, `activities.${a.id}.costPerUnitDkk`, 'money'),
      })),
    };
    for (const p of Object.keys(s.budget?.fixedCostsDkk ?? {})) {
      if (!periodIds.includes(p)) errors.push(pathError(`budget.fixedCostsDkk.${p}`, problem('unknownPeriod', { period: p, periods: periodIds })));
    }
  }
  // The planner's own states and indicators; their inputs come after the costs', for the same reason.
  Object.assign(model, compileOwn(s, order, { input, lag, amount }, errors));
  if (s.sampling) model.sampling = samplingDesign(s.sampling, inputs, errors);
  return errors.length ? { errors } : { model, errors };
}

/** The sampling design, with correlated inputs resolved to their columns and the matrix checked. */
function samplingDesign(sampling: NonNullable<Scenario['sampling']>, inputs: Model['inputs'], errors: PathError[]): SamplingDesign {
  const design: SamplingDesign = { method: sampling.method };
  const c = sampling.correlations;
  if (!c) return design;
  const columns = c.inputs.map((path, i) => {
    const j = inputs.findIndex((x) => x.path === path);
    if (j < 0) errors.push(pathError(`sampling.correlations.inputs.${i}`, problem('notAnInput', { input: path })));
    else if (inputs[j].dist.type === 'fixed') errors.push(pathError(`sampling.correlations.inputs.${i}`, problem('fixedInput', { input: path, use: 'correlate' })));
    return j;
  });
  if (new Set(c.inputs).size !== c.inputs.length) errors.push(pathError('sampling.correlations.inputs', problem('duplicateInput', {})));
  if (c.matrix.length !== c.inputs.length) {
    errors.push(pathError('sampling.correlations.matrix', problem('matrixRows', { expected: c.inputs.length, got: c.matrix.length })));
    return design;
  }
  const matrixProblem = correlationMatrixProblem(c.matrix);
  if (matrixProblem) errors.push(pathError('sampling.correlations.matrix', problem('matrix', { detail: matrixProblem })));
  design.correlation = { columns, matrix: c.matrix };
  return design;
}

/**
 * What the schema cannot check of a programme's structure: unique period and activity ids, no
 * period named as a horizon after the project, units for exactly the programme's periods, and
 * routes only to activities it has.
 */
function checkStructure(s: Scenario, errors: PathError[]): void {
  const twice = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(twice(s.periods.map((p) => p.id)))) errors.push(pathError(`periods.${id}.id`, problem('duplicateId', { id, list: 'periods' })));
  for (const id of new Set(twice(s.activities.map((a) => a.id)))) errors.push(pathError(`activities.${id}.id`, problem('duplicateId', { id, list: 'activities' })));
  for (const p of s.periods) if (RESERVED_HORIZONS.includes(p.id)) errors.push(pathError(`periods.${p.id}.id`, problem('reservedId', { id: p.id, reserved: [...RESERVED_HORIZONS] })));
  const periodIds = s.periods.map((p) => p.id);
  const activityIds = new Set(s.activities.map((a) => a.id));
  for (const a of s.activities) {
    for (const p of periodIds) if (!(p in a.units)) errors.push(pathError(`activities.${a.id}.units.${p}`, problem('required', { expected: 'number' })));
    for (const p of Object.keys(a.units)) if (!periodIds.includes(p)) errors.push(pathError(`activities.${a.id}.units.${p}`, problem('unknownPeriod', { period: p, periods: periodIds })));
    for (const to of Object.keys(a.routing?.to ?? {})) {
      if (!activityIds.has(to)) errors.push(pathError(`activities.${a.id}.routing.to.${to}`, problem('unknownActivity', { activity: to, activities: [...activityIds] })));
    }
  }
}

/** Activities in programme order, each after every activity that routes to it (Kahn's algorithm, ties in list order). */
function topologicalOrder(s: Scenario, errors: PathError[]): string[] {
  const ids = [...new Set(s.activities.map((a) => a.id))];
  const routesOf = (id: string) => Object.keys(s.activities.find((a) => a.id === id)!.routing?.to ?? {}).filter((to) => ids.includes(to));
  const indegree = new Map<string, number>(ids.map((a) => [a, 0]));
  for (const a of ids) {
    for (const to of routesOf(a)) {
      if (to === a) errors.push(pathError(`activities.${a}.routing.to.${to}`, problem('selfRoute', {})));
      else indegree.set(to, indegree.get(to)! + 1);
    }
  }
  const order: string[] = [];
  const ready = ids.filter((a) => indegree.get(a) === 0);
  while (ready.length) {
    const a = ready.shift()!;
    order.push(a);
    for (const to of routesOf(a)) {
      if (to === a) continue;
      indegree.set(to, indegree.get(to)! - 1);
      if (indegree.get(to) === 0) ready.push(to);
    }
  }
  const looped = ids.filter((a) => !order.includes(a));
  if (looped.length) {
    const cycle = firstCycle(looped, routesOf);
    errors.push(pathError(`activities.${cycle[0]}.routing.to`, problem('cycle', { activities: cycle })));
    return [...order, ...looped];
  }
  return order;
}

/**
 * The activities of the first cycle among those Kahn's algorithm left over, in list order.
 * The leftovers also hold the activities that only follow a cycle, which are on none.
 * O(n · routes).
 */
function firstCycle(looped: string[], routesOf: (id: string) => string[]): string[] {
  const reach = (from: string) => {
    const seen = new Set<string>();
    const todo = [from];
    while (todo.length) {
      const a = todo.pop()!;
      for (const to of routesOf(a)) if (to !== a && !seen.has(to)) (seen.add(to), todo.push(to));
    }
    return seen;
  };
  const first = looped.find((a) => reach(a).has(a))!;
  const fromFirst = reach(first);
  return looped.filter((a) => a === first || (fromFirst.has(a) && reach(a).has(first)));
}

function checkShares(id: string, errors: PathError[], inputs: Model['inputs'], shareInputs: number[]): void {
  if (shareInputs.some((i) => i < 0)) return;
  const most = shareInputs.reduce((sum, i) => sum + supportRange(inputs[i].dist)[1], 0);
  if (most > 1 + 1e-9) {
    // Each share is marked: any of them may be the one to lower.
    errors.push(pathError(`activities.${id}.routing.to`, problem('sharesOver', { most }), shareInputs.map((i) => inputs[i].path)));
  }
}
