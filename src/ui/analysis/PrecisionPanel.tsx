import { createSignal, For, Show, type JSX } from 'solid-js';
import { NumberField } from '../editor/NumberField';
import { CountField } from './CountField';
import type { AnalysisClient } from '../../client/analysis-client';
import type { ConvergencePoint } from '../../engine/analysis/precision';
import { cellOf, horizonOf, indicatorOf } from '../../engine/layout';
import type { ValidScenario } from '../../scenario/parse';
import { ConvergenceChart } from './ConvergenceChart';
import { createJob } from './create-job';
import { JobStatus } from './JobStatus';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { SeedField } from './SeedField';

interface Run { cells: number[]; trace: ConvergencePoint[]; precise: boolean; iterations: number; relativeMean: number }

/** A forecast that runs until its shown numbers are precise enough, with the running estimates plotted. */
export function PrecisionPanel(props: { client: AnalysisClient; scenario: ValidScenario }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const [mean, setMean] = createSignal(1);
  const [prob, setProb] = createSignal(1);
  const [max, setMax] = createSignal(200_000);
  const [watch, setWatch] = createSignal<'targets' | 'all'>('targets');
  const [seed, setSeed] = createSignal('1');
  const l = () => props.scenario.layout;
  const [plotted, setPlotted] = createSignal(Math.max(0, cellOf(props.scenario.layout, 'growthCompanies', 'total')));
  const [run, setRun] = createSignal<Run | null>(null);
  const job = createJob();
  const ok = () => mean() > 0 && prob() > 0 && Number.isInteger(max()) && max() >= 10_000;
  const watched = () => (watch() === 'all' ? [...l().live] : [...props.scenario.targets.keys()].filter((c) => !Number.isNaN(props.scenario.targets[c])));

  async function start() {
    const cells = watched();
    const relativeMean = mean() / 100;
    const r = await job.start((signal) =>
      props.client.precise({ ...props.scenario, seed: seed().trim() || '1', maxIterations: max(), precision: { cells, relativeMean, probability: prob() / 100 }, signal }),
    );
    if (r) setRun({ cells, trace: r.trace, precise: r.precise, iterations: r.result.iterations, relativeMean });
  }
  // Within the margin: a share of it (97 %); beyond it: how many times it (1.4).
  const worstText = (precise: boolean, worst: number) => (precise ? i18n.pct(Math.min(worst, 1)) : i18n.num(worst, 1));
  const cellName = (c: number) => `${props.scenario.labels.indicator(indicatorOf(l(), c).id, i18n.lang())}, ${props.scenario.labels.horizon(horizonOf(l(), c), i18n.lang())}`;
  const shown = (r: Run) => (r.cells.includes(plotted()) ? plotted() : r.cells[0]);
  const columns = (r: Run) => {
    const k = r.cells.indexOf(shown(r));
    return { x: r.trace.map((p) => p.iterations), mean: r.trace.map((p) => p.means[k]), probability: r.trace.map((p) => p.probabilities[k]) };
  };
  const band = (r: Run): [number, number] => {
    const last = columns(r).mean.at(-1) ?? 0;
    const half = Math.abs(last) * r.relativeMean;
    return [last - half, last + half];
  };
  // Typed as the planner writes numbers ("0,5", "200.000"), not as a number input reads them.
  const decimal = (id: string, label: string, value: () => number, set: (v: number) => void) => (
    <NumberField id={id} label={label} value={value()} onValue={(v) => set(typeof v === 'number' ? v : NaN)} />
  );

  return (
    <div class="precision">
      <p class="intro">{tr('precision.intro', { mean: i18n.num(mean(), 2), p: i18n.num(prob(), 2) })}</p>
      <div class="run-fields">
        {decimal('precision-mean', tr('precision.mean'), mean, setMean)}
        {decimal('precision-probability', tr('precision.probability'), prob, setProb)}
        <CountField label={tr('precision.max')} value={max()} onValue={setMax} invalid={!(Number.isInteger(max()) && max() >= 10_000)} />
        <label class="field">
          <span>{tr('precision.watch')}</span>
          <select value={watch()} onChange={(e) => setWatch(e.currentTarget.value as 'targets' | 'all')}>
            <option value="targets">{tr('precision.watchTargets')}</option>
            <option value="all">{tr('precision.watchAll')}</option>
          </select>
        </label>
        <SeedField seed={seed()} onInput={setSeed} />
        <button type="button" class="primary" disabled={!ok() || job.running()} onClick={() => void start()}>{tr('precision.run')}</button>
      </div>
      <Show when={!ok()}><p class="field-error">{tr('precision.invalid')}</p></Show>
      <JobStatus job={job} />
      <Show when={run()}>
        {(r) => (
          <div class="precision-result" classList={{ stale: job.running() }} data-precise={String(r().precise)} data-iterations={r().iterations}>
            <p class="status" role="status">
              {tr(r().precise ? 'precision.done' : 'precision.notDone', { n: i18n.num(r().iterations), worst: worstText(r().precise, r().trace[r().trace.length - 1].worst) })}
            </p>
            <div class="chart-controls">
              <label class="field">
                <span>{tr('analysis.indicator')}</span>
                <select value={shown(r())} onChange={(e) => setPlotted(Number(e.currentTarget.value))}>
                  <For each={r().cells}>{(c) => <option value={c}>{cellName(c)}</option>}</For>
                </select>
              </label>
            </div>
            <figure class="convergence">
              <figcaption>{tr('precision.plot', { cell: cellName(shown(r())) })}</figcaption>
              <ConvergenceChart
                columns={columns(r())} band={band(r())} meanLabel={tr('precision.meanSeries')} pLabel={tr('precision.pSeries')} xLabel={tr('analysis.iterations')}
                format={(x, digits) => (indicatorOf(l(), shown(r())).unit === 'dkk' ? i18n.money(x, true) : i18n.num(x, digits))}
                formatIterations={(x) => i18n.num(x)} label={cellName(shown(r()))}
              />
            </figure>
          </div>
        )}
      </Show>
    </div>
  );
}
