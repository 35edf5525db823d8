import { createSignal } from 'solid-js';
import { useScenarios } from '../store/scenario-context';
import { pathError, problem } from '../../scenario/errors';
import { getIn, pathString } from '../store/draft-path';
import { errorMessage, errorsUnder } from './field-errors';
import { centreOf, withCentre } from './input-spec';
import { NumberField } from './NumberField';
import { useText } from './use-text';

export const MOBILISATION_PATH = ['activities', 'A1', 'routing', 'proceed'] as const;

/**
 * The application's key assumption in one field: the most likely share of A1 companies that
 * mobilise. Changing it moves the whole distribution, keeping its spread.
 */
export function MobilisationField() {
  const t = useText();
  const { state, actions } = useScenarios();
  const spec = () => getIn(state.draft, MOBILISATION_PATH);
  // The distribution as it was when the planner started typing here: every keystroke moves
  // that one, so passing through 3 % or 150 % on the way to 35 % (where the bounds are cut
  // at 0 or 100 %) does not cut the spread of the range the planner ends with.
  let before: unknown;
  // What this field last wrote: a range that differs from it was changed elsewhere meanwhile
  // (another tab's save taken in, a conflict resolved) and becomes the new starting point.
  let written: unknown;
  const start = () => (before !== undefined && spec() === written ? before : (before = spec()));
  // Emptied, the field changes nothing (the range stays as it was) but says so, as every other field does.
  const [empty, setEmpty] = createSignal(false);
  const emptyMessage = () => errorMessage(pathError(pathString(MOBILISATION_PATH), problem('notNumber', { text: '' })));
  return (
    <div class="mobilisation" onFocusOut={() => (before = undefined)}>
      <NumberField
        id="mobilisation"
        label={t('editor.mobilisation')}
        value={centreOf(spec())}
        scale={100}
        unit="%"
        errors={empty() ? [emptyMessage()] : errorsUnder(state.parsed, MOBILISATION_PATH).map((e) => e.message)}
        onValue={(v) => {
          setEmpty(v === '');
          if (typeof v !== 'number') return;
          actions.setAt(MOBILISATION_PATH, (written = withCentre(start(), v, 'probability')));
        }}
      />
      <p class="hint">{t('editor.mobilisationHint')}</p>
    </div>
  );
}
