import { createSignal, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { parseWhole } from '../editor/number-text';

/**
 * A whole number (iterations) typed as a planner writes it, grouped or not: "100.000" in
 * Danish is a hundred thousand, which a number input would read as 100. Reports NaN while
 * the text is not a whole number; the caller says why it cannot run.
 */
export function CountField(props: { label: string; value: number; onValue: (n: number) => void; invalid?: boolean; describedBy?: string }): JSX.Element {
  const { num } = useI18n();
  const [text, setText] = createSignal(num(props.value));
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="text" inputmode="numeric" size={10} value={text()}
        aria-invalid={props.invalid === true} aria-describedby={props.describedBy}
        onInput={(e) => {
          setText(e.currentTarget.value);
          props.onValue(parseWhole(e.currentTarget.value) ?? NaN);
        }}
      />
    </label>
  );
}
