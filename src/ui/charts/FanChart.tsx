import { createMemo, type JSX } from 'solid-js';
import type uPlot from 'uplot';
import { UPlotChart } from './UPlotChart';

/** P10–P90 and P25–P75 bands with the median line across the horizons; targets as points. */
export function FanChart(props: {
  fan: { x: number[]; bands: number[][]; target: (number | null)[] };
  horizonLabels: string[]; medianLabel: string; targetLabel: string; format: (x: number) => string; label: string;
}): JSX.Element {
  const options = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const band = { stroke: 'transparent', points: { show: false } };
    return {
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.4, props.horizonLabels.length - 0.6] }, y: { range: (_u, min, max) => [Math.min(0, min), max * 1.1 || 1] } },
      axes: [
        // Long horizon names ('0–2 years after') break after their first word so neighbours do not collide.
        { splits: () => props.horizonLabels.map((_, i) => i), values: (_u, splits) => splits.map((i) => (props.horizonLabels[i] ?? '').replace(/^(\S+) (?=\S+ \S)/, '$1\n')), size: 52 },
        { values: (_u, splits) => splits.map(props.format), size: 60 },
      ],
      series: [
        {},
        { label: 'P10', ...band }, { label: 'P25', ...band },
        { label: props.medianLabel, stroke: '#1f5f99', width: 2, points: { show: true, size: 5 } },
        { label: 'P75', ...band }, { label: 'P90', ...band },
        { label: props.targetLabel, stroke: '#a33a2b', width: 0, points: { show: true, size: 9, fill: '#a33a2b' }, paths: () => null },
      ],
      bands: [
        { series: [5, 1], fill: 'rgba(31, 95, 153, 0.15)' },
        { series: [4, 2], fill: 'rgba(31, 95, 153, 0.25)' },
      ],
    };
  });
  const data = (): uPlot.AlignedData => [props.fan.x, ...props.fan.bands, props.fan.target];
  return <UPlotChart options={options()} data={data()} height={220} label={props.label} />;
}
