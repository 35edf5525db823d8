import { createEffect, on, onCleanup, onMount, untrack, type JSX } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * A uPlot chart that follows its props: created with the initial data, then `setData` when
 * the data change and `setSize` when the box resizes; rebuilt only when the options change
 * (language, chart kind). Destroyed with the component.
 */
export function UPlotChart(props: { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData; height: number; label: string }): JSX.Element {
  let box!: HTMLDivElement;
  let chart: uPlot | undefined;
  const width = () => Math.max(200, box.clientWidth);
  const create = (options: Omit<uPlot.Options, 'width' | 'height'>) => {
    chart?.destroy();
    chart = new uPlot({ ...options, width: width(), height: props.height }, untrack(() => props.data), box);
  };
  onMount(() => {
    createEffect(on(() => props.options, create));
    createEffect(on(() => props.data, (d) => chart?.setData(d), { defer: true }));
    const resize = new ResizeObserver(() => chart?.setSize({ width: width(), height: props.height }));
    resize.observe(box);
    onCleanup(() => resize.disconnect());
  });
  onCleanup(() => chart?.destroy());
  return <div class="uplot-box" ref={box} role="img" aria-label={props.label} />;
}
