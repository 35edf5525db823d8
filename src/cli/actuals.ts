import { parseJsonText, type ValidScenario } from '../scenario/parse';
import { parseActuals } from '../scenario/actuals';
import { errorText, fileVoice } from '../scenario/error-text';
import { LOW_ESS, movedInputs, runConditioned } from '../engine/conditioning/condition';
import { runForecast } from '../engine/run';
import { type RunOptions } from '../engine/forecast-result';
import { formatNumber, formatPercent, formatValue } from '../text/format-number';
import { inputLabel, inputUnit } from '../report/input-labels';
import { formatInput } from '../report/analysis-report';
import { alignRows } from '../report/align';
import { byIndicator, type Lang } from '../report/forecast-report';
import { UsageError } from './options';
import { invalidFile, readInputFile } from './load';

/** `forecast FILE --actuals A.json`: the forecast before and after conditioning on what has happened. */
export function conditionedReport(v: ValidScenario, file: string, opts: RunOptions, lang: Lang) {
  const json = parseJsonText(readInputFile(file));
  if (!json.ok) throw new UsageError(`${file}: ${errorText(json.error, fileVoice(lang))}`);
  const actuals = parseActuals(json.value, v);
  if (!actuals.ok) throw invalidFile(file, 'actuals', actuals.errors, lang);
  const prior = runForecast(v.model, opts);
  const updated = runConditioned(v.model, opts, actuals.observations, actuals.rates);
  const observed = new Map(actuals.observations.map((o) => [o.cell, o.value]));
  const ess = updated.effectiveSampleSize;
  return {
    scenario: { id: v.scenario.id, name: v.scenario.name },
    iterations: updated.iterations,
    seed: opts.seed,
    effectiveSampleSize: ess,
    warning: ess < LOW_ESS ? `the actuals leave an effective sample of only ${Math.round(ess)} iterations; run more iterations or widen the observations' tolerances` : null,
    horizons: v.layout.horizons.map((h) => ({ id: h, label: v.labels.horizon(h, lang) })),
    indicators: byIndicator(v, lang, (c) => {
      const p = prior.cells[c];
      const u = updated.cells[c];
      return { actual: observed.get(c) ?? null, target: p.target, prior: { p50: p.p50, pMeetsTarget: p.pMeetsTarget }, updated: { mean: u.mean, p10: u.p10, p50: u.p50, p90: u.p90, pMeetsTarget: u.pMeetsTarget } };
    }),
    inputs: movedInputs(updated.inputs),
  };
}
export type ConditionedReport = ReturnType<typeof conditionedReport>;

/** Before and after, for a terminal: per indicator and horizon with a target or an actual. */
export function conditionedTable(r: ConditionedReport, lang: Lang): string {
  const da = lang === 'da';
  const head = da ? ['Indikator', 'Horisont', 'Faktisk', 'Median før', 'Median nu (P10–P90)', 'Mål', 'P(mål) før', 'P(mål) nu'] : ['Indicator', 'Horizon', 'Actual', 'Median before', 'Median now (P10–P90)', 'Target', 'P(target) before', 'P(target) now'];
  const rows: string[][] = [];
  r.indicators.forEach((ind) => {
    let first = true;
    for (const { id: h, label } of r.horizons) {
      const c = ind.byHorizon[h];
      if (c.target === null && c.actual === null) continue;
      const f = (x: number | null) => formatValue(x, ind.unit, lang);
      rows.push([first ? ind.label : '', label, f(c.actual), f(c.prior.p50), `${f(c.updated.p50)} (${f(c.updated.p10)}–${f(c.updated.p90)})`, f(c.target), formatPercent(c.prior.pMeetsTarget, lang), formatPercent(c.updated.pMeetsTarget, lang)]);
      first = false;
    }
  });
  const moved = r.inputs.map((x) => {
    const { label } = inputLabel(x.path, lang);
    const unit = inputUnit(x.kind);
    return `  ${label}: ${formatInput(x.priorMean, unit, lang)} → ${formatInput(x.updatedMean, unit, lang)} (${x.how === 'conjugate' ? (da ? 'eksakt, beta-binomial' : 'exact, beta–binomial') : da ? 'vægtning' : 'weighting'})`;
  });
  const essLine = `${da ? 'Effektiv stikprøve' : 'Effective sample size'}: ${formatNumber(Math.round(r.effectiveSampleSize), lang)} / ${formatNumber(r.iterations, lang)}${r.warning ? `\n${da ? 'Advarsel' : 'Warning'}: ${r.warning}` : ''}`;
  return [`${r.scenario.name}`, essLine, '', alignRows(head, rows), '', da ? 'Antagelser, gennemsnit før → nu:' : 'Assumptions, mean before → now:', ...(moved.length ? moved : ['  –']), ''].join('\n');
}
