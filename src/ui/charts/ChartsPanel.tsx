import { createMemo, createSignal, For, type JSX } from 'solid-js';
import type { ForecastResult } from '../../engine/run';
import { EVENT_HORIZONS, HORIZONS, HORIZON_LABELS, INDICATORS, cellIndex, indicatorIndex } from '../../engine/indicators';
import { useI18n } from '../i18n';
import { formatValue } from '../results/format';
import { toCdf, toFan, toHistogram } from './chart-data';
import { DistributionChart } from './DistributionChart';
import { FanChart } from './FanChart';

/** The distribution of a chosen indicator × horizon and its fan across the horizons. */
export function ChartsPanel(props: { result: ForecastResult }): JSX.Element {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [indicator, setIndicator] = createSignal(indicatorIndex('growthCompanies'));
  const [horizon, setHorizon] = createSignal(HORIZONS.indexOf('total'));
  const [mode, setMode] = createSignal<'histogram' | 'cdf'>('histogram');
  const cell = () => cellIndex(indicator(), horizon());
  const unit = () => INDICATORS[indicator()].unit;
  const columns = createMemo(() => (mode() === 'histogram' ? toHistogram(props.result.accumulator, cell()) : toCdf(props.result.accumulator, cell())));
  const fan = createMemo(() => toFan(props.result.cells, indicator()));
  const format = (x: number) => formatValue(i18n, unit(), x, unit() === 'dkk' ? 0 : 1);
  const name = () => `${INDICATORS[indicator()].label[lang()]}${unit() === 'dkk' ? ` (${t('results.millionDkk')})` : ''}`;

  return (
    <section class="charts" aria-labelledby="charts-title">
      <div class="chart-controls">
        <h2 id="charts-title">{t('chart.distribution')}</h2>
        {/* The choices are for the screen; on paper the captions name what is shown. */}
        <label class="field screen-only">
          <span>{t('chart.indicator')}</span>
          <select value={indicator()} onChange={(e) => setIndicator(Number(e.currentTarget.value))}>
            <For each={INDICATORS}>{(ind, i) => <option value={i()}>{ind.label[lang()]}</option>}</For>
          </select>
        </label>
        <label class="field screen-only">
          <span>{t('chart.horizon')}</span>
          <select value={horizon()} onChange={(e) => setHorizon(Number(e.currentTarget.value))}>
            <For each={HORIZONS}>{(h, i) => <option value={i()}>{HORIZON_LABELS[h][lang()]}</option>}</For>
          </select>
        </label>
        <div class="segmented screen-only" role="group">
          <button type="button" aria-pressed={mode() === 'histogram'} onClick={() => setMode('histogram')}>{t('chart.histogram')}</button>
          <button type="button" aria-pressed={mode() === 'cdf'} onClick={() => setMode('cdf')}>{t('chart.cdf')}</button>
        </div>
      </div>
      <div class="chart-grid">
        <figure>
          <figcaption>{name()} · {HORIZON_LABELS[HORIZONS[horizon()]][lang()]}</figcaption>
          <DistributionChart
            columns={columns()} mode={mode()} target={props.result.cells[cell()].target}
            yLabel={t('chart.share')} targetLabel={t('chart.target')} format={format} label={name()} whole={INDICATORS[indicator()].kind === 'count'}
          />
        </figure>
        <figure>
          <figcaption>{t('chart.fan')}: {name()} — P10–P90, P25–P75, {t('results.median').toLowerCase()}</figcaption>
          <FanChart
            fan={fan()} horizonLabels={HORIZONS.slice(0, EVENT_HORIZONS).map((h) => HORIZON_LABELS[h][lang()])}
            medianLabel={t('results.median')} targetLabel={t('chart.target')} format={format} label={`${t('chart.fan')}: ${name()}`}
          />
        </figure>
      </div>
    </section>
  );
}
