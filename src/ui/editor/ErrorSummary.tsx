import { For, Show } from 'solid-js';
import type { PathError } from '../../scenario/parse';
import { fieldId } from './field-errors';
import { useText } from './use-text';

/**
 * Every error of the scenario as "path: message"; each one moves the focus to its field, or
 * to the nearest field above it when the error concerns a group (such as route shares).
 */
export function ErrorSummary(props: { errors: PathError[]; onOpen: (path: string) => void }) {
  const t = useText();
  const focus = (path: string) => {
    props.onOpen(path);
    // The activity opens on the next frame; the field exists only then.
    requestAnimationFrame(() => {
      const parts = path.split('.');
      for (let n = parts.length; n > 0; n--) {
        const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
        if (el) return el.focus();
      }
    });
  };
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" role="status">
        <p>{t('editor.problems', { n: props.errors.length })}</p>
        <ul>
          <For each={props.errors}>
            {(e) => (
              <li>
                <button type="button" class="link" onClick={() => focus(e.path)}>
                  {e.path}: {e.message}
                </button>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
