import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { movedInputs, runConditioned, type InputUpdate } from '../../../src/engine/conditioning/condition';
import { conjugateUpdate, relativeBinomialLogLikelihood } from '../../../src/engine/conditioning/conjugate';
import { distCdf, type Dist } from '../../../src/engine/dist';
import { binomial } from '../../../src/engine/sample/binomial';
import { parseActuals } from '../../../src/scenario/actuals';
import { conditionedResult } from '../../../src/engine/conditioning/conditioned-result';
import { runForecast } from '../../../src/engine/run';
import { cellQuantile, probabilityAtLeast } from '../../../src/engine/cell-stats';
import { applicationTable } from '../../../src/report/application-table';
import { cell } from '../scenario-fixture';
import { oneStep } from '../analysis/one-step-fixture';

const MOB = 'activities.A1.routing.proceed';

/** Posterior mean of a rate with prior `d` after k of n, by quadrature on the prior's CDF (independent of the engine's sampling). */
function posteriorMean(d: Dist, k: number, n: number): number {
  let num = 0;
  let den = 0;
  const steps = 20_000;
  for (let i = 0; i < steps; i++) {
    const a = i / steps;
    const b = (i + 1) / steps;
    const mass = distCdf(d, b) - distCdf(d, a);
    const p = (a + b) / 2;
    const like = Math.exp(relativeBinomialLogLikelihood(p, k, n));
    num += p * mass * like;
    den += mass * like;
  }
  return num / den;
}

describe('conditioning on actuals', () => {
  it('updates a beta rate exactly (beta–binomial conjugacy)', () => {
    const v = oneStep({ type: 'beta', alpha: 5, beta: 5 });
    const j = v.model.inputs.findIndex((i) => i.path === MOB);
    const { model, weighted } = conjugateUpdate(v.model, [{ input: j, successes: 22, trials: 48 }]);
    expect(model.inputs[j].dist).toEqual({ type: 'beta', alpha: 27, beta: 31 });
    expect(weighted).toEqual([]);
    const r = runConditioned(v.model, { seed: 1, iterations: 20_000, targets: v.targets }, [], [{ input: j, successes: 22, trials: 48 }]);
    const u = r.inputs[j];
    expect(u.how).toBe('conjugate');
    expect(u.priorMean).toBeCloseTo(0.5, 12);
    // Beta(27, 31): mean 27/58, sd √(27·31/(58²·59)).
    expect(Math.abs(u.updatedMean - 27 / 58)).toBeLessThan(5 * Math.sqrt((27 * 31) / (58 ** 2 * 59)) / Math.sqrt(20_000));
    expect(r.effectiveSampleSize).toBe(20_000);
  });

  it('weights a PERT rate to the posterior that quadrature gives', () => {
    const prior: Dist = { type: 'pert', min: 0.2, mode: 0.5, max: 0.8 };
    const v = oneStep(prior);
    const j = v.model.inputs.findIndex((i) => i.path === MOB);
    const r = runConditioned(v.model, { seed: 2, iterations: 40_000, targets: v.targets }, [], [{ input: j, successes: 30, trials: 48 }]);
    const exact = posteriorMean(prior, 30, 48);
    expect(r.inputs[j].how).toBe('weights');
    expect(Math.abs(r.inputs[j].updatedMean - exact)).toBeLessThan(5 * (r.inputs[j].updatedSd / Math.sqrt(r.effectiveSampleSize)));
    expect(r.effectiveSampleSize).toBeLessThan(40_000);
  });

  it('concentrates around the true rate when the actuals come from it', () => {
    const truth = 0.62;
    const k = binomial(400, truth, seedrandom.xor4096('truth'));
    const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
    const j = v.model.inputs.findIndex((i) => i.path === MOB);
    const r = runConditioned(v.model, { seed: 3, iterations: 20_000, targets: v.targets }, [], [{ input: j, successes: k, trials: 400 }]);
    expect(Math.abs(r.inputs[j].updatedMean - truth)).toBeLessThan(0.06);
    expect(r.inputs[j].updatedSd).toBeLessThan(r.inputs[j].priorSd / 4);
  });

  it('conditions on an observed indicator: its forecast sits at the observation, the rate behind it moves', () => {
    const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
    const c = cell('participants.A2', 'period1');
    const r = runConditioned(v.model, { seed: 4, iterations: 20_000, targets: v.targets }, [{ cell: c, value: 70, tolerance: 0.5, share: 1 }], []);
    expect(Math.abs(r.cells[c].p50 - 70)).toBeLessThanOrEqual(1);
    const j = v.model.inputs.findIndex((i) => i.path === MOB);
    expect(Math.abs(r.inputs[j].updatedMean - 0.7)).toBeLessThan(0.03);
    expect(r.effectiveSampleSize).toBeGreaterThan(200);
  });
});

