import { createSignal, For, Show } from 'solid-js';
import type { PathError } from '../../scenario/parse';
import { errorText, fileVoice } from '../../scenario/error-text';
import { fieldLabel } from '../../scenario/labels';
import { useI18n } from '../i18n';
import { useText } from '../editor/use-text';
import { useScenarios } from '../store/scenario-context';
import { programmeOfText } from '../store/draft-programme';
import type { ProgrammeLabels } from '../../text';
import { downloadText, readText } from './download';
import { ScenarioRow } from './ScenarioRow';
import { SharedScenarioNotice } from './SharedScenarioNotice';
import { StorageNotices } from './StorageNotices';
import './library.css';
import evidence from '../../../scenarios/evidence.json';

const evidenceName = evidence.name;

/**
 * The planner's scenarios: pick one to edit, create one from the baseline, duplicate, rename,
 * delete (with undo), import a JSON file (refused with its errors if invalid) and export;
 * a scenario opened from a share link is added here, and said so here.
 */
export function ScenarioLibrary() {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const [failed, setFailed] = createSignal<{ file: string; errors: PathError[]; labels: ProgrammeLabels } | null>(null);
  const [imported, setImported] = createSignal<string | null>(null);

  const onImport = async (e: Event & { currentTarget: HTMLInputElement }) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readText(file);
    const errors = actions.importText(text);
    input.value = '';
    // The file's errors are named in its own programme's words (its periods and activities).
    setFailed(errors.length ? { file: file.name, errors, labels: programmeOfText(text).labels } : null);
    setImported(errors.length ? null : state.entries.find((x) => x.id === state.currentId)?.name ?? file.name);
  };
  const onExport = () => {
    const out = actions.exportCurrent();
    if (out) downloadText(out.filename, out.text);
  };

  return (
    <section class="scenario-library" aria-labelledby="library-title">
      <h2 id="library-title">{t('library.title')}</h2>
      <div class="library-toolbar">
        <button type="button" onClick={() => actions.createFromBaseline(t('library.newName'))} disabled={!state.ready}>{t('library.new')}</button>
        <button type="button" onClick={() => actions.createBlank(t('library.newBlankName'))} disabled={!state.ready}>{t('library.newBlank')}</button>
        <input id="scenario-import" class="visually-hidden file-input" type="file" accept=".json,application/json" onChange={onImport} disabled={!state.ready} />
        <label for="scenario-import" class="button">{t('library.import')}</label>
        <button type="button" onClick={onExport} disabled={state.currentId === null}>{t('library.export')}</button>
      </div>
      {/* The evidence scenario is what the checks and Compare measure a plan against: deleted, it can be had back. */}
      <Show when={state.ready && !state.entries.some((e) => /^evidence(-\d+)?$/.test(e.id))}>
        <p class="library-notice">
          <button type="button" onClick={() => actions.restoreEvidence()}>{t('library.restoreEvidence', { name: evidenceName })}</button>
        </p>
      </Show>
      <Show when={state.error}>
        <p class="library-error" role="alert">{t('library.storageError', { detail: state.error! })}</p>
      </Show>
      <StorageNotices />
      <SharedScenarioNotice />
      <Show when={failed()}>
        {(f) => (
          <div class="import-errors" role="alert">
            <p>{t('library.importFailed', { file: f().file })}</p>
            <ul>
              {/* The editor's name for the field, then where it is in the file and what is wrong, as the file writes it. */}
              <For each={f().errors}>
                {(e) => {
                  const label = () => fieldLabel(e.path, lang(), f().labels);
                  // "(file)" and the like are no place in the file: their label says it all.
                  const place = () => (e.path.startsWith('(') ? null : e.path);
                  return (
                    <li>
                      <Show when={label() !== e.path} fallback={<code>{e.path}</code>}>
                        {label()}
                        <Show when={place()}>{(p) => <> (<code>{p()}</code>)</>}</Show>
                      </Show>
                      {`: ${errorText(e, fileVoice(lang()))}`}
                    </li>
                  );
                }}
              </For>
            </ul>
            <button type="button" onClick={() => setFailed(null)}>{t('library.dismiss')}</button>
          </div>
        )}
      </Show>
      <Show when={imported()}>
        <p class="library-notice" role="status">{t('library.imported', { name: imported()! })}</p>
      </Show>
      <Show when={state.removed}>
        {(r) => (
          <p class="library-notice" role="status">
            {t('library.deleted', { name: r().name })} <button type="button" onClick={() => actions.undoRemove()}>{t('library.undo')}</button>
          </p>
        )}
      </Show>
      <Show when={state.ready} fallback={<p class="hint">{t('library.loading')}</p>}>
        <Show when={state.entries.length > 0} fallback={<p class="hint">{t('library.empty')}</p>}>
          <ul class="scenario-list">
            <For each={state.entries}>{(entry) => <ScenarioRow entry={entry} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
