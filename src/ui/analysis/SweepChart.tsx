import { createMemo, type JSX } from 'solid-js';
import type uPlot from 'uplot';
import { UPlotChart } from '../charts/UPlotChart';

/**
 * One indicator across the swept values: its P10–P90 band and median (left axis), its target
 * as a dashed line, and the probability of meeting the target (right axis, 0–100 %).
 */
export function SweepChart(props: {
  columns: { x: number[]; p10: (number | null)[]; p50: (number | null)[]; p90: (number | null)[]; probability: (number | null)[] };
  target: number | null;
  xLabel: string; medianLabel: string; targetLabel: string; pLabel: string;
  formatX: (x: number) => string; formatY: (x: number) => string; label: string;
}): JSX.Element {
  const hasP = () => props.columns.probability.some((p) => p !== null);
  const options = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const band = { stroke: 'transparent', points: { show: false } };
    return {
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      // The band and the target fill the height: a change of 125 to 127 companies must show.
      scales: {
        x: { time: false },
        y: {
          range: (_u, min, max) => {
            const lo = Math.min(min, props.target ?? min);
            const hi = Math.max(max, props.target ?? max);
            const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
            return [Math.max(lo >= 0 ? 0 : -Infinity, lo - pad), hi + pad];
          },
        },
        p: { range: [0, 1] },
      },
      axes: [
        { values: (_u, splits) => splits.map(props.formatX) },
        { scale: 'y', values: (_u, splits) => splits.map(props.formatY), size: 70 },
        ...(hasP() ? [{ scale: 'p', side: 1, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((s) => `${Math.round(s * 100)} %`), size: 50 }] : []),
      ],
      series: [
        { label: props.xLabel, value: (_u, v) => (v == null ? '' : props.formatX(v)) },
        { label: 'P10', scale: 'y', ...band, value: (_u, v) => (v == null ? '–' : props.formatY(v)) },
        { label: props.medianLabel, scale: 'y', stroke: '#1f5f99', width: 2, points: { show: true, size: 5 }, value: (_u, v) => (v == null ? '–' : props.formatY(v)) },
        { label: 'P90', scale: 'y', ...band, value: (_u, v) => (v == null ? '–' : props.formatY(v)) },
        { label: props.targetLabel, scale: 'y', stroke: '#a33a2b', width: 1.5, dash: [6, 4], points: { show: false }, value: (_u, v) => (v == null ? '–' : props.formatY(v)) },
        ...(hasP() ? [{ label: props.pLabel, scale: 'p', stroke: '#c0632b', width: 2, points: { show: true, size: 4 }, value: (_u: uPlot, v: number | null) => (v == null ? '–' : `${Math.round(v * 1000) / 10} %`) }] : []),
      ],
      bands: [{ series: [3, 1], fill: 'rgba(31, 95, 153, 0.18)' }],
    };
  });
  const data = (): uPlot.AlignedData => {
    const c = props.columns;
    const target = c.x.map(() => props.target);
    return (hasP() ? [c.x, c.p10, c.p50, c.p90, target, c.probability] : [c.x, c.p10, c.p50, c.p90, target]) as uPlot.AlignedData;
  };
  return <UPlotChart options={options()} data={data()} height={240} label={props.label} />;
}
