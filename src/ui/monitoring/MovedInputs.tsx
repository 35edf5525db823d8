import { For, Show, type JSX } from 'solid-js';
import type { InputUpdate } from '../../engine/conditioning/condition';
import { assumptionName, formatInputValue } from '../analysis/input-text';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/** The assumptions the actuals moved: prior mean → updated mean, and whether exactly or by weighting. */
export function MovedInputs(props: { inputs: InputUpdate[] }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const f = (x: InputUpdate, m: number) => formatInputValue(m, x.kind, i18n);
  return (
    <div class="moved-inputs">
      <h3>{tr('monitor.moved')}</h3>
      <Show when={props.inputs.length} fallback={<p class="hint">{tr('monitor.movedNone')}</p>}>
        <table class="assumption-diff">
          <tbody>
            <For each={props.inputs}>
              {(x) => (
                <tr data-path={x.path} data-prior-mean={x.priorMean} data-updated-mean={x.updatedMean}>
                  <th scope="row">{assumptionName(x.path, i18n, true)}</th>
                  <td class="num">{f(x, x.priorMean)} → <strong class="updated-mean">{f(x, x.updatedMean)}</strong></td>
                  <td class="muted">{tr(x.how === 'conjugate' ? 'monitor.how.conjugate' : 'monitor.how.weights')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
