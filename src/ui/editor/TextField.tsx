import { For } from 'solid-js';
import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { errorsAt, fieldId } from './field-errors';

/**
 * A text of the document (a name, a unit's word), written as it is typed: an empty or too long
 * one stays as typed, with its rule beside it, and makes the draft invalid until put right.
 */
export function TextField(props: { path: DraftPath; label: string; subject?: string; size?: number; emptyIsNone?: boolean }) {
  const { state, actions } = useScenarios();
  const id = () => fieldId(props.path);
  const errors = () => errorsAt(state.parsed, props.path);
  const value = () => {
    const v = getIn(state.draft, props.path);
    return typeof v === 'string' ? v : '';
  };
  return (
    <div class="text-field">
      <label for={id()}>
        <span class="visually-hidden">{props.subject ? `${props.subject}: ` : ''}</span>
        {props.label}
      </label>
      <input
        type="text" id={id()} size={props.size ?? 20} value={value()} autocomplete="off"
        aria-invalid={errors().length > 0} aria-describedby={errors().length ? `${id()}-error` : undefined}
        onInput={(e) => actions.setAt(props.path, props.emptyIsNone && e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      />
      <For each={errors()}>{(m) => <span class="field-error" id={`${id()}-error`}>{m}</span>}</For>
    </div>
  );
}
