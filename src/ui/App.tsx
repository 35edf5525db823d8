import { createEffect, createMemo, createSignal, ErrorBoundary, on, onCleanup, lazy, Show, Suspense, type JSX } from 'solid-js';
import { createAnalysisClient, type AnalysisClient } from '../client/analysis-client';
import { conditionedResult } from '../engine/conditioning/conditioned-result';
import { coherenceChecks } from '../scenario/checks';

import type { ForecastRunner } from '../client/runner';
import type { ForecastArchive } from './store/forecast-archive';
import type { RunSettingsStore } from './run/run-settings';
import { useI18n } from './i18n';
import { AppHeader } from './AppHeader';
import { useScenarios } from './store/scenario-context';
import { AssumptionsEditor } from './editor/AssumptionsEditor';
import { ScenarioLibrary } from './library/ScenarioLibrary';
import { createForecastStore, ForecastContext, type Conditioner } from './run/forecast-store';
import { RunControls } from './run/RunControls';
import { ForecastSection } from './results/ForecastSection';
import { ChecksList } from './results/ChecksList';
import { forecastChecks } from '../scenario/forecast-checks';
import { FlowDiagram } from './flow/FlowDiagram';
import { toFlowData } from './flow/flow-data';
import { ChartsPanel } from './charts/ChartsPanel';
import { PrintedOutOfDate } from './export/RunMeta';
import { firstErrorText } from '../report/out-of-date';
import { markedFields } from './editor/field-errors';

/** Loaded after the forecast view: the first forecast should not wait for the analysis code. */
const AnalysisView = lazy(() => import('./analysis/AnalysisView').then((m) => ({ default: m.AnalysisView })));

/** The workbench: the scenario and its assumptions on the left, its forecast on the right. */
export function App(props: { runner: ForecastRunner; archive?: ForecastArchive; runSettings?: RunSettingsStore; analysis?: AnalysisClient }): JSX.Element {
  const { t, lang } = useI18n();
  const scenarios = useScenarios();
  const valid = () => scenarios.state.lastValid;
  const errorCount = () => (scenarios.state.ready && !scenarios.state.parsed.ok ? scenarios.state.parsed.errors.length : 0);
  const archive = props.archive;
  // The analysis worker's client, shared by the analyses below and the forecast with actuals (its workers start only when asked).
  const analysis = props.analysis ?? createAnalysisClient();
  onCleanup(() => analysis.dispose());
  const condition: Conditioner = async (v, seed, iterations, signal) => {
    const r = await analysis.condition({ model: v.model, targets: v.targets, seed, iterations, observations: v.actuals!.observations, rates: v.actuals!.rates, signal, shown: true });
    return { result: conditionedResult(r.updated, seed), effectiveSampleSize: r.updated.effectiveSampleSize };
  };
  const forecast = createForecastStore(props.runner, valid, { archive, runSettings: props.runSettings, scenarioId: () => scenarios.state.currentId, condition });
  // Once the scenarios are read, the kept forecasts of those deleted since (here or in another tab) are let go.
  createEffect(on(() => scenarios.state.ready, (ready) => {
    if (ready && archive) archive.forgetDeleted().catch(() => {});
  }));
  // None without a valid scenario: "no contradictions" would then be a claim about nothing.
  // And those of the forecast on screen (its cost per job against the evidence), while it is of these assumptions.
  const checks = createMemo(() => {
    if (!valid()) return null;
    const f = forecast.state.forecast();
    return [...coherenceChecks(valid()!), ...(f && !forecast.state.stale() ? forecastChecks(f.result, f.scenario.labels) : [])];
  });
  /** Why Run is off while the assumptions have errors: the first field that is wrong, and how. */
  const blocked = () => {
    const p = scenarios.state.parsed;
    if (errorCount() === 0 || p.ok) return undefined;
    return t('run.blocked', { first: firstErrorText(p.errors[0], markedFields(p).length - 1, lang()) });
  };
  const outOfDate = () => forecast.state.forecast() !== null && (errorCount() > 0 || forecast.state.stale());
  // Every choice in the diagram counts, the same activity again too (to reopen and focus it).
  const [focus, setFocus] = createSignal<string | undefined>(undefined, { equals: false });
  // The editor comes first in the page: these links take a keyboard user past it (focus, not
  // the address's #, which carries shared scenarios).
  const skipTo = (e: MouseEvent & { currentTarget: HTMLAnchorElement }) => {
    e.preventDefault();
    const target = document.getElementById(e.currentTarget.hash.slice(1));
    // Its top in view (with its heading), not wherever the browser would scroll to show the focus.
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  };
  const shownError = (e: unknown) => <p class="status error" role="alert">{String((e as Error)?.message ?? e)}</p>;

  return (
    <ForecastContext.Provider value={forecast}>
      <div class="app">
        <nav class="skip-links" aria-label={t('app.skipLinks')}>
          <a href="#run-panel" onClick={skipTo}>{t('app.skipRun')}</a>
          <a href="#assumptions-panel" onClick={skipTo}>{t('app.skipAssumptions')}</a>
        </nav>
        <AppHeader />
        <main class="workspace">
          <aside class="scenario-pane">
            <section class="panel">
              <ErrorBoundary fallback={shownError}>
                <ScenarioLibrary />
              </ErrorBoundary>
            </section>
            <section class="panel" aria-labelledby="flow-title">
              <h2 id="flow-title">{t('app.flow')}</h2>
              <Show when={forecast.state.plainForecast()?.scenario ?? valid()}>
                {(v) => <FlowDiagram data={toFlowData(v().scenario, lang(), forecast.state.plainForecast()?.result)} selected={focus()} onSelect={setFocus} />}
              </Show>
              <p class="hint">{t('app.flowHint')}</p>
            </section>
            <section class="panel" id="assumptions-panel" tabindex="-1">
              <ErrorBoundary fallback={shownError}>
                <AssumptionsEditor focus={focus()} />
              </ErrorBoundary>
            </section>
          </aside>
          <section class="results-pane">
            <PrintedOutOfDate />
            <section class="panel" id="run-panel" tabindex="-1">
              <RunControls disabled={!valid() || errorCount() > 0} blocked={blocked()} />
            </section>
            <ForecastSection errorCount={errorCount()} outOfDate={outOfDate()} />
            <Show when={forecast.state.forecast()}>
              {(f) => (
                <section class="panel" classList={{ stale: outOfDate() }}>
                  <ErrorBoundary fallback={shownError}>
                    <ChartsPanel result={f().result} labels={f().scenario.labels} />
                  </ErrorBoundary>
                </section>
              )}
            </Show>
            <section class="panel">
              <ErrorBoundary fallback={shownError}>
                <ChecksList checks={checks()} />
              </ErrorBoundary>
            </section>
          </section>
        </main>
        <section class="panel analysis-panel">
          <ErrorBoundary fallback={shownError}>
            <Suspense>
              <AnalysisView client={analysis} />
            </Suspense>
          </ErrorBoundary>
        </section>
        <footer class="app-footer">{t('app.privacy')}</footer>
      </div>
    </ForecastContext.Provider>
  );
}
