/**
 * The horizons every indicator is forecast for: the periods and the windows after the
 * project, where a company-level event falls; then `projectTotal`, the periods' sum (what the
 * application's indicator tables total), and `total`, the sum of every event horizon.
 */
export const HORIZONS = ['period1', 'period2', 'after0to2', 'after2to5', 'after5plus', 'projectTotal', 'total'] as const;
export type HorizonId = (typeof HORIZONS)[number];
/** The horizons a company-level event can fall in (the first five). */
export const EVENT_HORIZONS = 5;
/** The project's periods: the first horizons. */
export const PERIODS = 2;
export const PROJECT_TOTAL = 5;
export const TOTAL = 6;
/** The horizons an event can fall in, by id. */
export const EVENT_HORIZON_IDS = HORIZONS.slice(0, EVENT_HORIZONS);

export const ACTIVITIES = ['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'] as const;
export type ActivityId = (typeof ACTIVITIES)[number];
/** A1–E2 aim at growth companies; F at innovation. */
export const INNOVATION_ACTIVITIES: readonly ActivityId[] = ['F'];

export type IndicatorUnit = 'companies' | 'dkk' | 'fte';

export interface IndicatorDef {
  id: string;
  unit: IndicatorUnit;
  /** Whole numbers (exact histograms) or amounts (relative-precision histograms). */
  kind: 'count' | 'amount';
  label: { da: string; en: string };
  /** Counted in the period a company takes part in, so always 0 in the horizons after. */
  periodOnly?: boolean;
}

const OUTCOME_INDICATORS: IndicatorDef[] = [
  { id: 'supportedCompanies', periodOnly: true, unit: 'companies', kind: 'count', label: { da: 'Virksomheder der modtager støtte (A1–E2)', en: 'Companies receiving support (A1–E2)' } },
  { id: 'privateCofinancingDkk', periodOnly: true, unit: 'dkk', kind: 'amount', label: { da: 'Private investeringer / medfinansiering (A1–E2)', en: 'Private investment / co-financing (A1–E2)' } },
  { id: 'growthCompanies', unit: 'companies', kind: 'count', label: { da: 'Nye vækstvirksomheder (A1–E2)', en: 'New growth companies (A1–E2)' } },
  { id: 'newJobsFte', unit: 'fte', kind: 'amount', label: { da: 'Nye job, fuldtidspersoner (A1–E2)', en: 'New jobs, full-time (A1–E2)' } },
  { id: 'revenueDkk', unit: 'dkk', kind: 'amount', label: { da: 'Skabt omsætning (A1–E2)', en: 'Created revenue (A1–E2)' } },
  { id: 'supportedCompaniesF', periodOnly: true, unit: 'companies', kind: 'count', label: { da: 'Virksomheder der modtager støtte (F)', en: 'Companies receiving support (F)' } },
  { id: 'researchCooperation', unit: 'companies', kind: 'count', label: { da: 'Virksomheder i samarbejde med forskningsinstitutioner (F)', en: 'Companies cooperating with research institutions (F)' } },
  { id: 'privateCofinancingDkkF', periodOnly: true, unit: 'dkk', kind: 'amount', label: { da: 'Privat medfinansiering (F)', en: 'Private co-financing (F)' } },
  { id: 'newToMarket', unit: 'companies', kind: 'count', label: { da: 'Nye produkter for markedet (F)', en: 'New-to-market products (F)' } },
  { id: 'newToFirm', unit: 'companies', kind: 'count', label: { da: 'Nye produkter for virksomheden (F)', en: 'New-to-firm products (F)' } },
  { id: 'productConcepts', unit: 'companies', kind: 'count', label: { da: 'Koncepter for nye produkter (F)', en: 'Concepts for new products (F)' } },
  { id: 'innovativeCompanies', unit: 'companies', kind: 'count', label: { da: 'Nye innovative virksomheder (F)', en: 'New innovative companies (F)' } },
];

const PARTICIPANT_INDICATORS: IndicatorDef[] = ACTIVITIES.map((a) => ({
  id: `participants.${a}`,
  unit: 'companies' as const,
  kind: 'count' as const,
  periodOnly: true,
  label: { da: `Deltagere i ${a}`, en: `Participants in ${a}` },
}));

/** Every indicator, in the order of the application's table. */
export const INDICATORS: readonly IndicatorDef[] = [...OUTCOME_INDICATORS, ...PARTICIPANT_INDICATORS];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id);
export type IndicatorId = string;

export function indicatorIndex(id: string): number {
  const i = INDICATOR_IDS.indexOf(id);
  if (i < 0) throw new Error(`unknown indicator ${id}`);
  return i;
}

export const HORIZON_LABELS: Record<HorizonId, { da: string; en: string }> = {
  period1: { da: '1. periode', en: 'Period 1' },
  period2: { da: '2. periode', en: 'Period 2' },
  after0to2: { da: '0–2 år efter', en: '0–2 years after' },
  after2to5: { da: '2–5 år efter', en: '2–5 years after' },
  after5plus: { da: '5+ år efter', en: '5+ years after' },
  projectTotal: { da: 'Projektet i alt', en: 'Project total' },
  total: { da: 'I alt', en: 'Total' },
};

/** One iteration's outputs: indicator-major, `HORIZONS.length` cells per indicator. */
export const CELLS = INDICATORS.length * HORIZONS.length;
/** Cells that can be non-zero; the others are 0 in every iteration and are not accumulated. */
export const LIVE_CELLS = Int32Array.from(
  INDICATORS.flatMap((ind, i) => HORIZONS.flatMap((h, j) => (ind.periodOnly && h.startsWith('after') ? [] : [i * HORIZONS.length + j]))),
);

/** Whether a cell holds whole counts (exact histogram) or amounts (binned). */
export function cellKind(cell: number): IndicatorDef['kind'] {
  return INDICATORS[Math.floor(cell / HORIZONS.length)].kind;
}

export function cellIndex(indicator: number, horizon: number): number {
  return indicator * HORIZONS.length + horizon;
}

/** Live cells of count indicators: exact histograms give their mean, variance and P(≥ target). */
export const LIVE_COUNT_CELLS = LIVE_CELLS.filter((c) => cellKind(c) === 'count');
/** Live cells of amount indicators: binned histograms, so their moments and targets are counted as they arrive. */
export const LIVE_AMOUNT_CELLS = LIVE_CELLS.filter((c) => cellKind(c) === 'amount');
