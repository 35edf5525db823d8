import type { JSX } from 'solid-js';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

/** The seed of an analysis run (compare, drivers, solver, precision): any text, as on the command line. */
export function SeedField(props: { seed: string; onInput: (seed: string) => void }): JSX.Element {
  const { tr } = useFeatureText(analysisMessages);
  return (
    <label class="field">
      <span>{tr('analysis.seed')}</span>
      <input type="text" size={6} value={props.seed} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </label>
  );
}
