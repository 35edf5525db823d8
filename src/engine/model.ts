import type { Dist } from './dist';
import type { SamplingDesign } from './design/input-uniforms';
import type { IndicatorDef } from './layout';

/**
 * The engine's view of a scenario: numbers and native distributions only, activities in
 * an order where every route points forward. Built by `src/scenario` from a validated
 * document; the engine does not re-check it.
 *
 * Programme-level inputs are drawn once per iteration (one uniform each, in list order)
 * and referred to by index; `-1` means "not used".
 */
export interface Model {
  /** The project's periods in order, each with its id (which names its horizon) and length. */
  periods: { id: string; years: number }[];
  /** The activities' ids as the scenario lists them: the order of their indicators (`activities` is in routing order). */
  listed: string[];
  /** How programme-level inputs are sampled; plain Monte Carlo when absent. */
  sampling?: SamplingDesign;
  inputs: ModelInput[];
  activities: ModelActivity[];
  growth: {
    /** Per company: years from the middle of its last growth activity's period to confirmed status. */
    lag: Dist;
    fte: Amount;
  };
  otherFte: Amount & { lag: Dist };
  revenuePerFteInput: number;
  cofinancing: Amount;
  innovation: {
    cofinancing: Amount;
    outcomes: { indicator: string; probabilityInput: number; lag: Dist }[];
  };
  /**
   * The public cost, where the scenario gives any: per period, the fixed costs plus each
   * costed activity's units × its cost per unit (an input, drawn once per iteration).
   * Absent, the forecast has no cost indicators.
   */
  costs?: {
    fixed: number[];
    activities: { units: number[]; perUnitInput: number }[];
  };
  /**
   * Sets of activities (indices into `activities`) whose companies are counted once each: a
   * company counts in the period it first takes part in any activity of the set. The flow
   * follows every company's membership of each set (flow.ts); at most MAX_MEMBER_SETS.
   */
  memberSets?: number[][];
  /**
   * The planner's own binary outcomes: each company counted in a member set in a period
   * reaches the state with a probability (an input) after a lag, independently.
   */
  states?: { id: string; set: number; probabilityInput: number; lag: Dist; amount?: Amount }[];
  /** The scenario's own indicators, after the built-in ones (layout.ts, IndicatorDef.rule). */
  indicators?: IndicatorDef[];
}

/** How many different member sets a model may have: the flow follows 2^sets kinds of company. */
export const MAX_MEMBER_SETS = 6;

/** Seats of all activities in all periods: no count indicator can exceed it. */
export function totalSeats(model: Model): number {
  return model.activities.reduce((k, a) => k + a.seats.reduce((s, x) => s + x, 0), 0);
}

/** The periods' lengths in years. */
export function periodYears(model: Model): number[] {
  return model.periods.map((p) => p.years);
}

/** What an input measures: its bounds (KIND_BOUNDS in scenario/resolve.ts) and how it is shown. */
export type InputKind = 'probability' | 'years' | 'fte' | 'money';

export interface ModelInput {
  /** Where it sits in the scenario document, e.g. `activities.A1.routing.proceed`. */
  path: string;
  dist: Dist;
  /** What it measures, as the scenario's field says (never guessed from its path). */
  kind: InputKind;
}

/** The kind of the model's input at `path`; a lag (not an input drawn once per iteration, but a distribution of years) is 'years'; undefined for any other path. */
export function inputKindOf(model: Pick<Model, 'inputs'>, path: string): InputKind | undefined {
  return model.inputs.find((i) => i.path === path)?.kind ?? (path.endsWith('.lagYears') ? 'years' : undefined);
}

/** The kind of an input chosen from the model's inputs (the solver's, the sweep's); none chosen yet reads as a probability. */
export function chosenInputKind(model: Pick<Model, 'inputs'>, path: string): InputKind {
  return inputKindOf(model, path) ?? 'probability';
}

/**
 * A per-company amount: each company contributes minimum + Gamma(1/cv², (mean − minimum)·cv²),
 * so the sum over n companies is n·minimum + Gamma(n/cv², …) exactly.
 */
export interface Amount {
  minimum: number;
  meanInput: number;
  cv: number;
}

export interface ModelActivity {
  /** The planner's id for it; its draw sites are named by it, so scenarios that share an activity share its draws. */
  id: string;
  /** What its companies aim at: growth companies (and jobs), or innovation (the F outcomes). */
  group: 'growth' | 'innovation';
  /** Seats in each period. */
  seats: number[];
  countsAsSupport: boolean;
  /** Share of free seats filled by companies from outside the programme. */
  recruitmentInput: number;
  /** Probability that a participant goes on at all (mobilisation after A1). */
  proceedInput: number;
  /** Exclusive destinations of those who go on; shares sum to at most 1, the rest stop. */
  routes: { to: number; shareInput: number }[];
  growthInput: number;
}

/** The length of `Flow.flowTotals`: one count per route, then one per activity (its direct recruits). */
export function flowCountsLength(model: Model): number {
  return model.activities.reduce((k, a) => k + a.routes.length, 0) + model.activities.length;
}
