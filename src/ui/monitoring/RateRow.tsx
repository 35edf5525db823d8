import { For, Show, type JSX } from 'solid-js';
import { assumptionName } from '../analysis/input-text';
import { fieldId } from '../editor/field-errors';
import { NumberField } from '../editor/NumberField';
import { useScenarios } from '../store/scenario-context';
import { useActualRow } from './use-actual-row';
import { RowEnd } from './RowEnd';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

const FIELDS = ['input', 'successes', 'trials', 'note'];

/** One observed rate, "26 of 60 mobilised": which uncertain rate, successes out of trials, a note; its errors beside it. */
export function RateRow(props: { index: number; paths: readonly string[]; onRemove: () => void }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const { actions } = useScenarios();
  const { entry, path, errs, other, invalid, name } = useActualRow('rates', () => props.index, FIELDS);
  const chosen = () => String(entry().input ?? '');
  // A path written by hand that is not an uncertain rate still shows, with its error.
  const options = () => (props.paths.includes(chosen()) || !chosen() ? props.paths : [chosen(), ...props.paths]);
  return (
    <li class="actual-row rate" data-index={props.index} classList={{ invalid: invalid() }}>
      <label class="field">
        <span>{tr('monitor.input')}</span>
        <select id={fieldId(path('input'))} value={chosen()} aria-invalid={errs('input').length ? 'true' : undefined} onChange={(e) => actions.setAt(path('input'), e.currentTarget.value)}>
          <For each={options()}>{(p) => <option value={p}>{assumptionName(p, i18n, true)}</option>}</For>
        </select>
        <Show when={errs('input').length}><span class="field-error">{errs('input').join(' ')}</span></Show>
      </label>
      <NumberField id={fieldId(path('successes'))} label={<><span class="visually-hidden">{name()}: </span>{tr('monitor.successes')}</>} value={entry().successes} errors={errs('successes')} onValue={(v) => actions.setAt(path('successes'), v)} />
      <NumberField id={fieldId(path('trials'))} label={<><span class="visually-hidden">{name()}: </span>{tr('monitor.trials')}</>} value={entry().trials} errors={errs('trials')} onValue={(v) => actions.setAt(path('trials'), v)} />
      <RowEnd notePath={path('note')} note={entry().note} removeLabel={tr('monitor.removeRate', { n: props.index + 1 })} onRemove={props.onRemove} errors={other()} />
    </li>
  );
}
