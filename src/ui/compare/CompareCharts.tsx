import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import uPlot from 'uplot';
import type { Comparison } from '../../engine/analysis/paired';
import { cellOf } from '../../engine/layout';
import type { ProgrammeLabels } from '../../text';
import { UPlotChart } from '../charts/UPlotChart';
import { formatValue } from '../results/format';
import { CellPicker, pickedCell } from '../analysis/CellPicker';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { differenceColumns, overlayColumns } from './compare-data';

/** One colour per scenario, in the order chosen; the reference is always the first blue. */
const SCENARIO_COLOURS = ['#1f5f99', '#c0632b', '#3f8f4f', '#7a4ea3'];

const percentAxis = (label: string): uPlot.Axis => ({ label, size: 60, values: (_u, splits) => splits.map((s) => `${Math.round(s * 1000) / 10} %`) });

/** The chosen cell's distribution in every scenario, overlaid, and the paired difference to the reference. */
export function CompareCharts(props: { comparison: Comparison; names: string[]; labels: ProgrammeLabels }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const [indicatorId, setIndicator] = createSignal('growthCompanies');
  const [horizonId, setHorizon] = createSignal('total');
  // Of the reference's programme; another scenario's own cell of the same indicator and horizon, where it has one.
  const layout = () => props.comparison.results[props.comparison.reference].layout;
  const picked = () => pickedCell(layout(), indicatorId(), horizonId());
  const ind = () => layout().indicators.find((d) => d.id === picked().indicator)!;
  const cells = () => props.comparison.results.map((r, k) => (k === props.comparison.reference ? picked().cell : cellOf(r.layout, picked().indicator, picked().horizon)));
  const others = () => props.names.map((_, i) => i).filter((i) => i !== props.comparison.reference);
  const [other, setOther] = createSignal<number | null>(null);
  const against = () => (other() !== null && others().includes(other()!) ? other()! : others()[0]);
  const cell = () => picked().cell;
  const unit = () => ind().unit;
  const fmt = (x: number) => formatValue(i18n, unit(), x, unit() === 'dkk' ? 0 : 1);
  const colour = (s: number) => SCENARIO_COLOURS[s % SCENARIO_COLOURS.length];

  const overlay = createMemo(() => overlayColumns(props.comparison.results.map((r) => r.accumulator), cells(), ind().kind));
  const overlayOptions = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max * 1.1 || 1] } },
    axes: [{ values: (_u, splits) => splits.map(fmt) }, percentAxis(tr('compare.share'))],
    series: [
      { label: props.labels.indicator(ind().id, i18n.lang()), value: (_u, v) => (v == null ? '' : fmt(v)) },
      ...props.names.map((name, s) => ({
        label: name, stroke: colour(s), width: 2, fill: `${colour(s)}26`,
        points: { show: false },
        value: (_u: uPlot, v: number | null) => (v == null ? '' : i18n.pct(v)),
      })),
    ],
  }));
  const diff = createMemo(() => {
    const acc = props.comparison.accumulators[against()];
    return acc && cells()[against()] >= 0 ? differenceColumns(acc, cell(), ind().kind) : { x: [], y: [] };
  });
  const diffOptions = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max * 1.1 || 1] } },
    axes: [{ values: (_u, splits) => splits.map(fmt) }, percentAxis(tr('compare.share'))],
    series: [{}, { stroke: colour(against()), fill: `${colour(against())}55`, paths: uPlot.paths.bars!({ size: [0.9, Infinity] }), points: { show: false } }],
  }));
  const place = () => `${props.labels.indicator(ind().id, i18n.lang())} · ${props.labels.horizon(picked().horizon, i18n.lang())}`;
  const diffTitle = () => tr('compare.difference', { a: props.names[props.comparison.reference], b: props.names[against()] });

  return (
    <section class="compare-charts">
      <div class="chart-controls">
        <CellPicker layout={layout()} labels={props.labels} indicator={picked().indicator} horizon={picked().horizon} onChange={(i, h) => (setIndicator(i), setHorizon(h))} />
        <Show when={others().length > 1}>
          <label class="field">
            <span>{tr('compare.difference', { a: props.names[props.comparison.reference], b: '…' })}</span>
            <select value={against()} onChange={(e) => setOther(Number(e.currentTarget.value))}>
              <For each={others()}>{(s) => <option value={s}>{props.names[s]}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
      <div class="chart-grid">
        <figure>
          <figcaption>{tr('compare.distributions')}: {place()}</figcaption>
          <UPlotChart options={overlayOptions()} data={[overlay().x, ...overlay().ys] as uPlot.AlignedData} height={240} label={`${tr('compare.distributions')}: ${place()}`} />
        </figure>
        <figure>
          <figcaption>{diffTitle()}: {place()}</figcaption>
          <UPlotChart options={diffOptions()} data={[diff().x, diff().y]} height={240} label={`${diffTitle()}: ${place()}`} />
        </figure>
      </div>
    </section>
  );
}
