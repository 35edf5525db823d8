import { For, type JSX } from 'solid-js';
import type { InputSensitivity } from '../../engine/analysis/sensitivity';
import { assumptionName, formatInputValue } from './input-text';
import { tornadoBars } from './tornado-data';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

const ROW = 26;
const LABEL = 440;
/** Room between an input's name and its bar for the output value at the bar's end. */
const GAP = 52;
const PLOT = 420;
const RIGHT = 90;

/**
 * Inputs ranked by swing: each bar spans the output's medians with the input at its P10 and
 * at its P90 — blue where more of the input gives more output, orange where it gives less;
 * the dashed line is the forecast's median. Drawn as SVG so the long input names fit.
 */
export function TornadoChart(props: { items: InputSensitivity[]; base: number; format: (x: number) => string; label: string }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const layout = () => tornadoBars(props.items, props.base);
  const x = (f: number) => LABEL + f * PLOT;
  const height = () => props.items.length * ROW + 24;
  const inputValue = (i: InputSensitivity, v: number) => formatInputValue(v, i.kind, i18n);
  return (
    <svg class="tornado" viewBox={`0 0 ${LABEL + PLOT + RIGHT} ${height()}`} width="100%" role="img" aria-label={props.label}>
      <For each={layout().bars}>
        {(b, i) => {
          const y = () => i() * ROW + 4;
          const left = () => Math.min(b.low, b.high);
          const width = () => Math.max(1.5 / PLOT, Math.abs(b.high - b.low));
          return (
            <g class="tornado-row" data-path={b.path}>
              <title>
                {`${assumptionName(b.path, i18n, true)}\n${tr('drivers.atLow', { value: inputValue(b.item, b.item.low) })}: ${props.format(b.item.medianAtLow)}\n${tr('drivers.atHigh', { value: inputValue(b.item, b.item.high) })}: ${props.format(b.item.medianAtHigh)}`}
              </title>
              <text x={LABEL - GAP} y={y() + 15} text-anchor="end" class="tornado-label">{assumptionName(b.path, i18n, true)}</text>
              <rect x={x(left())} y={y() + 3} width={width() * PLOT} height={ROW - 8} class={b.high >= b.low ? 'bar-up' : 'bar-down'} />
              <text x={x(Math.min(b.low, b.high)) - 4} y={y() + 15} text-anchor="end" class="tornado-value">{props.format(Math.min(b.item.medianAtLow, b.item.medianAtHigh))}</text>
              <text x={x(Math.max(b.low, b.high)) + 4} y={y() + 15} class="tornado-value">{props.format(Math.max(b.item.medianAtLow, b.item.medianAtHigh))}</text>
              <text x={LABEL + PLOT + RIGHT - 4} y={y() + 15} text-anchor="end" class="tornado-rho">{tr('drivers.rho', { rho: i18n.num(Math.round(b.item.rankCorrelation * 100) / 100 || 0, 2).replace('-', '−') })}</text>
            </g>
          );
        }}
      </For>
      <line x1={x(layout().base)} x2={x(layout().base)} y1={0} y2={height() - 20} class="tornado-base" />
      <text x={x(layout().base)} y={height() - 6} text-anchor="middle" class="tornado-value">{props.format(props.base)}</text>
    </svg>
  );
}
