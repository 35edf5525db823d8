import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { AnalysisClient } from '../../client/analysis-client';
import { distQuantile } from '../../engine/dist';
import { MAX_SWEEP_STEPS, sweepValues, type SweepMode, type SweepResult } from '../../engine/analysis/sweep';
import { cellOf, indicatorOf } from '../../engine/layout';
import { KIND_BOUNDS } from '../../scenario/resolve';
import type { ValidScenario } from '../../scenario/parse';
import { sweepCellName, sweepCsv, sweepTitle } from '../../report/sweep-report';
import { parseNumber } from '../editor/number-text';
import { downloadText } from '../library/download';
import { formatValue } from '../results/format';
import { useScenarios } from '../store/scenario-context';
import { CountField } from './CountField';
import { createJob } from './create-job';
import { JobStatus } from './JobStatus';
import { SeedField } from './SeedField';
import { SweepChart } from './SweepChart';
import { assumptionName, formatInputValue } from './input-text';
import { chosenInputKind } from '../../engine/model';
import { defaultRange, shownScale, sweepColumns } from './sweep-data';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

const MIN_ITERATIONS = 1_000;
const MAX_ITERATIONS = 200_000;
/** Indicators chosen at first: those with a target at the horizon, up to this many. */
const FIRST_CHOSEN = 3;

/**
 * One input across a range of values, a forecast at each on common random numbers: for the
 * chosen indicators at one horizon, a chart and a table of median, P10–P90 and P(target), and
 * P(every target met). Runs in the analysis worker, with progress and cancel.
 */
