import { createSignal, Show } from 'solid-js';
import { useText } from '../editor/use-text';
import { useScenarios } from '../store/scenario-context';
import { downloadText } from './download';

/**
 * What the planner must know about storage so no work is lost: records that could not be read
 * (set aside, offered for download), a save that failed, and another tab's newer save (which
 * also stops a delete).
 */
export function StorageNotices() {
  const t = useText();
  const { state, actions } = useScenarios();
  // Hiding the notice is for this session only: the records stay set aside in storage.
  const [hidden, setHidden] = createSignal(false);
  // Removing them is offered only once they have been downloaded in this session.
  const [downloaded, setDownloaded] = createSignal(false);
  const download = () => {
    const out = actions.downloadUnreadable();
    if (out) downloadText(out.filename, out.text), setDownloaded(true);
  };
  const discard = () => void actions.discardUnreadable();
  return (
    <>
      <Show when={state.unreadable > 0 && !hidden()}>
        <p class="library-error" role="alert">
          {t(state.unreadable === 1 ? 'library.unreadableOne' : 'library.unreadableMany', { n: state.unreadable })}{' '}
          <button type="button" onClick={download}>{t('library.downloadUnreadable')}</button>{' '}
          <Show when={downloaded()}>
            <button type="button" onClick={discard}>{t('library.discardUnreadable')}</button>{' '}
          </Show>
          <button type="button" onClick={() => setHidden(true)}>{t('library.dismiss')}</button>
        </p>
      </Show>
      <Show when={state.saveFailed}>
        {(f) => <p class="library-error save-failed" role="alert">{t('library.saveFailed', { detail: f().full ? t('library.storageFull') : f().detail })}</p>}
      </Show>
      <Show when={state.removeRefused}>
        {(r) => (
          <p class="library-error remove-refused" role="alert">
            {t('library.removeRefused', { name: r().name })}{' '}
            <button type="button" onClick={() => actions.dismissRemoveRefused()}>{t('library.dismiss')}</button>
          </p>
        )}
      </Show>
      <Show when={state.conflict}>
        {(c) => (
          <div class="library-error save-conflict" role="alert">
            <p>{t('library.conflict', { name: c().name })}</p>
            <button type="button" onClick={() => actions.keepMine()}>{t('library.keepMine')}</button>{' '}
            <button type="button" onClick={() => actions.loadTheirs()}>{t('library.loadTheirs')}</button>
          </div>
        )}
      </Show>
    </>
  );
}
