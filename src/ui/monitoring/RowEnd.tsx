import { For, Show, type JSX } from 'solid-js';
import { fieldId } from '../editor/field-errors';
import type { PathError } from '../../scenario/parse';
import { useScenarios } from '../store/scenario-context';
import type { DraftPath } from '../store/draft-path';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/**
 * The end of an actuals row (an observed rate or an observation): its note, its remove
 * button, and the row's errors that belong to no one field.
 */
export function RowEnd(props: { notePath: DraftPath; note: unknown; removeLabel: string; onRemove: () => void; errors: PathError[] }): JSX.Element {
  const { tr } = useFeatureText(monitoringMessages);
  const { actions } = useScenarios();
  return (
    <>
      <label class="field note">
        <span>{tr('monitor.note')}</span>
        <input type="text" id={fieldId(props.notePath)} value={typeof props.note === 'string' ? props.note : ''} onInput={(e) => actions.setAt(props.notePath, e.currentTarget.value || undefined)} />
      </label>
      <button type="button" class="danger small" aria-label={props.removeLabel} onClick={() => props.onRemove()}>{tr('monitor.remove')}</button>
      <Show when={props.errors.length}>
        <p class="field-error row-errors"><For each={props.errors}>{(e) => <span>{e.message}</span>}</For></p>
      </Show>
    </>
  );
}
