import { For, Show, type JSX } from 'solid-js';
import type { Check } from '../../scenario/checks';
import { useI18n } from '../i18n';

/** The scenario's coherence checks, most severe first, as the scenario layer words them; null when there is no valid scenario to check. */
export function ChecksList(props: { checks: Check[] | null }): JSX.Element {
  const { t, lang } = useI18n();
  const checks = () => props.checks ?? [];
  return (
    <section class="checks" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('checks.title')} <Show when={props.checks}><span class="count">{checks().length}</span></Show></h2>
      <Show when={checks().length > 0} fallback={<p class="hint">{t(props.checks ? 'checks.none' : 'checks.noScenario')}</p>}>
        <ul>
          <For each={checks()}>
            {(c) => (
              <li class="check" data-severity={c.severity} data-check={c.id}>
                <span class="badge">{t(`checks.${c.severity}`)}</span>
                <span>{c.message[lang()]}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
