import { createMemo, For, Show, type JSX } from 'solid-js';
import type { ActivityId } from '../../engine/indicators';
import { useI18n } from '../i18n';
import { layoutFlow, NODE_H, NODE_W } from './flow-layout';

export interface FlowData {
  routes: { from: ActivityId; to: ActivityId }[];
  /** The scenario's name for each activity, for the nodes' accessible names and hover titles. */
  names?: Partial<Record<ActivityId, string>>;
  /** Mean participants per activity over the whole project, when a forecast exists. */
  participants?: Partial<Record<ActivityId, number>>;
  /** Mean companies along each route, when a forecast exists. */
  routeMeans?: { from: ActivityId; to: ActivityId; mean: number }[];
}

/** The programme's activities and routes, with the forecast's mean companies on each. */
export function FlowDiagram(props: { data: FlowData; selected?: ActivityId; onSelect(id: ActivityId): void }): JSX.Element {
  const { t, num } = useI18n();
  const layout = createMemo(() => layoutFlow(props.data.routes));
  const meanOf = (from: ActivityId, to: ActivityId) => props.data.routeMeans?.find((r) => r.from === from && r.to === to)?.mean;
  const widest = () => Math.max(1, ...(props.data.routeMeans ?? []).map((r) => r.mean));
  /** "A1: Kollektive træningsforløb, 255 companies": what a screen reader says and a hover shows. */
  const nodeName = (id: ActivityId) => {
    const name = props.data.names?.[id];
    const mean = props.data.participants?.[id];
    return `${id}${name ? `: ${name}` : ''}${mean === undefined ? '' : `, ${t('flow.participants', { n: num(mean, 0) })}`}`;
  };
  const stroke = (m: number | undefined) => (m === undefined ? 1.5 : 1 + 7 * Math.sqrt(m / widest()));

  return (
    <svg class="flow" viewBox={`0 0 ${layout().width} ${layout().height}`} role="group" aria-label={t('app.flow')}>
      <For each={layout().edges}>
        {(e) => (
          <g class="edge" data-route={`${e.from}-${e.to}`}>
            <path d={e.path} stroke-width={stroke(meanOf(e.from, e.to))}>
              <title>{`${e.from} → ${e.to}: ${meanOf(e.from, e.to) === undefined ? '' : t('flow.participants', { n: num(meanOf(e.from, e.to)!, 1) })}`}</title>
            </path>
            <Show when={e.label && meanOf(e.from, e.to) !== undefined}>
              <text x={e.labelX} y={e.labelY} text-anchor="end" class="edge-label">{num(meanOf(e.from, e.to)!, 0)}</text>
            </Show>
          </g>
        )}
      </For>
      <For each={layout().nodes}>
        {(n) => (
          <g
            class="node" classList={{ selected: props.selected === n.id }} data-activity={n.id}
            role="button" tabindex="0" aria-label={nodeName(n.id)}
            onClick={() => props.onSelect(n.id)}
            onKeyDown={(ev) => (ev.key === 'Enter' || ev.key === ' ') && (ev.preventDefault(), props.onSelect(n.id))}
          >
            <title>{nodeName(n.id)}</title>
            <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx="5" />
            <text x={n.x + NODE_W / 2} y={n.y + 18} text-anchor="middle" class="node-id">{n.id}</text>
            <Show when={props.data.participants?.[n.id] !== undefined}>
              <text x={n.x + NODE_W / 2} y={n.y + 35} text-anchor="middle" class="node-mean" data-testid={`flow-mean-${n.id}`}>
                {num(props.data.participants![n.id]!, 0)}
              </text>
            </Show>
          </g>
        )}
      </For>
    </svg>
  );
}
