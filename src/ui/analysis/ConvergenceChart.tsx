import { createMemo, type JSX } from 'solid-js';
import type uPlot from 'uplot';
import { UPlotChart } from '../charts/UPlotChart';

/** Decimals that tell apart ticks `increment` apart. */
const digitsFor = (increment: number) => Math.max(0, Math.min(6, Math.ceil(-Math.log10(increment) + 1e-9)));

/**
 * The running mean (left axis) and probability of meeting the target (right axis) after each
 * block. The mean's axis spans at least `band` (the final mean ± the allowed error), so
 * wiggles well inside the allowed error look as small as they are.
 */
export function ConvergenceChart(props: {
  columns: { x: number[]; mean: number[]; probability: (number | null)[] }; band: [number, number];
  meanLabel: string; pLabel: string; xLabel: string; format: (x: number, digits: number) => string; formatIterations: (x: number) => string; label: string;
}): JSX.Element {
  const hasP = () => props.columns.probability.some((p) => p !== null);
  const options = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: { range: (_u, min, max) => [Math.min(min, props.band[0]), Math.max(max, props.band[1])] }, p: { range: [0, 1] } },
    axes: [
      { values: (_u, splits) => splits.map(props.formatIterations) },
      { scale: 'y', values: (_u, splits, _i, _space, increment) => splits.map((v) => props.format(v, digitsFor(increment))), size: 70 },
      ...(hasP() ? [{ scale: 'p', side: 1, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((s) => `${Math.round(s * 100)} %`), size: 50 }] : []),
    ],
    series: [
      { label: props.xLabel, value: (_u, v) => (v == null ? '' : props.formatIterations(v)) },
      { label: props.meanLabel, scale: 'y', stroke: '#1f5f99', width: 2, points: { show: true, size: 4 }, value: (_u, v) => (v == null ? '' : props.format(v, 3)) },
      ...(hasP() ? [{ label: props.pLabel, scale: 'p', stroke: '#c0632b', width: 2, points: { show: true, size: 4 }, value: (_u: uPlot, v: number | null) => (v == null ? '' : `${Math.round(v * 1000) / 10} %`) }] : []),
    ],
  }));
  const data = (): uPlot.AlignedData => (hasP() ? [props.columns.x, props.columns.mean, props.columns.probability] : [props.columns.x, props.columns.mean]);
  return <UPlotChart options={options()} data={data()} height={240} label={props.label} />;
}
