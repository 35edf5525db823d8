import type { Model } from './model';

/**
 * The cells a model's forecast has: its indicators × its horizons, indicator-major. Every
 * programme has its own: the horizons are its periods, then the three windows after the
 * project, then the project total (the periods' sum) and the total (the sum of every event
 * horizon); the indicators are the outcome indicators and one participant count per activity.
 * Ids and numbers only: the words are the text layer's (src/text).
 */
export interface Layout {
  /** Horizon ids: the periods' own ids, then AFTER_HORIZONS, then 'projectTotal' and 'total'. */
  horizons: readonly string[];
  /** How many periods the project has (the first horizons). */
  periods: number;
  /** Horizons a company-level event can fall in: the periods and the windows after. */
  eventHorizons: number;
  projectTotal: number;
  total: number;
  indicators: readonly IndicatorDef[];
  /** indicators × horizons. */
  cells: number;
  /** Cells that can be non-zero; the others are 0 in every iteration and are not accumulated. */
  live: Int32Array;
  liveCount: Int32Array;
  liveAmount: Int32Array;
  /**
   * The live amount cells whose mean and spread are kept (moments.ts): all but the costs per
   * result, which are infinite in an iteration with no result and have no finite mean then.
   */
  liveMoments: Int32Array;
  /** Per cell: 1 where it holds whole counts (exact histogram), 0 for amounts (binned). */
  isCount: Uint8Array;
}

export type IndicatorUnit = 'companies' | 'dkk' | 'fte';

export interface IndicatorDef {
  id: string;
  unit: IndicatorUnit;
  /** Whole numbers (exact histograms) or amounts (relative-precision histograms). */
  kind: 'count' | 'amount';
  /** Counted in the period a company takes part in, so always 0 in the horizons after. */
  periodOnly?: boolean;
  /**
   * A cost per result: the project's whole cost over the indicator `per` (companies, FTE) up
   * to the end of the project ('projectTotal') or in all ('total'), its only cells; +∞ in an
   * iteration with none of that result.
   */
  per?: string;
  /** One of the scenario's own indicators (its `indicators` list), not a built-in one. */
  own?: true;
  /** The numerator of a ratio (`per` its denominator); absent, the cost per result's `costDkk`. */
  of?: string;
  /** A cost: lower is better, so it takes no target (a target's probability is of reaching at least it). */
  cost?: boolean;
  /**
   * How a scenario's own indicator is computed (the built-in ones are the engine's): the
   * companies first counted in a member set (Model.memberSets), the companies reaching one
   * of the planner's states (Model.states), the amount those companies bring (the state's
   * `amount`), the sum of other indicators' cells, or another indicator's cells × an input
   * drawn once per iteration (`derived`: revenue = new FTE × DKK per FTE). A ratio has `per`
   * (and `of`) instead.
   */
  rule?:
    | { kind: 'companies'; set: number }
    | { kind: 'state'; state: number }
    | { kind: 'amount'; state: number }
    | { kind: 'sum'; of: string[] }
    | { kind: 'derived'; of: string; factorInput: number };
}

/** The windows after the project, in years after its end: 0–2, 2–5 and 5+. */
export const AFTER_HORIZONS = ['after0to2', 'after2to5', 'after5plus'] as const;
/** Horizon ids a period may not take. */
export const RESERVED_HORIZONS: readonly string[] = [...AFTER_HORIZONS, 'projectTotal', 'total'];

/** The outcome indicators, in the order of the application's table; then come the participants of each activity. */
const OUTCOME_INDICATORS: readonly IndicatorDef[] = [
  { id: 'supportedCompanies', periodOnly: true, unit: 'companies', kind: 'count' },
  { id: 'privateCofinancingDkk', periodOnly: true, unit: 'dkk', kind: 'amount' },
  { id: 'growthCompanies', unit: 'companies', kind: 'count' },
  { id: 'newJobsFte', unit: 'fte', kind: 'amount' },
  { id: 'revenueDkk', unit: 'dkk', kind: 'amount' },
  { id: 'supportedCompaniesF', periodOnly: true, unit: 'companies', kind: 'count' },
  { id: 'researchCooperation', unit: 'companies', kind: 'count' },
  { id: 'privateCofinancingDkkF', periodOnly: true, unit: 'dkk', kind: 'amount' },
  { id: 'newToMarket', unit: 'companies', kind: 'count' },
  { id: 'newToFirm', unit: 'companies', kind: 'count' },
  { id: 'productConcepts', unit: 'companies', kind: 'count' },
  { id: 'innovativeCompanies', unit: 'companies', kind: 'count' },
];

