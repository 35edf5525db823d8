import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { AnalysisClient } from '../../client/analysis-client';
import type { SolveResult } from '../../engine/analysis/solve';
import { cellOf, horizonOf, indicatorOf } from '../../engine/layout';
import { KIND_BOUNDS } from '../../scenario/resolve';
import { checksAtSolved, type Check } from '../../scenario/checks';
import type { ValidScenario } from '../../scenario/parse';
import { formatValue } from '../results/format';
import { createJob } from './create-job';
import { JobStatus } from './JobStatus';
import { SolveAnswer } from './SolveAnswer';
import { assumptionName } from './input-text';
import { chosenInputKind } from '../../engine/model';
import type { SolveQuestion } from './solve-text';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { SeedField } from './SeedField';

const ITERATIONS = 5_000;

/** What value of one uncertain input gives the wanted probability of meeting one target. */
export function SolvePanel(props: { client: AnalysisClient; scenario: ValidScenario }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const targetCells = createMemo(() => [...props.scenario.targets.keys()].filter((c) => !Number.isNaN(props.scenario.targets[c])));
  const inputs = createMemo(() => props.scenario.model.inputs.filter((x) => x.dist.type !== 'fixed'));
  const [cell, setCell] = createSignal(cellOf(props.scenario.layout, 'growthCompanies', 'total'));
  const [path, setPath] = createSignal('activities.A1.routing.proceed');
  const [confidence, setConfidence] = createSignal(80);
  const [seed, setSeed] = createSignal('1');
  const [answer, setAnswer] = createSignal<{ q: SolveQuestion; r: SolveResult; current: ValidScenario['model']['inputs'][number]['dist']; seed: string; crossed: Check[] } | null>(null);
  const job = createJob();
  const chosenCell = () => (targetCells().includes(cell()) ? cell() : targetCells()[0]);
  const chosenPath = () => (inputs().some((x) => x.path === path()) ? path() : inputs()[0]?.path);
  const confidenceOk = () => confidence() >= 1 && confidence() <= 99;
  const cellName = (c: number) => {
    const l = props.scenario.layout;
    const ind = indicatorOf(l, c);
    return `${props.scenario.labels.indicator(ind.id, i18n.lang())}, ${props.scenario.labels.horizon(horizonOf(l, c), i18n.lang())}: ${formatValue(i18n, ind.unit, props.scenario.targets[c], 1)}${ind.unit === 'dkk' ? ` ${i18n.t('results.millionDkk')}` : ''}`;
  };

  async function solve() {
    const kind = chosenInputKind(props.scenario.model, chosenPath()!);
    const q: SolveQuestion = { path: chosenPath()!, kind, cell: chosenCell(), confidence: confidence() / 100, target: props.scenario.targets[chosenCell()], bounds: KIND_BOUNDS[kind] };
    const s = seed().trim() || '1';
    const current = props.scenario.model.inputs.find((x) => x.path === q.path)!.dist;
    const r = await job.start((signal) =>
      props.client.solve({ ...props.scenario, seed: s, iterations: ITERATIONS, request: { cell: q.cell, confidence: q.confidence, path: q.path, bounds: q.bounds }, signal }),
    );
    if (r) setAnswer({ q, r, current, seed: s, crossed: checksAtSolved(props.scenario, q.path, r, q.bounds) });
  }

  return (
    <div class="solve">
      <p class="intro">{tr('solve.intro')}</p>
      <Show when={targetCells().length > 0} fallback={<p class="hint">{tr('solve.noTargets')}</p>}>
        <Show when={inputs().length > 0} fallback={<p class="hint">{tr('solve.noInputs')}</p>}>
          <div class="run-fields">
            <label class="field">
              <span>{tr('solve.cell')}</span>
              <select value={chosenCell()} onChange={(e) => setCell(Number(e.currentTarget.value))}>
                <For each={targetCells()}>{(c) => <option value={c}>{cellName(c)}</option>}</For>
              </select>
            </label>
            <label class="field">
              <span>{tr('solve.confidence')}</span>
              <input type="number" min={1} max={99} step={1} value={confidence()} aria-invalid={!confidenceOk()} onInput={(e) => setConfidence(Number(e.currentTarget.value))} />
            </label>
            <label class="field">
              <span>{tr('solve.input')}</span>
              <select value={chosenPath()} onChange={(e) => setPath(e.currentTarget.value)}>
                <For each={inputs()}>{(x) => <option value={x.path}>{assumptionName(x.path, i18n, true)}</option>}</For>
              </select>
            </label>
            <SeedField seed={seed()} onInput={setSeed} />
            <button type="button" class="primary" disabled={!confidenceOk() || job.running()} onClick={() => void solve()}>{tr('solve.run')}</button>
          </div>
          <Show when={!confidenceOk()}><p class="field-error">{tr('solve.confidenceInvalid')}</p></Show>
          <JobStatus job={job} />
          <Show when={answer()}>
            {(a) => <SolveAnswer scenario={props.scenario} question={a().q} result={a().r} current={a().current} iterations={ITERATIONS} seed={a().seed} crossed={a().crossed} />}
          </Show>
        </Show>
      </Show>
    </div>
  );
}
