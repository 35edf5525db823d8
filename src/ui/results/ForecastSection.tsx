import { jointLines, jointReport } from '../../report/forecast-report';
import { For, Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { useForecast } from '../run/forecast-store';
import { ForecastTable } from './ForecastTable';
import { coherenceChecks, totalBasisDiffers } from '../../scenario/checks';
import { ExportBar } from '../export/ExportBar';
import { useOutOfDate } from '../export/use-out-of-date';
import { firstErrorText, outOfDateText } from '../../report/out-of-date';
import { actualsLabel } from '../../report/actuals-label';

/** The forecast on screen: what it is of, whether it is out of date, and its table. */
export function ForecastSection(props: { errorCount: number; outOfDate: boolean }): JSX.Element {
  const { t, num, lang } = useI18n();
  const { state, actions } = useForecast();
  const outOfDate = useOutOfDate();
  // Of another scenario than the one open (e.g. one just opened with errors): say whose it is.
  const ofAnother = () => (outOfDate()?.openScenario != null ? outOfDateText(outOfDate()!, lang()) : null);
  // Which field is wrong, and how: the planner sees at once why the numbers are not theirs.
  const invalidText = () => {
    const o = outOfDate();
    const first = o?.firstError ? firstErrorText(o.firstError, o.errors - 1, lang()) : '';
    return t('results.stale', { first });
  };
  return (
    <section class="panel" aria-labelledby="results-title">
      <h2 id="results-title">{t('app.results')}</h2>
      <Show when={props.outOfDate}>
        <p class="stale-note" role="status">
          {ofAnother() ?? (props.errorCount > 0 ? invalidText() : state.updating() ? t('results.staleRunning') : t('results.staleStopped'))}
        </p>
      </Show>
      <Show when={state.actualsOffered()}>
        <div class="with-actuals">
          <label class="checkbox">
            <input type="checkbox" checked={state.withActuals()} onChange={(e) => actions.setWithActuals(e.currentTarget.checked)} />
            {t('results.withActuals')}
          </label>
          <Show when={state.conditioning()}>
            {(c) => <span class="status" classList={{ error: c().status === 'error' }} role="status">{c().status === 'running' ? t('results.withActualsRunning') : t('results.withActualsFailed', { message: c().message ?? '' })}</span>}
          </Show>
        </div>
      </Show>
      <Show when={state.forecast()} fallback={<p class="hint">{t('results.none')}</p>}>
        {(f) => (
          <div class="forecast" data-iterations={f().result.iterations} data-seed={String(f().result.seed)} data-actuals={f().conditioned ? 'with' : undefined}>
            <Show when={f().conditioned}>
              {(a) => <p class="actuals-label" data-testid="actuals-label">{actualsLabel({ ...a(), iterations: f().result.iterations }, lang())}</p>}
            </Show>
            <p class="forecast-meta">{t('results.meta', { scenario: f().scenario.scenario.name, n: num(f().result.iterations), seed: String(f().result.seed) })}</p>
            <ForecastTable
              cells={f().result.cells} layout={f().result.layout} labels={f().scenario.labels}
              stale={props.outOfDate} basisDiffers={totalBasisDiffers(coherenceChecks(f().scenario))}
            />
            <ul class="joint" data-testid="joint" classList={{ stale: props.outOfDate }}>
              <For each={jointLines(jointReport(f().result.joint, f().scenario.labels, lang()), lang())}>{(line) => <li>{line}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
      <ExportBar />
    </section>
  );
}