export const PARTICIPANTS_PREFIX = 'participants.';

/** A costed programme's cost indicators, after its participants: the public cost per period, and the cost per result. */
export const COST_INDICATORS: readonly IndicatorDef[] = [
  { id: 'costDkk', periodOnly: true, unit: 'dkk', kind: 'amount', cost: true },
  { id: 'costPerSupportedCompanyDkk', per: 'supportedCompanies', unit: 'dkk', kind: 'amount', cost: true },
  { id: 'costPerGrowthCompanyDkk', per: 'growthCompanies', unit: 'dkk', kind: 'amount', cost: true },
  { id: 'costPerNewFteDkk', per: 'newJobsFte', unit: 'dkk', kind: 'amount', cost: true },
];

/**
 * The layout of a programme with these period and activity ids, with the cost indicators where
 * it is `costed`, and then its own indicators. O(cells).
 */
export function createLayout(periodIds: readonly string[], activityIds: readonly string[], costed = false, own: readonly IndicatorDef[] = []): Layout {
  const horizons = [...periodIds, ...AFTER_HORIZONS, 'projectTotal', 'total'];
  const indicators: IndicatorDef[] = [
    ...OUTCOME_INDICATORS,
    ...activityIds.map((a) => ({ id: `${PARTICIPANTS_PREFIX}${a}`, unit: 'companies' as const, kind: 'count' as const, periodOnly: true })),
    ...(costed ? COST_INDICATORS : []),
    ...own,
  ];
  const H = horizons.length;
  const periods = periodIds.length;
  const eventHorizons = periods + AFTER_HORIZONS.length;
  const after = (h: number) => h >= periods && h < eventHorizons;
  const dead = (ind: IndicatorDef, h: number) => (ind.per !== undefined ? h < eventHorizons : ind.periodOnly === true && after(h));
  const live = indicators.flatMap((ind, i) => horizons.flatMap((_, h) => (dead(ind, h) ? [] : [i * H + h])));
  const isCount = Uint8Array.from({ length: indicators.length * H }, (_, c) => (indicators[Math.floor(c / H)].kind === 'count' ? 1 : 0));
  return {
    horizons, periods, eventHorizons, projectTotal: eventHorizons, total: eventHorizons + 1, indicators,
    cells: indicators.length * H,
    live: Int32Array.from(live),
    liveCount: Int32Array.from(live.filter((c) => isCount[c] === 1)),
    liveAmount: Int32Array.from(live.filter((c) => isCount[c] === 0)),
    liveMoments: Int32Array.from(live.filter((c) => isCount[c] === 0 && indicators[Math.floor(c / H)].per === undefined)),
    isCount,
  };
}

const layouts = new WeakMap<Model, Layout>();

/** A model's layout, made once per model object (a model is not changed once made). */
export function layoutOf(model: Model): Layout {
  let l = layouts.get(model);
  if (!l) layouts.set(model, (l = createLayout(model.periods.map((p) => p.id), model.listed, model.costs !== undefined, model.indicators)));
  return l;
}

/** The cell of indicator i at horizon h. */
export function cellIndex(layout: Layout, indicator: number, horizon: number): number {
  return indicator * layout.horizons.length + horizon;
}

/** The index of an indicator by id; throws where the layout has none. */
export function indicatorIndex(layout: Layout, id: string): number {
  const i = layout.indicators.findIndex((d) => d.id === id);
  if (i < 0) throw new Error(`unknown indicator ${id}`);
  return i;
}

/** The cell of an indicator and a horizon by their ids, or −1 where the layout has no such cell. */
export function cellOf(layout: Layout, indicator: string, horizon: string): number {
  const i = layout.indicators.findIndex((d) => d.id === indicator);
  const h = layout.horizons.indexOf(horizon);
  return i < 0 || h < 0 ? -1 : cellIndex(layout, i, h);
}

/** The indicator of a cell. */
export function indicatorOf(layout: Layout, cell: number): IndicatorDef {
  return layout.indicators[Math.floor(cell / layout.horizons.length)];
}

/** The horizon id of a cell. */
export function horizonOf(layout: Layout, cell: number): string {
  return layout.horizons[cell % layout.horizons.length];
}

/** Whether a cell holds whole counts (exact histogram) or amounts (binned). */
export function cellKind(layout: Layout, cell: number): IndicatorDef['kind'] {
  return layout.isCount[cell] === 1 ? 'count' : 'amount';
}
