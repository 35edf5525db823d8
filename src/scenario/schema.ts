import { z } from 'zod';
import { ACTIVITIES, HORIZONS, INDICATOR_IDS } from '../engine/indicators';
import { scenarioActualsSchema } from './actuals';
import { noteSchema } from './note';

/** The scenario format's version; documents of another version are refused with a message. */
export const SCHEMA_VERSION = 1;

const note = noteSchema.optional();
// Checks zod has no issue code for carry the code of their rule as their message (zod-issues.ts).
const num = z.number().refine(Number.isFinite, 'finite');

/**
 * An uncertain input as a planner writes it: a plain number (fixed), or a distribution by
 * its native parameters or by a 90 % interval (p5, p95). Which fields each type takes is
 * checked in `resolve.ts`, where the message can name the missing or extra ones.
 */
export const inputSchema = z.union([
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

const activitySchema = z.strictObject({
  name: z.string().min(1).max(200),
  unit: z.enum(['module', 'camp', 'course', 'group', 'network']),
  units: z.strictObject({ period1: count, period2: count }),
  companiesPerUnit: num.gt(0).max(1000),
  plannedParticipants: count.optional(),
  countsAsSupport: z.boolean(),
  recruitment: z.strictObject({ fillRate: inputSchema }).optional(),
  routing: z
    .strictObject({
      proceed: inputSchema,
      to: z.partialRecord(z.enum(ACTIVITIES), inputSchema),
    })
    .optional(),
  growthProbability: inputSchema.optional(),
  note,
});

const binaryOutcome = z.strictObject({ probability: inputSchema, lagYears: inputSchema, note });

const targetRow = z.partialRecord(z.enum(HORIZONS), num.min(0).nullable());

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { message: 'schemaVersion' }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'idFormat'),
  name: z.string().min(1).max(200),
  description: z.string().max(10_000).optional(),
  periods: z.strictObject({
    period1: z.strictObject({ years: num.gt(0).max(20), note }),
    period2: z.strictObject({ years: num.gt(0).max(20), note }),
  }),
  activities: z.strictObject(Object.fromEntries(ACTIVITIES.map((a) => [a, activitySchema])) as Record<(typeof ACTIVITIES)[number], typeof activitySchema>),
  outcomes: z.strictObject({
    growth: z.strictObject({ lagYears: inputSchema, ftePerGrowthCompany: amountSchema, note }),
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
  }),
  targets: z.partialRecord(z.enum(INDICATOR_IDS as [string, ...string[]]), targetRow),
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
export type AmountSpec = z.infer<typeof amountSchema>;
