import { Show } from 'solid-js';
import { useScenarios } from '../store/scenario-context';
import { mobilisationPath } from '../store/draft-programme';
import { pathError, problem, type Problem } from '../../scenario/errors';
import { getIn, pathString } from '../store/draft-path';
import { errorShownAt, errorsUnder } from './field-errors';
import { centreOf, withCentre } from './input-spec';
import { NumberField } from './NumberField';
import { useText } from './use-text';

/** The key of the mobilisation field's refused text (see ScenarioState.fieldTexts), which names it in errors. */
const MOBILISATION_KEY = 'mobilisation';

/**
 * The application's key assumption in one field: the most likely share of the entry
 * activity's companies (A1's) that mobilise. Changing it moves the whole distribution, keeping
 * its spread.
 */
export function MobilisationField() {
  const { state } = useScenarios();
  // Offered where the programme has one entry activity that companies leave by mobilising (A1).
  return <Show when={mobilisationPath(state.draft)}>{(path) => <Mobilisation path={path()} />}</Show>;
}

function Mobilisation(props: { path: string[] }) {
  const t = useText();
  const { state, actions } = useScenarios();
  const spec = () => getIn(state.draft, props.path);
  // The distribution as it was before this field first moved it: every entry moves that one,
  // so passing through 3 % or 95 % on the way to 35 % (where the bounds are cut at 0 or
  // 100 %) does not cut the spread of the range the planner ends with, within one typing or
  // across several.
  let before: unknown;
  // What this field last wrote: a range that differs from it was changed elsewhere meanwhile
  // (its bounds edited under A1, another scenario opened, another tab's save taken in) and
  // becomes the new starting point.
  let written: unknown;
  const start = () => (before !== undefined && spec() === written ? before : (before = spec()));
  // Emptied, not a number, or outside 0–100 %, the entry changes no number (the range stays
  // as it was) but is kept as typed, with why, and makes the draft invalid until it is put
  // right: what the field says is never silently not what is forecast.
  const at = () => pathString(props.path);
  const refusal = (v: number | string, text: string): Problem | null => {
    if (typeof v !== 'number') return problem('notNumber', { text });
    if (v < 0) return problem('outOfRange', { value: v, bound: 0, side: 'low', kind: 'probability' });
    if (v > 1) return problem('outOfRange', { value: v, bound: 1, side: 'high', kind: 'probability' });
    return null;
  };
  const refused = () => state.fieldTexts[MOBILISATION_KEY];
  return (
    <div class="mobilisation">
      <NumberField
        id="mobilisation"
        label={t('editor.mobilisation')}
        value={refused()?.text ?? centreOf(spec())}
        scale={100}
        unit="%"
        errors={refused() ? [errorShownAt(pathError(MOBILISATION_KEY, refused()!.problem), MOBILISATION_KEY)] : errorsUnder(state.parsed, props.path).map((e) => e.message)}
        onValue={(v, text) => {
          const wrong = refusal(v, text);
          if (wrong) return actions.setFieldText(MOBILISATION_KEY, { text, problem: wrong, path: at() });
          actions.setFieldText(MOBILISATION_KEY, null);
          actions.setAt(props.path, (written = withCentre(start(), v as number, 'probability')));
        }}
      />
      <p class="hint">{t('editor.mobilisationHint', { id: props.path[1] })}</p>
    </div>
  );
}
