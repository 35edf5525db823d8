import { For, Show, type JSX } from 'solid-js';
import type { Check } from '../../scenario/checks';
import { useI18n } from '../i18n';

/** The scenario's coherence checks, most severe first, as the scenario layer words them. */
export function ChecksList(props: { checks: Check[] }): JSX.Element {
  const { t, lang } = useI18n();
  return (
    <section class="checks" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('checks.title')} <span class="count">{props.checks.length}</span></h2>
      <Show when={props.checks.length > 0} fallback={<p class="hint">{t('checks.none')}</p>}>
        <ul>
          <For each={props.checks}>
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
