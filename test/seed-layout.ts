/**
 * The cells of the seed programme (the application's eight activities, two periods), for
 * tests that look at its forecasts cell by cell: the names the engine's fixed layout had.
 */
import { cellIndex as cellOfLayout, createLayout, indicatorIndex as indexOfLayout, type IndicatorDef } from '../src/engine/layout';
import { programmeLabels } from '../src/text';

export const ACTIVITIES = ['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'] as const;
export const SEED_LAYOUT = createLayout(['period1', 'period2'], ACTIVITIES);
export const HORIZONS = SEED_LAYOUT.horizons as readonly string[];
export type HorizonId = string;
export const INDICATORS: readonly IndicatorDef[] = SEED_LAYOUT.indicators;
export const INDICATOR_IDS = INDICATORS.map((i) => i.id);
export const CELLS = SEED_LAYOUT.cells;
export const LIVE_CELLS = SEED_LAYOUT.live;
export const EVENT_HORIZONS = SEED_LAYOUT.eventHorizons;
export const PROJECT_TOTAL = SEED_LAYOUT.projectTotal;
export const TOTAL = SEED_LAYOUT.total;
export const cellIndex = (indicator: number, horizon: number) => cellOfLayout(SEED_LAYOUT, indicator, horizon);
export const indicatorIndex = (id: string) => indexOfLayout(SEED_LAYOUT, id);
/** The seed programme's words, as its built-in scenarios have them. */
export const SEED_LABELS = programmeLabels({
  periods: [{ id: 'period1' }, { id: 'period2' }],
  activities: ACTIVITIES.map((id) => ({ id, group: id === 'F' ? ('innovation' as const) : ('growth' as const) })),
});
export const HORIZON_LABELS = Object.fromEntries(HORIZONS.map((h) => [h, { da: SEED_LABELS.horizon(h, 'da'), en: SEED_LABELS.horizon(h, 'en') }])) as Record<string, { da: string; en: string }>;
