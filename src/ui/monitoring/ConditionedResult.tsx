import { Show, type JSX } from 'solid-js';
import type { Observation } from '../../engine/conditioning/condition';
import type { ValidScenario } from '../../scenario/parse';
import { BeforeAfterTable } from './BeforeAfterTable';
import { LOW_ESS, movedInputs } from '../../engine/conditioning/condition';
import { beforeAfterRows, type ConditionedRun } from './conditioned-rows';
import { MovedInputs } from './MovedInputs';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/** One conditioning run: the effective sample size first (it says how far to trust the rest), then before/after and the assumptions moved. */
export function ConditionedResult(props: { run: ConditionedRun; scenario: ValidScenario; observations: Observation[]; seed: string; stale: boolean }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const ess = () => props.run.updated.effectiveSampleSize;
  const low = () => ess() < LOW_ESS;
  return (
    <div class="conditioned" classList={{ stale: props.stale }} data-ess={ess()}>
      <p class="ess" classList={{ low: low() }}>
        {tr('monitor.ess', { ess: i18n.num(ess()), n: i18n.num(props.run.updated.iterations) })}
      </p>
      <Show when={low()}>
        <p class="status warning ess-warning" role="alert">{tr('monitor.essLow', { ess: i18n.num(ess()) })}</p>
      </Show>
      <Show when={props.stale}><p class="status">{tr('monitor.stale')}</p></Show>
      <p class="hint">{tr('monitor.header', { n: i18n.num(props.run.updated.iterations), seed: props.seed })}</p>
      <BeforeAfterTable rows={beforeAfterRows(props.scenario.layout, props.run, props.observations)} labels={props.scenario.labels} />
      <MovedInputs inputs={movedInputs(props.run.updated.inputs)} />
    </div>
  );
}
