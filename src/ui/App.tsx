import { createMemo, Show, type JSX } from 'solid-js';
import baseline from '../../scenarios/baseline.json';
import { validateScenario } from '../scenario/parse';
import { coherenceChecks } from '../scenario/checks';
import type { ForecastRunner } from '../client/runner';
import { useI18n, type Lang } from './i18n';
import { createForecastStore, ForecastContext } from './run/forecast-store';
import { RunControls } from './run/RunControls';
import { ForecastTable } from './results/ForecastTable';
import { ChecksList } from './results/ChecksList';

/** The workbench: scenario on the left, forecast on the right. */
export function App(props: { runner: ForecastRunner }): JSX.Element {
  const { t, lang, setLang } = useI18n();
  const parsed = validateScenario(baseline);
  const valid = () => (parsed.ok ? parsed.value : null);
  const invalid = () => !parsed.ok;
  const forecast = createForecastStore(props.runner, valid);
  const checks = createMemo(() => (valid() ? coherenceChecks(valid()!) : []));
  const outOfDate = () => forecast.state.forecast() !== null && (invalid() || forecast.state.stale());

  return (
    <ForecastContext.Provider value={forecast}>
      <div class="app">
        <header class="app-header">
          <div>
            <h1>{t('app.title')}</h1>
            <p class="subtitle">{t('app.subtitle')}</p>
          </div>
          <div class="lang" role="group" aria-label={t('app.language')}>
            {(['da', 'en'] as Lang[]).map((l) => (
              <button type="button" lang={l} aria-pressed={lang() === l} onClick={() => setLang(l)}>{l.toUpperCase()}</button>
            ))}
          </div>
        </header>
        <main class="workspace">
          <aside class="scenario-pane">
            <section class="panel">
              <h2>{t('app.flow')}</h2>
            </section>
          </aside>
          <section class="results-pane">
            <section class="panel">
              <RunControls disabled={!valid()} />
            </section>
            <section class="panel" aria-labelledby="results-title">
              <h2 id="results-title">{t('app.results')}</h2>
              <Show when={outOfDate()}>
                <p class="stale-note" role="status">{invalid() ? t('results.stale') : t('results.staleRunning')}</p>
              </Show>
              <Show when={forecast.state.forecast()} fallback={<p class="hint">{t('results.none')}</p>}>
                {(f) => (
                  <div class="forecast" data-iterations={f().result.iterations} data-seed={String(f().result.seed)}>
                    <ForecastTable cells={f().result.cells} stale={outOfDate()} />
                  </div>
                )}
              </Show>
            </section>
            <section class="panel">
              <ChecksList checks={checks()} />
            </section>
          </section>
        </main>
        <footer class="app-footer">{t('app.privacy')}</footer>
      </div>
    </ForecastContext.Provider>
  );
}
