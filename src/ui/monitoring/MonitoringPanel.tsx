import { createSignal, Show, type JSX } from 'solid-js';
import { CountField } from '../analysis/CountField';
import type { AnalysisClient } from '../../client/analysis-client';
import type { Observation } from '../../engine/conditioning/condition';
import type { ValidScenario } from '../../scenario/parse';
import { createJob } from '../analysis/create-job';
import { JobStatus } from '../analysis/JobStatus';
import { useScenarios } from '../store/scenario-context';
import { ActualsEditor } from './ActualsEditor';
import type { ConditionedRun } from './conditioned-rows';
import { ConditionedResult } from './ConditionedResult';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';
import './monitoring.css';

interface Done { run: ConditionedRun; observations: Observation[]; seed: string; scenario: ValidScenario }

/**
 * Monitoring: the planner enters what has happened (kept in the scenario's `actuals`) and
 * conditions the forecast on it in the analysis worker. Shown even while the scenario is
 * invalid, since an invalid actual is one reason it can be, and its error belongs here.
 */
export function MonitoringPanel(props: { client: AnalysisClient }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const store = useScenarios();
  const [iterations, setIterations] = createSignal(20_000);
  const [seed, setSeed] = createSignal('1');
  const [done, setDone] = createSignal<Done | null>(null);
  const job = createJob();
  const valid = () => (store.state.parsed.ok ? store.state.parsed.value : null);
  const actualsWrong = () => !store.state.parsed.ok && store.state.parsed.errors.some((e) => e.path === 'actuals' || e.path.startsWith('actuals.'));
  const count = () => (valid()?.actuals ? valid()!.actuals!.observations.length + valid()!.actuals!.rates.length : 0);
  const iterationsOk = () => Number.isInteger(iterations()) && iterations() >= 1000;
  const reason = () => (actualsWrong() ? tr('monitor.errors') : !valid() ? tr('monitor.scenarioErrors') : count() === 0 ? tr('monitor.nothing') : null);

  async function run() {
    const v = valid();
    if (!v?.actuals) return;
    const s = seed().trim() || '1';
    const { observations, rates } = v.actuals;
    const r = await job.start((signal) => props.client.condition({ model: v.model, targets: v.targets, seed: s, iterations: iterations(), observations, rates, signal }));
    if (r) setDone({ run: r, observations, seed: s, scenario: v });
  }

  return (
    <div class="monitoring">
      <p class="intro">{tr('monitor.intro')}</p>
      <ActualsEditor />
      <div class="run-fields monitoring-run">
        <CountField label={tr('monitor.iterations')} value={iterations()} onValue={setIterations} invalid={!iterationsOk()} />
        <label class="field">
          <span>{tr('monitor.seed')}</span>
          <input type="text" size={6} value={seed()} onInput={(e) => setSeed(e.currentTarget.value)} />
        </label>
        <button type="button" class="primary" disabled={reason() !== null || !iterationsOk() || job.running()} onClick={() => void run()}>{tr('monitor.run')}</button>
      </div>
      <Show when={reason()}>{(m) => <p class="hint run-blocked">{m()}</p>}</Show>
      <JobStatus job={job} />
      <Show when={done()}>
        {(d) => <ConditionedResult run={d().run} scenario={d().scenario} observations={d().observations} seed={d().seed} stale={job.running() || valid() !== d().scenario} />}
      </Show>
    </div>
  );
}
