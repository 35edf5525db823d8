import { For, Show, type JSX } from 'solid-js';
import { diffScenarios } from '../../scenario/diff';
import { assumptionName, formatAssumption } from '../analysis/input-text';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { inputKindOf, type Model } from '../../engine/model';

/** Fields that name or describe a scenario rather than assume anything. */
const NOT_ASSUMPTIONS = new Set(['id', 'name', 'description', 'schemaVersion']);

/** The assumptions in which one scenario differs from the reference, in planner terms, as text. */
export function AssumptionDiff(props: { reference: { name: string; doc: unknown; model: Pick<Model, 'inputs'> }; other: { name: string; doc: unknown; model: Pick<Model, 'inputs'> } }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const diffs = () => diffScenarios(props.reference.doc, props.other.doc).filter((d) => !NOT_ASSUMPTIONS.has(d.path));
  const absent = () => tr('compare.absent');
  return (
    <section class="assumption-diff">
      <h3>{props.other.name}: {tr('compare.assumptions', { a: props.reference.name })}</h3>
      <Show when={diffs().length > 0} fallback={<p class="hint">{tr('compare.noDifferences')}</p>}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('compare.assumption')}</th>
              <th scope="col">{props.reference.name}</th>
              <th scope="col">{props.other.name}</th>
            </tr>
          </thead>
          <tbody>
            <For each={diffs()}>
              {(d) => (
                <tr>
                  <th scope="row" title={d.path}>{assumptionName(d.path, i18n, true)}</th>
                  <td>{formatAssumption(d.a, inputKindOf(props.reference.model, d.path), i18n, absent())}</td>
                  <td>{formatAssumption(d.b, inputKindOf(props.other.model, d.path), i18n, absent())}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
