import { createSignal, Show } from 'solid-js';
import { useI18n } from '../i18n';
import { useText } from '../editor/use-text';
import type { ScenarioEntry } from '../store/store-types';
import { useScenarios } from '../store/scenario-context';

/** One scenario in the library: select it, or rename (inline), duplicate or delete it. */
export function ScenarioRow(props: { entry: ScenarioEntry }) {
  const t = useText();
  const { dateTime } = useI18n();
  const { state, actions } = useScenarios();
  const [renaming, setRenaming] = createSignal(false);
  const current = () => state.currentId === props.entry.id;
  const inputId = () => `rename-${props.entry.id}`;
  const when = () => dateTime(props.entry.updatedAt);
  const submit = (e: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    e.preventDefault();
    const name = (e.currentTarget.elements.namedItem('name') as HTMLInputElement).value;
    if (name.trim()) actions.rename(props.entry.id, name);
    setRenaming(false);
  };

  return (
    <li class="scenario-row" classList={{ current: current() }} aria-current={current() ? 'true' : undefined}>
      <Show
        when={renaming()}
        fallback={
          <button type="button" class="scenario-select" onClick={() => actions.select(props.entry.id)} aria-pressed={current()}>
            <span class="scenario-name">{props.entry.name}</span>
            <span class="scenario-updated">{t(props.entry.unchanged ? 'library.added' : 'library.updated', { time: when() })}</span>
          </button>
        }
      >
        <form class="rename" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}>
          <label for={inputId()} class="visually-hidden">{t('library.newNameFor', { name: props.entry.name })}</label>
          <input id={inputId()} name="name" value={props.entry.name} required maxLength={200} ref={(el) => queueMicrotask(() => (el.focus(), el.select()))} />
          <button type="submit">{t('library.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>{t('library.cancel')}</button>
        </form>
      </Show>
      <Show when={!renaming()}>
        <span class="scenario-actions">
          <button type="button" onClick={() => setRenaming(true)} aria-label={t('library.renameOf', { name: props.entry.name })}>{t('library.rename')}</button>
          <button type="button" onClick={() => actions.duplicate(props.entry.id)} aria-label={t('library.duplicateOf', { name: props.entry.name })}>{t('library.duplicate')}</button>
          <button type="button" onClick={() => actions.remove(props.entry.id)} aria-label={t('library.deleteOf', { name: props.entry.name })}>{t('library.delete')}</button>
        </span>
      </Show>
    </li>
  );
}
