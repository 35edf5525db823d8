import { createEffect, createSignal, on } from 'solid-js';
import { useScenarios } from '../store/scenario-context';
import { pathError, problem, type PathError } from '../../scenario/errors';
import { getIn, pathString } from '../store/draft-path';
import { errorShownAt, errorsUnder } from './field-errors';
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
  // Emptied, or outside 0–100 %, the field changes nothing (the range stays as it was) but
  // says why, as every other field does.
  const at = pathString(MOBILISATION_PATH);
  const refusal = (v: number | string): PathError | null => {
    if (v === '') return pathError(at, problem('notNumber', { text: '' }));
    if (typeof v !== 'number') return null;
    if (v < 0) return pathError(at, problem('outOfRange', { value: v, bound: 0, side: 'low', kind: 'probability' }));
    if (v > 1) return pathError(at, problem('outOfRange', { value: v, bound: 1, side: 'high', kind: 'probability' }));
    return null;
  };
  const [refused, setRefused] = createSignal<PathError | null>(null);
  // A range changed elsewhere (another scenario, its bounds under A1) is what the field shows now: a refusal of earlier typing no longer applies.
  createEffect(on(spec, (s) => s !== written && setRefused(null), { defer: true }));
  return (
    <div class="mobilisation">
      <NumberField
        id="mobilisation"
        label={t('editor.mobilisation')}
        value={centreOf(spec())}
        scale={100}
        unit="%"
        errors={refused() ? [errorShownAt(refused()!, at)] : errorsUnder(state.parsed, MOBILISATION_PATH).map((e) => e.message)}
        onValue={(v) => {
          setRefused(refusal(v));
          if (typeof v !== 'number' || refused()) return;
          actions.setAt(MOBILISATION_PATH, (written = withCentre(start(), v, 'probability')));
        }}
      />
      <p class="hint">{t('editor.mobilisationHint')}</p>
    </div>
  );
}
