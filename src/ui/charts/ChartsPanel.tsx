import { createMemo, createSignal, For, type JSX } from 'solid-js';
import type { ForecastResult } from '../../engine/forecast-result';
import { cellIndex } from '../../engine/layout';
import type { ProgrammeLabels } from '../../text';
import { useI18n } from '../i18n';
import { formatValue } from '../results/format';
import { toCdf, toFan, toHistogram } from './chart-data';
import { DistributionChart } from './DistributionChart';
import { FanChart } from './FanChart';

/** The distribution of a chosen indicator × horizon and its fan across the horizons. */
export function ChartsPanel(props: { result: ForecastResult; labels: ProgrammeLabels }): JSX.Element {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const layout = () => props.result.layout;
  // Chosen by id, so the choice holds while the programme changes (where it still has them).
  const [indicatorId, setIndicator] = createSignal('growthCompanies');
  const [horizonId, setHorizon] = createSignal('total');
  const [mode, setMode] = createSignal<'histogram' | 'cdf'>('histogram');
  const indicator = () => Math.max(0, layout().indicators.findIndex((d) => d.id === indicatorId()));
  const horizon = () => Math.max(0, layout().horizons.indexOf(horizonId()));
  const ind = () => layout().indicators[indicator()];
  const cell = () => cellIndex(layout(), indicator(), horizon());
  const unit = () => ind().unit;
  const columns = createMemo(() => (mode() === 'histogram' ? toHistogram(props.result.accumulator, cell(), ind().kind) : toCdf(props.result.accumulator, cell(), ind().kind)));
  const fan = createMemo(() => toFan(props.result.cells, layout(), indicator()));
  const format = (x: number) => formatValue(i18n, unit(), x, unit() === 'dkk' ? 0 : 1);
  const name = () => `${props.labels.indicator(ind().id, lang())}${unit() === 'dkk' ? ` (${t('results.millionDkk')})` : ''}`;

  return (
    <section class="charts" aria-labelledby="charts-title">
      <div class="chart-controls">
        <h2 id="charts-title">{t('chart.distribution')}</h2>
        {/* The choices are for the screen; on paper the captions name what is shown. */}
        <label class="field screen-only">
          <span>{t('chart.indicator')}</span>
          <select value={ind().id} onChange={(e) => setIndicator(e.currentTarget.value)}>
            {/* Not the costs per result: they have values at the two totals only, the table shows them. */}
            <For each={layout().indicators.filter((d) => d.per === undefined)}>{(d) => <option value={d.id}>{props.labels.indicator(d.id, lang())}</option>}</For>
          </select>
        </label>
        <label class="field screen-only">
          <span>{t('chart.horizon')}</span>
          <select value={layout().horizons[horizon()]} onChange={(e) => setHorizon(e.currentTarget.value)}>
            <For each={layout().horizons}>{(h) => <option value={h}>{props.labels.horizon(h, lang())}</option>}</For>
          </select>
        </label>
        <div class="segmented screen-only" role="group">
          <button type="button" aria-pressed={mode() === 'histogram'} onClick={() => setMode('histogram')}>{t('chart.histogram')}</button>
          <button type="button" aria-pressed={mode() === 'cdf'} onClick={() => setMode('cdf')}>{t('chart.cdf')}</button>
        </div>
      </div>
      <div class="chart-grid">
        <figure>
          <figcaption>{name()} · {props.labels.horizon(layout().horizons[horizon()], lang())}</figcaption>
          <DistributionChart
            columns={columns()} mode={mode()} target={props.result.cells[cell()].target}
            yLabel={t('chart.share')} targetLabel={t('chart.target')} format={format} label={name()} whole={ind().kind === 'count'}
          />
        </figure>
        <figure>
          <figcaption>{t('chart.fan')}: {name()} — P10–P90, P25–P75, {t('results.median').toLowerCase()}</figcaption>
          <FanChart
            fan={fan()} horizonLabels={layout().horizons.slice(0, layout().eventHorizons).map((h) => props.labels.horizon(h, lang()))}
            medianLabel={t('results.median')} targetLabel={t('chart.target')} format={format} label={`${t('chart.fan')}: ${name()}`}
          />
        </figure>
      </div>
    </section>
  );
}
