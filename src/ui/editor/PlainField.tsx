import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { errorsAt, fieldId } from './field-errors';
import { NumberField } from './NumberField';

/** A plain number of the document (not uncertain), with its unit and errors. */
export function PlainField(props: { path: DraftPath; label: string; unit?: string; subject?: string }) {
  const { state, actions } = useScenarios();
  return (
    <NumberField
      id={fieldId(props.path)}
      label={
        <>
          <span class="visually-hidden">{props.subject ? `${props.subject}: ` : ''}</span>
          {props.label}
        </>
      }
      value={getIn(state.draft, props.path)}
      unit={props.unit}
      errors={errorsAt(state.parsed, props.path)}
      onValue={(v) => actions.setAt(props.path, v)}
    />
  );
}