describe('parseActuals', () => {
  const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
  it('accepts observations and rates, with default tolerances', () => {
    const r = parseActuals({ schemaVersion: 1, observations: [{ indicator: 'participants.A1', horizon: 'period1', value: 48 }], rates: [{ input: MOB, successes: 22, trials: 48 }] }, v);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.observations[0].tolerance).toBeCloseTo(0.96, 10);
  });
  it.each([
    [{ observations: [{ indicator: 'participants.A1', horizon: 'period1', value: 130 }] }, 'observations.0.value', /more than the 100 places/],
    [{ rates: [{ input: MOB, successes: 50, trials: 48 }] }, 'rates.0.successes', /successes \(50\) must not be above trials \(48\)/],
    [{ rates: [{ input: 'activities.Q.x', successes: 1, trials: 2 }] }, 'rates.0.input', /not an input/],
    [{ rates: [{ input: 'activities.A1.recruitment.fillRate', successes: 1, trials: 2 }] }, 'rates.0.input', /is fixed/],
    [{ observations: [{ indicator: 'jobs', horizon: 'period1', value: 1 }] }, 'observations.0.indicator', /./],
  ])('refuses %j naming the path', (doc, path, message) => {
    const r = parseActuals({ schemaVersion: 1, ...doc }, v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.find((e) => e.path === path)?.message).toMatch(message);
  });
});

describe('an observation part-way through a horizon', () => {
  it('is compared with that share of the simulated value: 35 halfway through matches about 70 in the whole period', () => {
    const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
    const c = cell('participants.A2', 'period1');
    const r = runConditioned(v.model, { seed: 4, iterations: 20_000, targets: v.targets }, [{ cell: c, value: 35, tolerance: 0.5, share: 0.5 }], []);
    expect(Math.abs(r.cells[c].p50 - 70)).toBeLessThanOrEqual(2);
  });

  it('takes its share from the actuals, 1 unless given, and refuses a share above 1', () => {
    const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
    const ok = parseActuals({ schemaVersion: 1, observations: [{ indicator: 'participants.A1', horizon: 'period1', value: 30, share: 0.5 }, { indicator: 'participants.A2', horizon: 'period1', value: 3 }] }, v);
    expect(ok.ok && ok.observations.map((o) => o.share)).toEqual([0.5, 1]);
    const bad = parseActuals({ schemaVersion: 1, observations: [{ indicator: 'participants.A1', horizon: 'period1', value: 30, share: 1.5 }] }, v);
    expect(!bad.ok && bad.errors[0].path).toBe('observations.0.share');
  });
});

const input = (over: Partial<InputUpdate>): InputUpdate => ({ path: 'x', kind: 'probability', priorMean: 0.5, priorSd: 0.1, updatedMean: 0.5, updatedSd: 0.1, how: 'weights', ...over });

describe('the assumptions the actuals moved', () => {
  it('lists exact updates always, weighted ones from a tenth of their prior spread, and never the unchanged', () => {
    const inputs = [
      input({ path: 'exact', how: 'conjugate', updatedMean: 0.5 }),
      input({ path: 'moved', updatedMean: 0.51 }),
      input({ path: 'noise', updatedMean: 0.509 }),
      input({ path: 'down', updatedMean: 0.48 }),
      input({ path: 'fixed', priorSd: 0, updatedMean: 0.7 }),
      input({ path: 'untouched', how: 'unchanged', updatedMean: 0.9 }),
    ];
    expect(movedInputs(inputs).map((x) => x.path)).toEqual(['exact', 'moved', 'down']);
  });
});

describe('the conditioned forecast as a plain one (shown and exported as the forecast with actuals)', () => {
  it('with a beta rate updated exactly (all weights 1), its histograms and application figures are a plain run of the updated model’s', () => {
    const v = oneStep({ type: 'beta', alpha: 5, beta: 5 });
    const j = v.model.inputs.findIndex((i) => i.path === MOB);
    const opts = { seed: 7, iterations: 10_000, targets: v.targets };
    const c = runConditioned(v.model, opts, [], [{ input: j, successes: 22, trials: 48 }]);
    const shown = conditionedResult(c, 7);
    const plain = runForecast(conjugateUpdate(v.model, [{ input: j, successes: 22, trials: 48 }]).model, opts);
    const k = cell('participants.A2', 'period1');
    expect(Array.from(shown.accumulator.bins[k])).toEqual(Array.from(plain.accumulator.bins[k]));
    for (const p of [0.1, 0.2, 0.5, 0.9]) expect(cellQuantile(shown, k, p)).toBe(cellQuantile(plain, k, p));
    expect(probabilityAtLeast(shown, k, 40)).toBeCloseTo(probabilityAtLeast(plain, k, 40), 12);
    expect(applicationTable(shown, 0.2, 'en')).toEqual(applicationTable(plain, 0.2, 'en'));
  });

  it('weighted, its histograms give the weighted quantiles and tail probabilities of its own cells', () => {
    const v = oneStep({ type: 'uniform', min: 0.2, max: 0.9 });
    const k = cell('participants.A2', 'period1');
    const c = runConditioned(v.model, { seed: 4, iterations: 20_000, targets: v.targets }, [{ cell: k, value: 70, tolerance: 3, share: 1 }], []);
    const shown = conditionedResult(c, 4);
    expect(shown.iterations).toBe(20_000);
    let total = 0;
    for (let b = 0; b < shown.accumulator.bins[k].length; b++) total += shown.accumulator.bins[k][b];
    expect(total).toBeCloseTo(20_000, 6);
    for (const [p, key] of [[0.1, 'p10'], [0.5, 'p50'], [0.9, 'p90']] as const) expect(Math.abs(cellQuantile(shown, k, p) - c.cells[k][key])).toBeLessThanOrEqual(1);
    // P(≥ 70) from the scaled histogram: the weighted share at or above 70, by the weights' own sum.
    expect(probabilityAtLeast(shown, k, 70)).toBeGreaterThan(0.3);
    expect(probabilityAtLeast(shown, k, 70)).toBeLessThan(0.7);
    expect(shown.blocks).toEqual([]);
  });
});
