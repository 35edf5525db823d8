import { createMemo, type JSX } from 'solid-js';
import uPlot from 'uplot';
import type { Columns } from './chart-data';
import { UPlotChart } from './UPlotChart';

/**
 * Draws a dashed vertical line at `x` (the target), labelled. A target off the scale (far
 * out in the tails) is not dropped: an arrow at that edge says where it lies, with its value.
 */
function targetLine(x: () => number | null, label: string, format: (x: number) => string): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const v = x();
        if (v === null) return;
        const px = u.valToPos(v, 'x', true);
        const left = u.bbox.left;
        const right = u.bbox.left + u.bbox.width;
        const ctx = u.ctx;
        const dpr = devicePixelRatio;
        ctx.save();
        ctx.strokeStyle = '#a33a2b';
        ctx.fillStyle = '#a33a2b';
        ctx.font = `${12 * dpr}px system-ui, sans-serif`;
        const textY = u.bbox.top + 12 * dpr;
        if (px < left || px > right) {
          const text = px < left ? `← ${label} ${format(v)}` : `${label} ${format(v)} →`;
          ctx.textAlign = px < left ? 'left' : 'right';
          ctx.fillText(text, px < left ? left + 4 * dpr : right - 4 * dpr, textY);
          ctx.restore();
          return;
        }
        ctx.lineWidth = 2 * dpr;
        ctx.setLineDash([6 * dpr, 4 * dpr]);
        ctx.beginPath();
        ctx.moveTo(px, u.bbox.top);
        ctx.lineTo(px, u.bbox.top + u.bbox.height);
        ctx.stroke();
        // Right of the line, or left of it where it would run off the plot; a light halo keeps it readable over a bar.
        const fits = px + 8 * dpr + ctx.measureText(label).width <= right;
        const textX = fits ? px + 4 * dpr : px - 4 * dpr;
        ctx.textAlign = fits ? 'left' : 'right';
        ctx.setLineDash([]);
        ctx.lineWidth = 3 * dpr;
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.strokeText(label, textX, textY);
        ctx.fillText(label, textX, textY);
        ctx.restore();
      },
    },
  };
}

/** Tick steps for whole numbers: 117.5 companies is no value a count takes. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** Histogram (bars) or cumulative distribution (steps) of one cell, with its target marked. */
export function DistributionChart(props: {
  columns: Columns; mode: 'histogram' | 'cdf'; target: number | null;
  yLabel: string; targetLabel: string; format: (x: number) => string; label: string;
  /** Whole numbers (companies): the x axis ticks only at whole values. */
  whole?: boolean;
}): JSX.Element {
  const options = createMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const bars = props.mode === 'histogram';
    return {
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Bars are centred on their x: widen the range by half a bar each side so the end bars show whole.
        x: { time: false, range: (u, min, max) => { const w = u.data[0].length > 1 ? (max - min) / (u.data[0].length - 1) : 1; return bars ? [min - w / 2, max + w / 2] : [min, max]; } },
        // Headroom above the tallest bar for the target's label.
        y: { range: (_u, _min, max) => [0, bars ? max * 1.25 : 1] },
      },
      axes: [
        { values: (_u, splits) => splits.map(props.format), ...(props.whole ? { incrs: WHOLE_STEPS } : {}) },
        { label: props.yLabel, values: (_u, splits) => splits.map((s) => `${Math.round(s * 1000) / 10} %`), size: 60 },
      ],
      series: [
        {},
        bars
          ? { stroke: '#1f5f99', fill: 'rgba(31, 95, 153, 0.35)', paths: uPlot.paths.bars!({ size: [0.9, Infinity] }), points: { show: false } }
          : { stroke: '#1f5f99', width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      ],
      plugins: [targetLine(() => props.target, props.targetLabel, props.format)],
    };
  });
  const data = (): uPlot.AlignedData => [props.columns.x, props.columns.y];
  return <UPlotChart options={options()} data={data()} height={240} label={props.label} />;
}
