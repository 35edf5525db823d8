import { For, type JSX } from 'solid-js';
import type { ScenarioEntry } from '../store/store-types';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

/** Up to four scenarios to compare, one of them the reference. */
export function ScenarioPicker(props: {
  entries: ScenarioEntry[]; chosen: string[]; reference: string | null;
  onToggle: (id: string, on: boolean) => void; onReference: (id: string) => void;
}): JSX.Element {
  const { tr } = useFeatureText(analysisMessages);
  return (
    <fieldset class="scenario-picker">
      <legend>{tr('compare.pick')}</legend>
      <For each={props.entries}>
        {(e) => (
          <div class="pick-row">
            <label>
              <input
                type="checkbox" checked={props.chosen.includes(e.id)}
                disabled={!props.chosen.includes(e.id) && props.chosen.length >= 4}
                onChange={(ev) => props.onToggle(e.id, ev.currentTarget.checked)}
              />
              <span>{e.name}</span>
            </label>
            <label class="muted ref-choice">
              <input
                type="radio" name="compare-reference" checked={props.reference === e.id} disabled={!props.chosen.includes(e.id)}
                aria-label={`${tr('compare.reference')}: ${e.name}`} onChange={() => props.onReference(e.id)}
              />
              {tr('compare.reference')}
            </label>
          </div>
        )}
      </For>
    </fieldset>
  );
}
