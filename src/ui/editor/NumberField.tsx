import { createEffect, createSignal, For, on, onCleanup, Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { editableNumber, parseNumber } from './number-text';
import { useText } from './use-text';

/**
 * How long typing must pause before what is typed is taken as the planner's entry. Leaving
 * the field, Enter and the arrow keys take it at once; keystrokes in between ("1", "15" on
 * the way to "150") are never taken, so they are never forecast or saved.
 */
export const COMMIT_PAUSE_MS = 600;

/**
 * A labelled number field. It keeps what the planner types (so "0," is not rewritten to "0")
 * and reports each entry once it is made (see COMMIT_PAUSE_MS); `scale` 100 shows a fraction
 * as a percentage.
 */
export function NumberField(props: {
  id: string;
  label: JSX.Element;
  value: unknown;
  scale?: number;
  unit?: string;
  errors?: string[];
  /** An entry: a number in the stored scale, or the raw text when it is not a number; and the text as typed. */
  onValue: (value: number | string, text: string) => void;
}) {
  const t = useText();
  const { lang } = useI18n();
  const scale = () => props.scale ?? 1;
  const show = (v: unknown) => (typeof v === 'number' ? editableNumber(v * scale(), lang()) : typeof v === 'string' ? v : '');
  const [text, setText] = createSignal(show(props.value));
  /** Typed and not yet taken: the entry is made at a pause, on leaving the field, or with Enter. */
  let typing = false;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const commit = () => {
    clearTimeout(pause);
    pause = undefined;
    if (!typing) return;
    typing = false;
    const x = parseNumber(text(), lang(), props.unit);
    props.onValue(x === null ? text() : x / scale(), text());
  };
  // A field that goes away (its section closed, its type changed) keeps what was typed in it.
  onCleanup(commit);
  // A new language rewrites the decimal mark of what is shown.
  createEffect(on(lang, () => parseNumber(text(), lang(), props.unit) !== null && !typing && setText(show(props.value)), { defer: true }));
  // Follow the stored value when it changes from elsewhere (another field, undo, another
  // scenario), unless the planner is typing here.
  createEffect(
    on(() => props.value, (v) => {
      if (typing) return;
      const typed = parseNumber(text(), lang(), props.unit);
      const same = typeof v === 'number' ? typed !== null && Math.abs(typed / scale() - v) <= 1e-12 * Math.max(1, Math.abs(v)) : text() === v;
      if (!same) setText(show(v));
    }, { defer: true }),
  );
  const local = () => (parseNumber(text(), lang(), props.unit) === null && text() !== '' ? [t('editor.invalidNumber')] : []);
  const errors = () => (local().length ? local() : props.errors ?? []);
  const onInput = (e: InputEvent & { currentTarget: HTMLInputElement }) => {
    setText(e.currentTarget.value);
    typing = true;
    clearTimeout(pause);
    pause = setTimeout(commit, COMMIT_PAUSE_MS);
  };
  // Up and down arrows step the number shown: by 1, by 0.1 where it has decimals, by a tenth
  // of its order of magnitude from 100 up (1.500.000 kr. by 100.000); ten times that with Shift.
  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLInputElement }) => {
    if (e.key === 'Enter') return commit();
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const x = parseNumber(text(), lang(), props.unit);
    if (x === null) return;
    e.preventDefault();
    const decimals = Math.abs(x) < 100 && !Number.isInteger(x);
    const step = Math.abs(x) >= 100 ? 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1) : decimals ? 0.1 : 1;
    // Every number here is 0 or more, and a percentage at most 100: the arrows stop there.
    const most = props.scale === 100 ? 100 : Infinity;
    const next = Math.min(most, Math.max(0, Math.round((x + (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1)) * 1e9) / 1e9));
    setText(editableNumber(next, lang()));
    typing = true;
    commit();
  };
  // Leaving the field writes the number as it was read ("3.5" in Danish becomes "3,5"), so a
  // planner sees how the field understood it; while typing, the text is left as typed.
  const onBlur = () => {
    commit();
    const x = parseNumber(text(), lang(), props.unit);
    if (x !== null) setText(editableNumber(x, lang()));
  };
  return (
    <div class="number-field" classList={{ invalid: errors().length > 0 }}>
      <label for={props.id}>{props.label}</label>
      <span class="number-input">
        <input
          id={props.id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          value={text()}
          onInput={onInput}
          onChange={commit}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          aria-invalid={errors().length > 0 ? 'true' : undefined}
          aria-describedby={[props.unit ? `${props.id}-unit` : '', errors().length ? `${props.id}-error` : ''].join(' ').trim() || undefined}
        />
        <Show when={props.unit}>
          <span class="unit" id={`${props.id}-unit`}>{props.unit}</span>
        </Show>
      </span>
      <Show when={errors().length > 0}>
        <span class="field-error" id={`${props.id}-error`}>
          <For each={errors()}>{(m) => <span>{m}</span>}</For>
        </span>
      </Show>
    </div>
  );
}
