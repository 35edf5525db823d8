import { cellIndex, type IndicatorUnit } from '../engine/layout';
import { FORECAST_FORMAT, type ForecastResult } from '../engine/forecast-result';
import type { ValidScenario } from '../scenario/parse';
import type { Lang } from '../text';

/*
 * A forecast's kept iterations as a SIP library in ProbabilityManagement.org's SIPmath 3.0
 * JSON format (schema and example: github.com/probability-management/PySIPmath, tests/).
 * Each indicator × horizon is a literal SIP: `"function": "SIP_Array"` with its trials in
 * `arguments.value`, all driven by one `Index` generator on the `PM_Index` counter, so trial t
 * of every SIP is iteration t of the forecast and the receiver can combine SIPs trial by trial
 * (P(every target met) is the share of trials in which every SIP meets its target).
 */

const SIP_LIBRARY_TYPE = 'SIPmath_3_0';
const INDEX_RNG = 'indexRng';

export interface SipMetadata {
  indicator: string;
  horizon: string;
  indicatorLabel: string;
  horizonLabel: string;
  unit: IndicatorUnit;
  target?: number;
  count: number;
  mean: number;
  std: number;
  min: number;
  P10: number;
  P25: number;
  P50: number;
  P75: number;
  P90: number;
  max: number;
}

export interface Sip {
  name: string;
  ref: { source: 'rng'; name: string };
  function: 'SIP_Array';
  arguments: { type: 'array'; value: number[] };
  metadata: SipMetadata;
}

export interface SipLibrary {
  name: string;
  objectType: 'sipModel';
  libraryType: typeof SIP_LIBRARY_TYPE;
  dateCreated: string;
  version: string;
  provenance: string;
  /** Not in the standard (which allows more properties): the forecast these trials are of. */
  metadata: {
    application: string;
    applicationVersion: string;
    engineFormat: number;
    scenarioId: string;
    scenarioName: string;
    seed: number | string;
    iterations: number;
    trials: number;
    subsample: boolean;
    trialOrder: string;
    note?: string;
    outOfDate?: string;
    labelsLanguage: Lang;
  };
  U01: { rng: { name: string; function: 'Index'; arguments: { counter: 'PM_Index' } }[] };
  sips: Sip[];
}

export interface SipLibraryInput {
  result: ForecastResult;
  scenario: ValidScenario;
  lang: Lang;
  date: Date;
  version: string;
  /** The out-of-date or with-actuals mark every export of this forecast carries, if any. */
  outOfDate?: string;
}

const APPLICATION = 'SME programme forecast';

/**
 * Each cell's values over the kept iterations, in iteration order (block by block), and how
 * many there are; null when the forecast kept none. O(trials × cells).
 */
function keptTrials(result: ForecastResult): { trials: number; cells: Float64Array[] } | null {
  const blocks = result.blocks.filter((b) => b.subsample).sort((a, b) => a.index - b.index);
  const C = result.layout.cells;
  const trials = blocks.reduce((n, b) => n + b.subsample!.out.length / C, 0);
  if (trials === 0) return null;
  const cells = Array.from({ length: C }, () => new Float64Array(trials));
  let t = 0;
  for (const b of blocks) {
    const out = b.subsample!.out;
    for (let r = 0; r < out.length / C; r++, t++) for (let c = 0; c < C; c++) cells[c][t] = out[r * C + c];
  }
  return { trials, cells };
}

/**
 * The forecast's kept iterations as a SIPmath 3.0 library: one SIP per indicator × horizon that
 * can be non-zero or has a target, named `indicator.horizon` (Excel names, which the SIPmath tools give each SIP,
 * take no colon), with the planner's labels, the target and the trials' statistics in its
 * metadata; null when the forecast kept no iterations. O(trials × cells × log trials).
 */
export function sipLibrary(input: SipLibraryInput): SipLibrary | null {
  const { result, scenario, lang } = input;
  const kept = keptTrials(result);
  if (!kept) return null;
  const { layout, labels, targets } = scenario;
  const live = new Set(layout.live);
  const sips = layout.indicators.flatMap((ind, i) => layout.horizons.flatMap((h, j): Sip[] => {
    const c = cellIndex(layout, i, j);
    // A cell with a target stays even if it cannot be non-zero: the receiver needs every target.
    if (!live.has(c) && Number.isNaN(targets[c])) return [];
    // A cost per result is +∞ in a trial with no result, which a SIP cannot hold: the receiver
    // divides the costDkk SIP by the result's, trial by trial (they share the trials).
    if (ind.per !== undefined) return [];
    const value = Array.from(kept.cells[c]);
    const target = Number.isNaN(targets[c]) ? {} : { target: targets[c] };
    const metadata = { indicator: ind.id, horizon: h, indicatorLabel: labels.indicator(ind.id, lang), horizonLabel: labels.horizon(h, lang), unit: ind.unit, ...target, ...describe(kept.cells[c]) };
    return [{ name: `${ind.id}.${h}`, ref: { source: 'rng', name: INDEX_RNG }, function: 'SIP_Array', arguments: { type: 'array', value }, metadata }];
  }));
  const subsample = kept.trials < result.iterations;
  const { id, name } = scenario.scenario;
  const of = subsample ? `the first ${kept.trials} of its ${result.iterations} iterations` : `all ${kept.trials} iterations`;
  return {
    name,
    objectType: 'sipModel',
    libraryType: SIP_LIBRARY_TYPE,
    dateCreated: input.date.toISOString().slice(0, 10),
    version: '1',
    provenance: `${APPLICATION} ${input.version} (engine format ${FORECAST_FORMAT}): forecast of “${name}”, seed ${result.seed}, ${of}.${input.outOfDate ? ` ${input.outOfDate}` : ''}`,
    metadata: {
      application: APPLICATION, applicationVersion: input.version, engineFormat: FORECAST_FORMAT,
      scenarioId: id, scenarioName: name, seed: result.seed, iterations: result.iterations, trials: kept.trials, subsample,
      trialOrder: 'PM_Index t is iteration t of the forecast in every SIP, so the SIPs may be combined trial by trial.',
      ...(subsample ? { note: `A subsample: the first ${kept.trials} of the forecast's ${result.iterations} iterations. Its statistics differ from the forecast's by Monte Carlo error (a mean by about std/√${kept.trials}).` } : {}),
      ...(input.outOfDate ? { outOfDate: input.outOfDate } : {}),
      labelsLanguage: lang,
    },
    U01: { rng: [{ name: INDEX_RNG, function: 'Index', arguments: { counter: 'PM_Index' } }] },
    sips,
  };
}

/** The library as JSON text (compact: the trials are most of it), or null as sipLibrary. */
export function sipLibraryJson(input: SipLibraryInput): string | null {
  const lib = sipLibrary(input);
  return lib && JSON.stringify(lib) + '\n';
}

/** Count, mean, sample standard deviation, extremes and quantiles (linear interpolation, R type 7, as pandas' describe). */
function describe(x: Float64Array) {
  const s = Float64Array.from(x).sort();
  const n = s.length;
  const mean = s.reduce((a, v) => a + v, 0) / n;
  const std = n > 1 ? Math.sqrt(s.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : 0;
  const q = (p: number) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return lo + 1 < n ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
  };
  return { count: n, mean, std, min: s[0], P10: q(0.1), P25: q(0.25), P50: q(0.5), P75: q(0.75), P90: q(0.9), max: s[n - 1] };
}
