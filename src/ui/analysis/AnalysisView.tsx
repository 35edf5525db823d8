import { createSignal, For, Match, onCleanup, Switch, type JSX } from 'solid-js';
import { createAnalysisClient, type AnalysisClient } from '../../client/analysis-client';
import { ComparePanel } from '../compare/ComparePanel';
import { useScenarios } from '../store/scenario-context';
import { DriversPanel } from './DriversPanel';
import { SolvePanel } from './SolvePanel';
import { SweepPanel } from './SweepPanel';
import { PrecisionPanel } from './PrecisionPanel';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import type { AnalysisKey } from '../i18n/messages-analysis';
import type { MonitoringKey } from '../i18n/messages-monitoring';
import { MonitoringPanel } from '../monitoring/MonitoringPanel';
import { monitoringMessages } from '../i18n/messages-monitoring';
import './analysis.css';

const TABS = [
  { id: 'compare', label: 'analysis.compare' },
  { id: 'drivers', label: 'analysis.drivers' },
  { id: 'solve', label: 'analysis.solve' },
  { id: 'sweep', label: 'analysis.sweep' },
  { id: 'precision', label: 'analysis.precision' },
  { id: 'actuals', label: 'monitor.tab' },
] as const satisfies readonly { id: string; label: AnalysisKey | MonitoringKey }[];
type Tab = (typeof TABS)[number]['id'];

/**
 * Analyses beyond one forecast: compare scenarios, see what drives an indicator, solve for
 * what a target needs, sweep one input across a range, and run until precise. All heavy work runs in the analysis worker;
 * `client` is for tests, the view makes its own otherwise.
 */
export function AnalysisView(props: { client?: AnalysisClient }): JSX.Element {
  const { tr } = useFeatureText(analysisMessages);
  const monitoring = useFeatureText(monitoringMessages);
  const own = props.client === undefined;
  const client = props.client ?? createAnalysisClient();
  // A client passed in belongs to whoever passed it.
  onCleanup(() => own && client.dispose());
  const [tab, setTab] = createSignal<Tab>('compare');
  const store = useScenarios();
  // The current scenario as it is now: an analysis of an older version would mislead.
  const current = () => (store.state.parsed.ok ? store.state.parsed.value : null);
  const needsScenario = <p class="hint">{tr('analysis.noScenario')}</p>;
  return (
    <section class="analysis" aria-labelledby="analysis-title">
      <div class="analysis-head">
        <h2 id="analysis-title">{tr('analysis.title')}</h2>
        <div class="tabs" role="tablist" aria-label={tr('analysis.tabs')}>
          <For each={TABS}>
            {(t) => (
              <button type="button" role="tab" id={`analysis-tab-${t.id}`} aria-selected={tab() === t.id} aria-controls="analysis-tabpanel" onClick={() => setTab(t.id)}>
                {t.id === 'actuals' ? monitoring.tr(t.label) : tr(t.label)}
              </button>
            )}
          </For>
        </div>
      </div>
      <div id="analysis-tabpanel" role="tabpanel" aria-labelledby={`analysis-tab-${tab()}`}>
        <Switch>
          <Match when={tab() === 'compare'}><ComparePanel client={client} /></Match>
          {/* Before the scenario check: an invalid actual makes the scenario invalid, and is fixed here. */}
          <Match when={tab() === 'actuals'}><MonitoringPanel client={client} /></Match>
          <Match when={!current()}>{needsScenario}</Match>
          <Match when={tab() === 'drivers' && current()}>{(v) => <DriversPanel client={client} scenario={v()} />}</Match>
          <Match when={tab() === 'solve' && current()}>{(v) => <SolvePanel client={client} scenario={v()} />}</Match>
          <Match when={tab() === 'sweep' && current()}>{(v) => <SweepPanel client={client} scenario={v()} />}</Match>
          <Match when={tab() === 'precision' && current()}>{(v) => <PrecisionPanel client={client} scenario={v()} />}</Match>
        </Switch>
      </div>
    </section>
  );
}
