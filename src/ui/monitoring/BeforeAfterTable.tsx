import { For, Show, type JSX } from 'solid-js';
import type { ProgrammeLabels } from '../../text';
import { formatValue } from '../results/format';
import type { BeforeAfterRow } from './conditioned-rows';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/** A change in the probability of meeting a target smaller than this is not highlighted (half a point). */
const NOTABLE = 0.005;

/** Prior against updated per indicator × horizon: the actual, medians before and after, the target and P(target) before and after. */
export function BeforeAfterTable(props: { rows: BeforeAfterRow[]; labels: ProgrammeLabels }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const v = (r: BeforeAfterRow, x: number | null) => (x === null ? '–' : formatValue(i18n, r.indicator.unit, x, r.indicator.kind === 'amount' ? 1 : 0));
  const p = (x: number | null) => (x === null ? '–' : i18n.pct(x));
  const delta = (r: BeforeAfterRow) => (r.before.pMeetsTarget === null || r.after.pMeetsTarget === null ? 0 : r.after.pMeetsTarget - r.before.pMeetsTarget);
  const points = (d: number) => `${d > 0 ? '+' : '−'}${i18n.num(Math.abs(d) * 100, 1)} ${i18n.lang() === 'da' ? 'point' : 'pts'}`;
  const first = (i: number) => i === 0 || props.rows[i - 1].indicator !== props.rows[i].indicator;
  return (
    <div class="compare-table before-after">
      <table>
        <caption class="visually-hidden">{tr('monitor.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('monitor.col.indicator')}</th>
            <th scope="col">{tr('monitor.col.horizon')}</th>
            <th scope="col">{tr('monitor.col.actual')}</th>
            <th scope="col">{tr('monitor.col.before')}</th>
            <th scope="col">{tr('monitor.col.after')}</th>
            <th scope="col">{tr('monitor.col.target')}</th>
            <th scope="col">{tr('monitor.col.pBefore')}</th>
            <th scope="col">{tr('monitor.col.pAfter')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r, i) => (
              <tr data-cell={`${r.indicator.id}:${r.horizon}`} classList={{ 'group-start': first(i()) }}>
                <th scope="row" classList={{ repeated: !first(i()) }}>
                  {/* Named in every row, so a row read on its own, or scrolled to, says what it is. */}
                  {props.labels.indicator(r.indicator.id, i18n.lang())}
                  <Show when={r.indicator.unit === 'dkk'}><span class="unit">{tr('monitor.millions')}</span></Show>
                </th>
                <td>{props.labels.horizon(r.horizon, i18n.lang())}</td>
                <td class="num actual">{v(r, r.actual)}</td>
                <td class="num">{v(r, r.before.p50)}</td>
                <td class="num median" data-p50={r.after.p50}>
                  {v(r, r.after.p50)} <span class="muted">({v(r, r.after.p10)}–{v(r, r.after.p90)})</span>
                </td>
                <td class="num">{v(r, r.target)}</td>
                <td class="num p-before" data-p={r.before.pMeetsTarget ?? ''}>{p(r.before.pMeetsTarget)}</td>
                <td
                  class="num p-after" data-p={r.after.pMeetsTarget ?? ''}
                  classList={{ up: delta(r) >= NOTABLE, down: delta(r) <= -NOTABLE }}
                >
                  {p(r.after.pMeetsTarget)}
                  <Show when={Math.abs(delta(r)) >= NOTABLE}><span class="delta">{points(delta(r))}</span></Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
