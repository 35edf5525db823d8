import { createMemo, Index, Show, For, type JSX } from 'solid-js';
import { errorLabel, errorMessage, errorsAt, fieldId } from '../editor/field-errors';
import { getIn } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { entriesOf, looseErrors, withoutEntry } from './actuals-doc';
import { ObservationRow } from './ObservationRow';
import { RateRow } from './RateRow';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/**
 * The actuals of the current scenario document, edited in place (its `actuals` field), so
 * they are saved with the scenario. A new entry starts without numbers: the schema asks for them.
 */
export function ActualsEditor(): JSX.Element {
  const { tr } = useFeatureText(monitoringMessages);
  const { state, actions } = useScenarios();
  const observations = () => entriesOf(state.draft, 'observations');
  const rates = () => entriesOf(state.draft, 'rates');
  // The uncertain rates of the last valid version: an invalid actual must not empty the list.
  const ratePaths = createMemo(() => (state.lastValid?.model.inputs ?? []).filter((x) => x.dist.type !== 'fixed' && x.kind === 'probability').map((x) => x.path));
  const asOf = () => {
    const v = getIn(state.draft, ['actuals', 'asOf']);
    return typeof v === 'string' ? v : '';
  };
  const asOfErrors = () => errorsAt(state.parsed, ['actuals', 'asOf']);
  const loose = () => (state.parsed.ok ? [] : looseErrors(state.parsed.errors));
  const addObservation = () => actions.setAt(['actuals', 'observations', observations().length], { indicator: 'participants.A1', horizon: 'period1' });
  const addRate = () => actions.setAt(['actuals', 'rates', rates().length], { input: ratePaths().includes('activities.A1.routing.proceed') ? 'activities.A1.routing.proceed' : ratePaths()[0] });
  const remove = (list: 'observations' | 'rates', i: number) => actions.setAt(['actuals'], withoutEntry(state.draft, list, i));
  return (
    <div class="actuals-editor">
      <label class="field as-of">
        <span>{tr('monitor.asOf')}</span>
        <input
          type="date" id={fieldId(['actuals', 'asOf'])} value={asOf()}
          aria-invalid={asOfErrors().length ? 'true' : undefined}
          onChange={(e) => actions.setAt(['actuals', 'asOf'], e.currentTarget.value || undefined)}
        />
        <Show when={asOfErrors().length}><span class="field-error">{asOfErrors().join(' ')}</span></Show>
      </label>
      <p class="hint">{tr('monitor.asOfHint')}</p>
      <h3>{tr('monitor.observations')}</h3>
      <Show when={observations().length} fallback={<p class="hint">{tr('monitor.noObservations')}</p>}>
        <ol class="actual-list">
          <Index each={observations()}>{(_, i) => <ObservationRow index={i} onRemove={() => remove('observations', i)} />}</Index>
        </ol>
      </Show>
      <button type="button" class="small" onClick={addObservation}>{tr('monitor.addObservation')}</button>
      <p class="hint">{tr('monitor.toleranceHint')}</p>
      <h3>{tr('monitor.rates')}</h3>
      <Show when={rates().length} fallback={<p class="hint">{tr('monitor.noRates')}</p>}>
        <ol class="actual-list">
          <Index each={rates()}>{(_, i) => <RateRow index={i} paths={ratePaths()} onRemove={() => remove('rates', i)} />}</Index>
        </ol>
      </Show>
      <Show when={ratePaths().length} fallback={<p class="hint">{tr('monitor.noRateInputs')}</p>}>
        <button type="button" class="small" onClick={addRate}>{tr('monitor.addRate')}</button>
      </Show>
      <Show when={loose().length}>
        <ul class="field-error loose-errors" role="status">
          <For each={loose()}>{(e) => <li>{errorLabel(e)} – {errorMessage(e)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
