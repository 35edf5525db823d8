import { fields } from '../../report/out-of-date';
import { createSignal, Show, type JSX } from 'solid-js';
import { createShareImport, type ShareOutcome } from '../export/share-import';
import { shareRefusalText } from '../export/share-text';
import { useFeatureText } from '../i18n';
import { exportMessages } from '../i18n/messages-export';
import { useText } from '../editor/use-text';
import { useScenarios } from '../store/scenario-context';

/**
 * Opens a scenario from a share link and says what came of it beside the scenario list, where
 * the new scenario appears. The status region is always in the page, so screen readers
 * announce the message when it is filled; a refused link is an alert.
 */
export function SharedScenarioNotice(): JSX.Element {
  const x = useFeatureText(exportMessages);
  const t = useText();
  const [outcome, setOutcome] = createSignal<ShareOutcome | null>(null);
  let region: HTMLDivElement | undefined;
  createShareImport(useScenarios(), () => ({ suffix: x.tr('share.suffix'), untitled: x.tr('share.untitled') }), (o) => {
    setOutcome(o);
    // Opened in a tab already scrolled down (a link pasted over the address): bring the message into view.
    region?.scrollIntoView?.({ block: 'nearest' });
  });
  const added = () => {
    const o = outcome();
    return o?.ok ? o : null;
  };
  const refused = () => {
    const o = outcome();
    if (!o || o.ok) return null;
    return x.tr('export.shareError', { message: shareRefusalText(x, o) });
  };
  return (
    <div class="shared-notice" ref={region}>
      <div role="status">
        <Show when={added()}>
          {(o) => (
            <p class="library-notice">
              {o().errors > 0 ? x.tr('export.importedDraft', { name: o().name, n: fields(o().errors, x.i18n.lang()) }) : x.tr('export.imported', { name: o().name })}
            </p>
          )}
        </Show>
      </div>
      <Show when={refused()}>
        {(text) => (
          <p class="library-error" role="alert">
            {text()} <button type="button" onClick={() => setOutcome(null)}>{t('library.dismiss')}</button>
          </p>
        )}
      </Show>
    </div>
  );
}
