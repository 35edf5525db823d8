import { createMemo, type JSX } from 'solid-js';
import uPlot from 'uplot';
import type { Columns } from './chart-data';
import { UPlotChart } from './UPlotChart';

/** Draws a dashed vertical line at `x` (the target), labelled. */
function targetLine(x: () => number | null, label: string): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const v = x();
        if (v === null) return;
        const px = u.valToPos(v, 'x', true);
        if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) return;
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#a33a2b';
        ctx.fillStyle = '#a33a2b';
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.beginPath();
        ctx.moveTo(px, u.bbox.top);
        ctx.lineTo(px, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
        ctx.fillText(label, px + 4 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
        ctx.restore();
      },
    },
  };
}

/** Histogram (bars) or cumulative distribution (steps) of one cell, with its target marked. */
export function DistributionChart(props: {
  columns: Columns; mode: 'histogram' | 'cdf'; target: number | null;
  yLabel: string; targetLabel: string; format: (x: number) => string; label: string;
}): JSX.Element {
  const options = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const bars = props.mode === 'histogram';
    return {
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Bars are centred on their x: widen the range by half a bar each side so the end bars show whole.
        x: { time: false, range: (u, min, max) => { const w = u.data[0].length > 1 ? (max - min) / (u.data[0].length - 1) : 1; return bars ? [min - w / 2, max + w / 2] : [min, max]; } },
        y: { range: (_u, _min, max) => [0, bars ? max * 1.1 : 1] },
      },
      axes: [
        { values: (_u, splits) => splits.map(props.format) },
        { label: props.yLabel, values: (_u, splits) => splits.map((s) => `${Math.round(s * 1000) / 10} %`), size: 60 },
      ],
      series: [
        {},
        bars
          ? { stroke: '#1f5f99', fill: 'rgba(31, 95, 153, 0.35)', paths: uPlot.paths.bars!({ size: [0.9, Infinity] }), points: { show: false } }
          : { stroke: '#1f5f99', width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      ],
      plugins: [targetLine(() => props.target, props.targetLabel)],
    };
  });
  const data = (): uPlot.AlignedData => [props.columns.x, props.columns.y];
  return <UPlotChart options={options()} data={data()} height={240} label={props.label} />;
}
