import { z } from 'zod';
import { cellOf, indicatorIndex } from '../engine/layout';
import type { Observation } from '../engine/conditioning/condition';
import type { RateActual } from '../engine/conditioning/conjugate';
import type { ValidScenario } from './parse';
import { maximumPossible } from './capacity';
import { pathError, problem, type PathError } from './errors';
import { issueErrors } from './zod-issues';

const num = z.number().refine(Number.isFinite, 'finite');
const note = z.string().max(4000).optional();

/**
 * What has happened so far, reported every six months: observed indicator values in passed
 * horizons, and observed counts for rates ("22 of 48 A1 companies mobilised").
 */
const actualsBody = {
  /** The date the actuals report on (the reporting cut-off), as YYYY-MM-DD; shown with every forecast that uses them. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateFormat').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'dateFormat').optional(),
  observations: z
    .array(z.strictObject({
      /** An indicator id and an event horizon (a period or a window after) of the scenario's programme, checked in parseActuals. */
      indicator: z.string(),
      horizon: z.string(),
      value: num.min(0),
      tolerance: num.gt(0).optional(),
      /** The share of the horizon that has passed when it was observed; 1 (all of it) unless given. */
      share: num.gt(0).max(1).optional(),
      note,
    }))
    .default([]),
  rates: z
    .array(z.strictObject({
      input: z.string(),
      successes: z.number().int().min(0),
      trials: z.number().int().min(1),
      note,
    }))
    .default([]),
};

/** Actuals kept inside a scenario document (its `actuals` field). */
export const scenarioActualsSchema = z.strictObject(actualsBody);

/** An actuals file for the command line: the same, with a version and the scenario it reports on. */
const actualsSchema = z.strictObject({
  schemaVersion: z.literal(1, { message: 'schemaVersion' }),
  scenario: z.string().optional(),
  ...actualsBody,
});
export type ActualsDoc = z.infer<typeof actualsSchema>;

export type ParsedActuals = { ok: true; observations: Observation[]; rates: RateActual[] } | { ok: false; errors: PathError[] };

/**
 * Checks actuals against the scenario they report on: known indicators and inputs, counts
 * out of counts, and no actual above what could have flowed there (the seats). The ABC
 * tolerance defaults to 2 % of the value (at least 0.5) for counts and 5 % for amounts.
 */
export function parseActuals(json: unknown, v: ValidScenario, within = false): ParsedActuals {
  const r = (within ? scenarioActualsSchema : actualsSchema).safeParse(json, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.flatMap((i) => issueErrors(i, json, '(actuals)')) };
  const errors: PathError[] = [];
  const l = v.layout;
  const events = l.horizons.slice(0, l.eventHorizons);
  const observations = r.data.observations.flatMap((o, i) => {
    if (!l.indicators.some((d) => d.id === o.indicator)) {
      errors.push(pathError(`observations.${i}.indicator`, problem('unknownIndicator', { indicator: o.indicator })));
      return [];
    }
    if (l.indicators[indicatorIndex(l, o.indicator)].per !== undefined) {
      errors.push(pathError(`observations.${i}.indicator`, problem('perObservation', { indicator: o.indicator })));
      return [];
    }
    if (!events.includes(o.horizon)) {
      errors.push(pathError(`observations.${i}.horizon`, problem('unknownHorizon', { horizon: o.horizon, horizons: events })));
      return [];
    }
    const max = maximumPossible(v, o.indicator, o.horizon);
    if (max !== null && o.value > max) errors.push(pathError(`observations.${i}.value`, problem('aboveSeats', { value: o.value, max, indicator: o.indicator, horizon: o.horizon })));
    const count = l.indicators[indicatorIndex(l, o.indicator)].kind === 'count';
    const tolerance = o.tolerance ?? (count ? Math.max(0.5, 0.02 * o.value) : Math.max(1, 0.05 * o.value));
    return [{ cell: cellOf(l, o.indicator, o.horizon), value: o.value, tolerance, share: o.share ?? 1 }];
  });
  const rates = r.data.rates.map((rate, i) => {
    const input = v.model.inputs.findIndex((x) => x.path === rate.input);
    if (input < 0) errors.push(pathError(`rates.${i}.input`, problem('notAnInput', { input: rate.input })));
    else if (v.model.inputs[input].dist.type === 'fixed') errors.push(pathError(`rates.${i}.input`, problem('fixedInput', { input: rate.input, use: 'actuals' })));
    else if (!isRate(rate.input)) errors.push(pathError(`rates.${i}.input`, problem('notRate', { input: rate.input })));
    if (rate.successes > rate.trials) {
      errors.push(pathError(`rates.${i}.successes`, problem('order', { first: 'successes', second: 'trials', firstValue: rate.successes, secondValue: rate.trials, strict: false })));
    }
    return { input, successes: rate.successes, trials: rate.trials };
  });
  const scenarioId = 'scenario' in r.data ? r.data.scenario : undefined;
  if (scenarioId !== undefined && scenarioId !== v.scenario.id) {
    errors.push(pathError('scenario', problem('wrongScenario', { got: String(scenarioId), expected: v.scenario.id })));
  }
  return errors.length ? { ok: false, errors } : { ok: true, observations, rates };
}

function isRate(path: string): boolean {
  return /^activities\.[\w-]+\.(routing\.proceed|routing\.to\.[\w-]+|recruitment\.fillRate|growthProbability)$|^outcomes\.innovation\.\w+\.probability$|^outcomes\.states\.[\w-]+\.probability$/.test(path);
}
