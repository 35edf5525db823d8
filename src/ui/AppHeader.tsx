import { createEffect, For, type JSX } from 'solid-js';
import { useI18n, type Lang } from './i18n';

const LANGS: Lang[] = ['da', 'en'];

/** Title and language switch; keeps the page title and `lang` in step with the choice. */
export function AppHeader(): JSX.Element {
  const { t, lang, setLang } = useI18n();
  createEffect(() => {
    document.title = t('app.title');
    document.documentElement.lang = lang();
  });
  return (
    <header class="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p class="subtitle">{t('app.subtitle')}</p>
      </div>
      <div class="lang" role="group" aria-label={t('app.language')}>
        <For each={LANGS}>
          {(l) => <button type="button" lang={l} aria-pressed={lang() === l} onClick={() => setLang(l)}>{l.toUpperCase()}</button>}
        </For>
      </div>
    </header>
  );
}
