import { For, Show, type JSX } from 'solid-js';
import { assumptionName } from '../analysis/input-text';
import { errorsAt, errorsUnder, fieldId } from '../editor/field-errors';
import { NumberField } from '../editor/NumberField';
import { useScenarios } from '../store/scenario-context';
import { entriesOf, entryPath } from './actuals-doc';
import { RowEnd } from './RowEnd';
import { useMonitoringText } from './use-monitoring-text';

const FIELDS = ['input', 'successes', 'trials', 'note'];

/** One observed rate, "26 of 60 mobilised": which uncertain rate, successes out of trials, a note; its errors beside it. */
export function RateRow(props: { index: number; paths: readonly string[]; onRemove: () => void }): JSX.Element {
  const { i18n, tr } = useMonitoringText();
  const { state, actions } = useScenarios();
  const entry = () => entriesOf(state.draft, 'rates')[props.index] ?? {};
  const path = (f: string) => entryPath('rates', props.index, f);
  const errs = (f: string) => errorsAt(state.parsed, path(f));
  const other = () => errorsUnder(state.parsed, entryPath('rates', props.index)).filter((e) => !FIELDS.some((f) => e.path === path(f).join('.')));
  const chosen = () => String(entry().input ?? '');
  // A path written by hand that is not an uncertain rate still shows, with its error.
  const options = () => (props.paths.includes(chosen()) || !chosen() ? props.paths : [chosen(), ...props.paths]);
  const name = () => `${tr('monitor.rates')} ${props.index + 1}`;
  return (
    <li class="actual-row rate" data-index={props.index} classList={{ invalid: errorsUnder(state.parsed, entryPath('rates', props.index)).length > 0 }}>
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
