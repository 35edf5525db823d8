import { z } from 'zod';
import { scenarioActualsSchema } from './actuals';
import { noteSchema } from './note';

/** The scenario format's version; version 1 is migrated on read (migrate.ts), others are refused with a message. */
export const SCHEMA_VERSION = 2;

const note = noteSchema.optional();
// Checks zod has no issue code for carry the code of their rule as their message (zod-issues.ts).
const num = z.number().refine(Number.isFinite, 'finite');

/**
 * An uncertain input as a planner writes it: a plain number (fixed), or a distribution by
 * its native parameters or by a 90 % interval (p5, p95). Which fields each type takes is
 * checked in `resolve.ts`, where the message can name the missing or extra ones.
 */
const inputSchema = z.union([
  num,
  z.strictObject({
    type: z.enum(['fixed', 'uniform', 'triangular', 'pert', 'beta', 'normal', 'lognormal']),
    value: num.optional(),
    min: num.optional(),
    mode: num.optional(),
    max: num.optional(),
    alpha: num.optional(),
    beta: num.optional(),
    mean: num.optional(),
    sd: num.optional(),
    mu: num.optional(),
    sigma: num.optional(),
    p5: num.optional(),
    p95: num.optional(),
    /** Observed counts from an earlier programme (beta only). */
    successes: num.optional(),
    trials: num.optional(),
    note,
  }),
]);
export type InputSpec = z.infer<typeof inputSchema>;

const count = z.number().int().min(0).max(100_000);
const amountSchema = z.strictObject({
  minimum: num.min(0).default(0),
  mean: inputSchema,
  cv: num.min(0).max(10),
  note,
});

/**
 * An id the planner chooses for a period or an activity: a letter, then letters, digits, _
 * or - (at most 32). It names the entry in paths (`activities.B.units.period1`), in draw sites
 * and in indicator ids, so it must be unique in its list (checked in to-model.ts).
 */
export const entryId = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, 'entryId');
const words = z.string().trim().min(1).max(80);
/** A unit's word in each language, singular and plural: "module" / "modules". */
const unitWords = z.strictObject({
  da: z.strictObject({ one: words, other: words }),
  en: z.strictObject({ one: words, other: words }),
});
const text = z.strictObject({ da: words, en: words });
const nameText = z.string().trim().min(1).max(200);

const periodSchema = z.strictObject({
  id: entryId,
  label: text.optional(),
  years: num.gt(0).max(20),
  note,
});

const activitySchema = z.strictObject({
  id: entryId,
  /** One name for both languages (the seed's are Danish), or one in each: `{ "da": …, "en": … }`. */
  name: z.union([nameText, z.strictObject({ da: nameText, en: nameText })]),
  unit: unitWords,
  /** What its companies aim at: growth (growth companies, jobs, revenue; counted as supported) or innovation (the innovation outcomes). */
  aim: z.enum(['growth', 'innovation']),
  /** Units run in each period, by period id (every period of the programme, checked in to-model.ts). */
  units: z.record(z.string(), count),
  companiesPerUnit: num.gt(0).max(1000),
  plannedParticipants: count.optional(),
  countsAsSupport: z.boolean(),
  recruitment: z.strictObject({ fillRate: inputSchema }).optional(),
  routing: z
    .strictObject({
      proceed: inputSchema,
      /** Destination activity id → share of those who go on. */
      to: z.record(z.string(), inputSchema),
    })
    .optional(),
  growthProbability: inputSchema.optional(),
  /** Public cost of one unit (DKK), fixed or uncertain; with it the forecast gives the programme's cost and cost per result. */
  costPerUnitDkk: inputSchema.optional(),
  note,
});

const binaryOutcome = z.strictObject({ probability: inputSchema, lagYears: inputSchema, note });

/**
 * A binary outcome of the planner's own: each company the first time it takes part in one of
 * `activities` reaches it with `probability`, `lagYears` later (own-indicators.ts).
 */
const stateSchema = z.strictObject({
  id: entryId,
  name: text,
  activities: z.array(z.string()).min(1).max(50),
  probability: inputSchema,
  lagYears: inputSchema,
  /**
   * What each company reaching it brings, in new full-time jobs or in DKK (investment,
   * co-financing; one of the two), summed exactly as the built-in amounts are (rule `amount`).
   */
  amountFte: amountSchema.optional(),
  amountDkk: amountSchema.optional(),
  note,
});

/**
 * How one of the scenario's own indicators is computed from the simulated companies
 * (docs/scenario-format.md, "Indicators"): the companies of a set of activities, each counted
 * once (optionally a subset of another such indicator); the companies reaching a state; the
 * sum of other indicators; an amount in DKK derived from another indicator (its value × an
 * uncertain DKK per unit, drawn once per iteration as the built-in revenue per FTE is: revenue
 * = new FTE × DKK per FTE); or the ratio of two.
 */
