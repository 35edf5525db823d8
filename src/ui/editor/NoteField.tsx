import { useText } from './use-text';

/** The planner's note on an assumption: where a figure comes from. Rendered as text, never as HTML. */
export function NoteField(props: { id: string; subject: string; value: string; onValue: (note: string) => void }) {
  const t = useText();
  return (
    <div class="note-field">
      <label for={props.id}>
        <span class="visually-hidden">{props.subject}: </span>
        {t('editor.note')}
      </label>
      <textarea id={props.id} rows={props.value ? 2 : 1} value={props.value} onInput={(e) => props.onValue(e.currentTarget.value)} />
    </div>
  );
}
