import { For, Show } from 'solid-js';
import type { PathError } from '../../scenario/parse';
import { useI18n } from '../i18n';
import { errorLabel, errorMessage, fieldId, markedFields } from './field-errors';
import { useText } from './use-text';

/**
 * Every error of the scenario, each as the field's label as the editor shows it and what is
 * wrong ("A1: Seats filled: Maximum – 120 % is above 100 %, …"), in the UI's language; the
 * document path is only a tooltip. The label is a link that moves the focus to its field (the
 * first of the fields that break a rule together), or to the nearest field above it when the
 * error concerns a group. A field the scenario does not know (from a file or a share link) has
 * no place in the editor, so it can be removed from here.
 */
export function ErrorSummary(props: { errors: PathError[]; onOpen: (path: string) => void; onRemove?: (path: string) => void }) {
  const t = useText();
  const i18n = useI18n();
  const lang = i18n.lang;
  const focus = (path: string) => {
    props.onOpen(path);
    // The activity opens on the next frame; the field exists only then.
    requestAnimationFrame(() => {
      const parts = path.split('.');
      for (let n = parts.length; n > 0; n--) {
        const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
        if (el) return el.focus();
      }
      // A field of its own that is no part of the document (the mobilisation field) has its key as its id.
      document.getElementById(path)?.focus();
    });
  };
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" role="status">
        <p>{i18n.tn('editor.problems', markedFields({ ok: false, errors: props.errors }).length)}</p>
        <ul>
          <For each={props.errors}>
            {(e) => (
              <li>
                <a
                  href={`#${fieldId(e.fields?.[0] ?? e.path)}`}
                  title={e.path}
                  data-path={e.path}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focus(e.fields?.[0] ?? e.path);
                  }}
                >
                  {errorLabel(e, lang())}
                </a>
                {' – '}
                {errorMessage(e, lang())}
                <Show when={e.code === 'unknownField' && props.onRemove}>
                  {' '}
                  <button type="button" class="small" aria-label={t('editor.removeUnknownOf', { path: e.path })} onClick={() => props.onRemove!(e.path)}>
                    {t('editor.removeUnknown')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
