import { For, Show } from 'solid-js';
import type { DistType } from '../../engine/dist';
import type { InputKind } from '../../scenario/resolve';
import { useI18n, type MessageKey } from '../i18n';
import { getIn, pathString, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { DensityPreview } from './DensityPreview';
import { errorsAt, fieldId } from './field-errors';
import { noteText } from '../../scenario/note';
import { DIST_TYPES, typesFor, fieldScale, hasInterval, noteOf, specFields, specForm, specType, withForm, withModeFrom, withType, type Form } from './input-spec';
import { NoteField } from './NoteField';
import { NumberField } from './NumberField';
import { useText } from './use-text';

/** Shape parameters and counts have no unit. */
const SHAPE = ['alpha', 'beta', 'mu', 'sigma', 'successes', 'trials'];

/**
 * One uncertain input: its distribution type, whether it is given as a 90 % interval or by
 * its parameters, the numbers, a density preview and the planner's note.
 */
export function InputEditor(props: { path: DraftPath; kind: InputKind; label: string; subject?: string }) {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const spec = () => getIn(state.draft, props.path);
  const id = () => fieldId(props.path);
  /** The input's full name, for the labels of its fields: "A1: Seats filled". */
  const name = () => (props.subject ? `${props.subject}: ${props.label}` : props.label);
  /** A plain number (or what was typed in its place): the input is its own only field. */
  const plain = () => typeof spec() !== 'object' || spec() === null;
  // A plain number's errors are shown at its field; a distribution's at the fields that break
  // a rule, and at the distribution when no one field does.
  const ownErrors = () => (plain() ? [] : errorsAt(state.parsed, props.path));
  const anyErrors = () => {
    const p = pathString(props.path);
    return !state.parsed.ok && state.parsed.errors.some((e) => e.path === p || e.path.startsWith(`${p}.`));
  };
  const form = () => specForm(spec());
  const unit = () => t(`editor.unit.${props.kind}` as MessageKey);
  // A function, not a conditional in the JSX: Solid would wrap that in a memo, which the number
  // field's input handler would create outside any owner (and never dispose).
  const unitOf = (f: string) => (SHAPE.includes(f) ? undefined : unit());
  const fieldPath = (f: string): DraftPath => (plain() ? props.path : [...props.path, f]);
  /** The type's select has the input's id, which the error summary focuses, unless a plain number's field has it. */
  const typeId = () => (plain() ? `${id()}-type` : id());
  // Each type and form as the planner left it by choosing another: choosing it again brings
  // those numbers back (PERT → lognormal → PERT, or the 90 % interval ticked and unticked, is
  // the input as it was), unless a number was changed in between.
  const left = new Map<string, unknown>();
  let switched: unknown;
  const shape = (s: unknown) => `${specType(s)}/${specForm(s)}`;
  const switchTo = (key: string, convert: (now: unknown) => unknown) => {
    const now = spec();
    if (now !== switched) left.clear();
    left.set(shape(now), now);
    switched = left.get(key) ?? convert(now);
    // A most likely value lost on the way (through a uniform) comes back from where it was left.
    if (!left.has(key)) switched = withModeFrom([...left.values()], switched);
    actions.setAt(props.path, switched);
  };
  const setType = (type: DistType) => {
    // The type as it was left, in the form now used if it was left so, else in whichever form.
    const same = `${type}/${specForm(spec())}`;
    const key = left.has(same) ? same : ([...left.keys()].find((k) => k.startsWith(`${type}/`)) ?? same);
    switchTo(key, (now) => withType(now, type, props.kind));
  };
  /** The types this input can take, and its own type even when it cannot (so the picker shows it). */
  const types = () => DIST_TYPES.filter((type) => typesFor(props.kind).includes(type) || type === specType(spec()));
  const setForm = (f: Form) => switchTo(`${specType(spec())}/${f}`, (now) => withForm(now, f, props.kind));
  const setNote = (note: string) => {
    const s = spec();
    if (typeof s === 'number') actions.setAt(props.path, { type: 'fixed', value: s, note });
    else actions.setAt([...props.path, 'note'], note || undefined);
  };

  return (
    <fieldset class="input-editor" classList={{ invalid: anyErrors() }}>
      <legend>
        <Show when={props.subject}>
          <span class="visually-hidden">{props.subject}: </span>
        </Show>
        {props.label}
      </legend>
      <div class="input-controls">
        <div class="select-field">
          <label for={typeId()}>
            <span class="visually-hidden">{name()}: </span>
            {t('editor.distribution')}
          </label>
          <select
            id={typeId()}
            value={specType(spec())}
            onChange={(e) => setType(e.currentTarget.value as DistType)}
            aria-invalid={ownErrors().length > 0 ? 'true' : undefined}
            aria-describedby={ownErrors().length > 0 ? `${id()}-error` : undefined}
          >
            <For each={types()}>{(type) => <option value={type}>{t(`editor.type.${type}` as MessageKey)}</option>}</For>
          </select>
        </div>
        <Show when={hasInterval(specType(spec()))}>
          <label class="checkbox form-toggle">
            <input type="checkbox" checked={form() === 'interval'} onChange={(e) => setForm(e.currentTarget.checked ? 'interval' : 'native')} />
            <span class="visually-hidden">{name()}: </span>
            {t('editor.form.interval')}
          </label>
        </Show>
        {/* A beta can be written as counts from an earlier programme; the preview shows the 90 % interval they give. */}
        <Show when={specType(spec()) === 'beta'}>
          <label class="checkbox form-toggle">
            <input type="checkbox" checked={form() === 'counts'} onChange={(e) => setForm(e.currentTarget.checked ? 'counts' : 'native')} />
            <span class="visually-hidden">{name()}: </span>
            {t('editor.form.counts')}
          </label>
        </Show>
        <DensityPreview spec={spec()} kind={props.kind} />
      </div>
      <div class="input-fields">
        <For each={specFields(spec())}>
          {(f) => (
            <NumberField
              id={fieldId(fieldPath(f))}
              label={
                <>
                  <span class="visually-hidden">{name()}: </span>
                  {t(`editor.field.${f}` as MessageKey)}
                </>
              }
              value={getIn(state.draft, fieldPath(f))}
              scale={fieldScale(props.kind, f)}
              unit={unitOf(f)}
              errors={errorsAt(state.parsed, fieldPath(f))}
              onValue={(v) => actions.setAt(fieldPath(f), v)}
            />
          )}
        </For>
      </div>
      <Show when={ownErrors().length > 0}>
        <p class="field-error" id={`${id()}-error`}>
          <For each={ownErrors()}>{(m) => <span>{m}</span>}</For>
        </p>
      </Show>
      <NoteField id={`${id()}-note`} subject={name()} value={noteText(noteOf(spec()), lang())} onValue={setNote} />
    </fieldset>
  );
}