export function SweepPanel(props: { client: AnalysisClient; scenario: ValidScenario }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const store = useScenarios();
  const lang = () => i18n.lang();
  const inputs = createMemo(() => props.scenario.model.inputs);
  const [path, setPath] = createSignal('activities.A1.routing.proceed');
  const chosenPath = () => (inputs().some((x) => x.path === path()) ? path() : inputs()[0]?.path);
  const kind = () => chosenInputKind(props.scenario.model, chosenPath() ?? '');
  const bounds = () => KIND_BOUNDS[kind()];
  const scale = () => shownScale(kind());
  const current = () => {
    const x = inputs().find((i) => i.path === chosenPath());
    return x ? distQuantile(x.dist, 0.5) : 0;
  };
  const shown = (x: number) => i18n.num(x, 4);
  // The range fields follow the input chosen until the planner types in them.
  const [typedRange, setTypedRange] = createSignal<{ path: string; from: string; to: string } | null>(null);
  const range = () => {
    const t = typedRange();
    if (t && t.path === chosenPath()) return t;
    const [a, b] = defaultRange(kind(), current(), bounds());
    return { path: chosenPath() ?? '', from: shown(a), to: shown(b) };
  };
  const [steps, setSteps] = createSignal(9);
  const [mode, setMode] = createSignal<SweepMode>('median');
  const [horizon, setHorizon] = createSignal('total');
  const [iterations, setIterations] = createSignal(10_000);
  const [seed, setSeed] = createSignal('1');
  const layout = () => props.scenario.layout;
  // Not the costs per result: +∞ where there is no result, their band would have no top.
  const swept = () => layout().indicators.filter((d) => d.per === undefined);
  const chosenHorizon = () => (layout().horizons.includes(horizon()) ? horizon() : 'total');
  // null: the first indicators with a target at the horizon.
  const [picked, setPicked] = createSignal<string[] | null>(null);
  const chosen = createMemo(() => {
    const ids = swept().map((d) => d.id);
    const p = picked();
    if (p) return ids.filter((id) => p.includes(id));
    const withTarget = ids.filter((id) => !Number.isNaN(props.scenario.targets[cellOf(layout(), id, chosenHorizon())]));
    return (withTarget.length ? withTarget : ids).slice(0, FIRST_CHOSEN);
  });
  const toggle = (id: string, on: boolean) => setPicked((on ? [...chosen(), id] : chosen().filter((x) => x !== id)));

  const values = createMemo((): number[] | null => {
    const from = parseNumber(range().from, lang());
    const to = parseNumber(range().to, lang());
    const [lo, hi] = bounds();
    if (from === null || to === null || from === to) return null;
    const [a, b] = [from / scale(), to / scale()];
    if (Math.min(a, b) < lo || Math.max(a, b) > hi) return null;
    if (!Number.isInteger(steps()) || steps() < 2 || steps() > MAX_SWEEP_STEPS) return null;
    return sweepValues(a, b, steps());
  });
  const rangeOk = () => {
    const from = parseNumber(range().from, lang());
    const to = parseNumber(range().to, lang());
    const [lo, hi] = bounds().map((x) => x * scale());
    return from !== null && to !== null && from !== to && Math.min(from, to) >= lo && Math.max(from, to) <= hi;
  };
  const stepsOk = () => Number.isInteger(steps()) && steps() >= 2 && steps() <= MAX_SWEEP_STEPS;
  const iterationsOk = () => Number.isInteger(iterations()) && iterations() >= MIN_ITERATIONS && iterations() <= MAX_ITERATIONS;
  const canRun = () => values() !== null && iterationsOk() && chosen().length > 0;

  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [answer, setAnswer] = createSignal<{ r: SweepResult; scenario: ValidScenario; draft: unknown } | null>(null);
  const job = createJob();

  async function run() {
    const vs = values();
    if (!vs || !canRun()) return;
    const scenario = props.scenario;
    const draft = store.state.draft;
    const cells = chosen().map((id) => cellOf(scenario.layout, id, chosenHorizon()));
    setProgress({ done: 0, total: vs.length * iterations() });
    const r = await job.start((signal) =>
      props.client.sweep({
        model: scenario.model, targets: scenario.targets, seed: seed().trim() || '1', iterations: iterations(), signal,
        request: { path: chosenPath()!, values: vs, mode: mode(), bounds: bounds(), cells },
        onProgress: (done, total) => setProgress({ done, total }),
      }),
    );
    setProgress(null);
    if (r) setAnswer({ r, scenario, draft });
  }

  const unit = () => (kind() === 'probability' ? ' (%)' : kind() === 'money' ? ` (${lang() === 'da' ? 'kr.' : 'DKK'})` : '');
  const fieldRange = () => bounds().map((x) => shown(x * scale()));

  return (
    <div class="sweep">
      <p class="intro">{tr('sweep.intro')}</p>
      <Show when={inputs().length > 0} fallback={<p class="hint">{tr('sweep.noInputs')}</p>}>
        <div class="run-fields">
          <label class="field">
            <span>{tr('sweep.input')}</span>
            <select value={chosenPath()} onChange={(e) => setPath(e.currentTarget.value)}>
              <For each={inputs()}>{(x) => <option value={x.path}>{assumptionName(x.path, i18n, true)}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span>{tr('sweep.from', { unit: unit() })}</span>
            <input type="text" inputmode="decimal" size={8} value={range().from} aria-invalid={!rangeOk()} onInput={(e) => setTypedRange({ ...range(), from: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>{tr('sweep.to', { unit: unit() })}</span>
            <input type="text" inputmode="decimal" size={8} value={range().to} aria-invalid={!rangeOk()} onInput={(e) => setTypedRange({ ...range(), to: e.currentTarget.value })} />
          </label>
          <CountField label={tr('sweep.steps')} value={steps()} onValue={setSteps} invalid={!stepsOk()} />
        </div>
        <fieldset class="field sweep-mode">
          <legend>{tr('sweep.mode')}</legend>
          <label><input type="radio" name="sweep-mode" checked={mode() === 'median'} onChange={() => setMode('median')} /> {tr('sweep.modeMedian')}</label>
          <label><input type="radio" name="sweep-mode" checked={mode() === 'fixed'} onChange={() => setMode('fixed')} /> {tr('sweep.modeFixed')}</label>
        </fieldset>
        <div class="run-fields">
          <label class="field">
            <span>{tr('sweep.horizon')}</span>
            <select value={chosenHorizon()} onChange={(e) => setHorizon(e.currentTarget.value)}>
              <For each={layout().horizons}>{(h) => <option value={h}>{props.scenario.labels.horizon(h, lang())}</option>}</For>
            </select>
          </label>
          <CountField label={tr('analysis.iterations')} value={iterations()} onValue={setIterations} invalid={!iterationsOk()} />
          <SeedField seed={seed()} onInput={setSeed} />
        </div>
        <fieldset class="field sweep-indicators">
          <legend>{tr('sweep.indicators')}</legend>
          <For each={swept()}>
            {(ind) => (
              <label>
                <input type="checkbox" checked={chosen().includes(ind.id)} onChange={(e) => toggle(ind.id, e.currentTarget.checked)} /> {props.scenario.labels.indicator(ind.id, lang())}
              </label>
            )}
          </For>
        </fieldset>
        <div class="run-fields">
          <button type="button" class="primary" disabled={!canRun() || job.running()} onClick={() => void run()}>{tr('sweep.run')}</button>
          <Show when={stepsOk() && iterationsOk()}><span class="muted">{tr('sweep.cost', { steps: i18n.num(steps()), n: i18n.num(iterations()) })}</span></Show>
        </div>
        <Show when={!rangeOk()}><p class="field-error">{tr('sweep.invalidRange', { lo: fieldRange()[0], hi: fieldRange()[1] })}</p></Show>
        <Show when={!stepsOk()}><p class="field-error">{tr('sweep.invalidSteps', { max: String(MAX_SWEEP_STEPS) })}</p></Show>
        <Show when={!iterationsOk()}><p class="field-error">{tr('sweep.invalidIterations')}</p></Show>
        <Show when={chosen().length === 0}><p class="field-error">{tr('sweep.noIndicators')}</p></Show>
        <JobStatus job={job} done={progress()?.done} total={progress()?.total} />
        <Show when={answer()}>{(a) => <SweepAnswer result={a().r} scenario={a().scenario} stale={a().draft !== store.state.draft} />}</Show>
      </Show>
    </div>
  );
}

/** A finished sweep: what it ran, then per indicator a chart and a table, then every target at once. */
function SweepAnswer(props: { result: SweepResult; scenario: ValidScenario; stale: boolean }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const lang = () => i18n.lang();
  const r = () => props.result;
  const kind = () => r().kind;
  const scale = () => shownScale(kind());
  const valueText = (x: number) => formatInputValue(x, kind(), i18n);
  const unreachable = () => r().points.filter((p) => !p.ok).map((p) => valueText(p.value));
  const download = () => downloadText(`${props.scenario.scenario.id}-sweep.csv`, sweepCsv(props.scenario, r(), lang()), 'text/csv;charset=utf-8');
  return (
    <div class="sweep-answer" data-testid="sweep-answer">
      <Show when={props.stale}><p class="status warning" role="status">{tr('sweep.stale')}</p></Show>
      <p class="sweep-title">{sweepTitle(r(), lang())}</p>
      <Show when={unreachable().length > 0}>
        <p class="hint">{tr('sweep.someUnreachable', { values: unreachable().join(', '), lo: valueText(KIND_BOUNDS[kind()][0]), hi: valueText(KIND_BOUNDS[kind()][1]) })}</p>
      </Show>
      <For each={r().cells}>
        {(cell, k) => {
          const ind = indicatorOf(props.scenario.layout, cell);
          const target = () => (Number.isNaN(props.scenario.targets[cell]) ? null : props.scenario.targets[cell]);
          const f = (x: number) => formatValue(i18n, ind.unit, x, ind.unit === 'dkk' ? 1 : 0);
          // Amounts are shown in millions, as in the forecast table.
          const name = () => `${sweepCellName(props.scenario, cell, lang())}${ind.unit === 'dkk' ? ` (${i18n.t('results.millionDkk')})` : ''}`;
          return (
            <section class="sweep-cell" data-cell={`${ind.id}:${props.scenario.layout.horizons[cell % props.scenario.layout.horizons.length]}`}>
              <h4>{name()}</h4>
              <SweepChart
                columns={sweepColumns(r(), k(), scale())}
                target={target()}
                xLabel={assumptionName(r().path, i18n, true)}
                medianLabel={tr('sweep.median')}
                targetLabel={tr('sweep.target', { target: target() === null ? '–' : f(target()!) })}
                pLabel={tr('sweep.pTarget')}
                formatX={(x) => valueText(x / scale())}
                formatY={f}
                label={tr('sweep.chart', { indicator: name(), input: assumptionName(r().path, i18n) })}
              />
              <table class="sweep-table">
                <thead>
                  <tr>
                    <th scope="col">{tr('sweep.value')}</th>
                    <th scope="col">{tr('sweep.median')}</th>
                    <th scope="col">P10–P90</th>
                    <Show when={target() !== null}><th scope="col">P(≥ {f(target()!)})</th></Show>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().points}>
                    {(p) => (
                      <tr data-value={p.value}>
                        <th scope="row">{valueText(p.value)}</th>
                        <Show when={p.ok ? p : null} fallback={<td colSpan={target() === null ? 2 : 3} class="muted">{tr('sweep.unreachable')}</td>}>
                          {(ok) => (
                            <>
                              <td class="num" data-median={ok().cells[k()].p50}>{f(ok().cells[k()].p50)}</td>
                              <td class="num">{f(ok().cells[k()].p10)}–{f(ok().cells[k()].p90)}</td>
                              <Show when={target() !== null}><td class="num" data-p={ok().cells[k()].pMeetsTarget ?? ''}>{i18n.pct(ok().cells[k()].pMeetsTarget ?? 0)}</td></Show>
                            </>
                          )}
                        </Show>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          );
        }}
      </For>
      <Show when={r().points.some((p) => p.ok && p.jointAll)}>
        <section class="sweep-cell" data-cell="allTargets">
          <h4>{tr('sweep.all')}</h4>
          <table class="sweep-table">
            <thead><tr><th scope="col">{tr('sweep.value')}</th><th scope="col">P</th></tr></thead>
            <tbody>
              <For each={r().points}>
                {(p) => (
                  <tr data-value={p.value}>
                    <th scope="row">{valueText(p.value)}</th>
                    <td class="num" data-p={p.ok && p.jointAll ? p.jointAll.p : ''}>{p.ok && p.jointAll ? i18n.pct(p.jointAll.p) : p.ok ? '–' : tr('sweep.unreachable')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
      <button type="button" onClick={download}>{tr('sweep.csv')}</button>
    </div>
  );
}