const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('companies'), activities: z.array(z.string()).min(1).max(50), subsetOf: z.string().optional() }),
  z.strictObject({ kind: z.literal('state'), state: z.string() }),
  z.strictObject({ kind: z.literal('amount'), state: z.string() }),
  z.strictObject({ kind: z.literal('sum'), of: z.array(z.string()).min(1).max(20) }),
  z.strictObject({ kind: z.literal('derived'), from: z.string(), dkkPer: inputSchema }),
  z.strictObject({ kind: z.literal('ratio'), numerator: z.string(), denominator: z.string() }),
]);

const indicatorSchema = z.strictObject({
  id: entryId,
  label: text,
  /** An EU common indicator code (RCO04, CO02) or the programme's own; shown in the application's Code column. */
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{0,15}$/, 'indicatorCode').optional(),
  rule: ruleSchema,
  note,
});

/** Horizon id → target; which horizons and indicators there are is the programme's (checked in parse.ts). */
const targetRow = z.record(z.string(), num.min(0).nullable());

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { message: 'schemaVersion' }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'idFormat'),
  name: z.string().min(1).max(200),
  description: z.string().max(10_000).optional(),
  periods: z.array(periodSchema).min(1).max(10),
  activities: z.array(activitySchema).min(1).max(50),
  outcomes: z.strictObject({
    growth: z.strictObject({
      lagYears: inputSchema,
      ftePerGrowthCompany: amountSchema,
      /** What a growth company is (growth-definition.ts); absent, the Danish definition (≥ 5 employees, 20 % a year, 3 years). */
      definition: z
        .strictObject({
          growthPercentPerYear: num.gt(0).max(1000),
          years: z.number().int().min(1).max(20),
          minEmployees: z.number().int().min(1).max(100_000),
        })
        .optional(),
      note,
    }),
    otherSupportedFte: amountSchema.extend({ lagYears: inputSchema }),
    revenuePerFteDkk: inputSchema,
    cofinancingPerSupportedCompanyDkk: amountSchema,
    innovation: z.strictObject({
      cofinancingPerCompanyDkk: amountSchema,
      researchCooperation: binaryOutcome,
      newToMarket: binaryOutcome,
      newToFirm: binaryOutcome,
      productConcepts: binaryOutcome,
      innovativeCompanies: binaryOutcome,
    }),
    /** The planner's own binary outcomes, which the scenario's indicators can count (rule `state`). */
    states: z.array(stateSchema).max(20).optional(),
  }),
  /** The scenario's own indicators, after the built-in ones; ids must differ from theirs. */
  indicators: z.array(indicatorSchema).max(30).optional(),
  targets: z.record(z.string(), targetRow),
  /** The EU programming period whose common indicator codes the application reports in (src/text/indicator-codes.ts); absent, 2014–20. */
  indicatorCodes: z.enum(['2014-2020', '2021-2027']).optional(),
  /** The programme's costs besides its activities' units (management, administration), per period id (checked in to-model.ts). */
  budget: z.strictObject({ fixedCostsDkk: z.record(z.string(), num.min(0).max(1e12)), note }).optional(),
  /** What has happened so far; the forecast can be conditioned on it (docs/actuals-format.md). */
  actuals: scenarioActualsSchema.optional(),
  sampling: z
    .strictObject({
      method: z.enum(['monte-carlo', 'latin-hypercube']).default('monte-carlo'),
      correlations: z
        .strictObject({
          inputs: z.array(z.string()).min(2).max(50),
          matrix: z.array(z.array(num)),
        })
        .optional(),
    })
    .optional(),
});

/** A scenario document as written (inputs still in the planner's forms). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type ActivitySpec = z.infer<typeof activitySchema>;
export type PeriodSpec = z.infer<typeof periodSchema>;
export type AmountSpec = z.infer<typeof amountSchema>;
export type IndicatorSpec = z.infer<typeof indicatorSchema>;
export type StateSpec = z.infer<typeof stateSchema>;

/**
 * Whether a scenario document, valid or still being typed, has costs (a budget, or an activity
 * with a cost per unit): its forecast then has the cost indicators (to-model.ts, and the
 * editor's layout of a draft).
 */
export function hasCosts(doc: unknown): boolean {
  const d = doc as { budget?: unknown; activities?: unknown } | null;
  if (d === null || typeof d !== 'object') return false;
  return d.budget !== undefined || (Array.isArray(d.activities) && d.activities.some((a) => (a as { costPerUnitDkk?: unknown } | null)?.costPerUnitDkk !== undefined));
}
