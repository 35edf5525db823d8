import { createMemo, For, Show, type JSX } from 'solid-js';
import { localeOf, useI18n } from '../i18n';
import { layoutFlow, NODE_H, NODE_W } from './flow-layout';

export interface FlowData {
  /** The programme's activities, in its order. */
  ids: string[];
  routes: { from: string; to: string }[];
  /** The scenario's name for each activity, for the nodes' accessible names and hover titles. */
  names?: Partial<Record<string, string>>;
  /** Mean participants per activity over the whole project, when a forecast exists. */
  participants?: Partial<Record<string, number>>;
  /** Mean companies along each route, when a forecast exists. */
  routeMeans?: { from: string; to: string; mean: number }[];
  /** Mean companies recruited directly into each activity (not sent on by another), when a forecast exists. */
  recruits?: Partial<Record<string, number>>;
}

/** Where companies enter the programme (no route leads there, so all its companies are recruited): the caption counts the activities after them. */
const entries = (data: FlowData) => data.ids.filter((id) => !data.routes.some((r) => r.to === id));

/**
 * Starts in the activities after the entry, how many of them are direct recruits, and which
 * of those activities recruit at all, when the forecast counts them.
 */
export function directShare(data: FlowData): { starts: number; direct: number; recruiting: string[] } | null {
  if (!data.participants || !data.recruits) return null;
  const first = entries(data);
  const later = data.ids.filter((id) => !first.includes(id));
  const sum = (f: (id: string) => number | undefined) => later.reduce((k, id) => k + (f(id) ?? 0), 0);
  return { starts: sum((id) => data.participants![id]), direct: sum((id) => data.recruits![id]), recruiting: later.filter((id) => (data.recruits![id] ?? 0) > 0) };
}

/** The programme's activities and routes, with the forecast's mean companies on each. */
export function FlowDiagram(props: { data: FlowData; selected?: string; onSelect(id: string): void }): JSX.Element {
  const { t, num, pct, lang } = useI18n();
  const layout = createMemo(() => layoutFlow(props.data.ids, props.data.routes));
  const meanOf = (from: string, to: string) => props.data.routeMeans?.find((r) => r.from === from && r.to === to)?.mean;
  const widest = () => Math.max(1, ...(props.data.routeMeans ?? []).map((r) => r.mean));
  /** "B: Individuel rådgivning, 62 companies, 51 of them recruited directly": what a screen reader says and a hover shows. */
  const nodeName = (id: string) => {
    const name = props.data.names?.[id];
    const mean = props.data.participants?.[id];
    const direct = props.data.recruits?.[id];
    return `${id}${name ? `: ${name}` : ''}${mean === undefined ? '' : `, ${t('flow.participants', { n: num(mean, 0) })}`}${
      mean === undefined || !direct ? '' : `, ${t('flow.direct', { n: num(direct, 0) })}`}`;
  };
  /** The share of an activity's companies recruited directly, for the bar at the foot of its box (none for the entry, where it is all of them). */
  const directOf = (id: string) => {
    if (entries(props.data).includes(id)) return undefined;
    const [mean, direct] = [props.data.participants?.[id], props.data.recruits?.[id]];
    return mean === undefined || direct === undefined || mean <= 0 ? undefined : Math.min(1, direct / mean);
  };
  const share = () => directShare(props.data);
  const stroke = (m: number | undefined) => (m === undefined ? 1.5 : 1 + 7 * Math.sqrt(m / widest()));

  return (
    <>
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
              <text x={n.x + NODE_W / 2} y={n.y + 33} text-anchor="middle" class="node-mean" data-testid={`flow-mean-${n.id}`}>
                {num(props.data.participants![n.id]!, 0)}
              </text>
            </Show>
            <Show when={directOf(n.id)}>
              {(d) => (
                <g class="direct-bar" data-testid={`flow-direct-${n.id}`} data-share={d().toFixed(3)}>
                  <rect class="direct-track" x={n.x + 6} y={n.y + NODE_H - 8} width={NODE_W - 12} height={3} />
                  <rect class="direct-fill" x={n.x + 6} y={n.y + NODE_H - 8} width={(NODE_W - 12) * d()} height={3} />
                </g>
              )}
            </Show>
          </g>
        )}
      </For>
    </svg>
    <Show when={share()}>
      {(s) => (
        <p class="flow-caption" data-testid="flow-direct">
          <span class="direct-key" aria-hidden="true" />
          {t('flow.directShare', {
            direct: num(s().direct, 0), starts: num(s().starts, 0), pct: pct(s().starts > 0 ? s().direct / s().starts : 0, 0),
            recruiting: new Intl.ListFormat(localeOf(lang()), { type: 'conjunction' }).format(s().recruiting),
          })}
        </p>
      )}
    </Show>
    </>
  );
}
