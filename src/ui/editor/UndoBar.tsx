import { Show } from 'solid-js';
import { fieldLabel } from '../../scenario/labels';
import { useI18n, type MessageKey } from '../i18n';
import { useScenarios } from '../store/scenario-context';
import type { EditLabel } from '../store/edit-history';
import { useText } from './use-text';

/** "Undo: removed activity C": the current scenario's last edit, and a button that takes it back. */
export function UndoBar() {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const what = (e: EditLabel) =>
    e.action === 'edit'
      ? t('editor.undo.edit', { field: fieldLabel(e.subject ?? '', lang(), state.programme.labels) })
      : t(`editor.undo.${e.action}` as MessageKey, { id: e.subject ?? '', n: (state.programme.labels.periodNumber(e.subject ?? '') ?? '') as string | number });
  return (
    <div class="undo-bar">
      <button type="button" disabled={!state.lastEdit} onClick={() => actions.undo()} aria-describedby="undo-what">
        {t('editor.undo')}
      </button>
      <Show when={state.lastEdit}>{(e) => <span id="undo-what" class="hint">{what(e())}</span>}</Show>
    </div>
  );
}
