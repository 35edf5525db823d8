import { For, Index, Show, type JSX } from 'solid-js';
import type { Comparison, DifferenceSummary } from '../../engine/analysis/paired';
import type { IndicatorDef } from '../../engine/layout';
import type { ProgrammeLabels } from '../../text';
import type { CellSummary } from '../../engine/summarize';
import { formatValue } from '../results/format';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { compareRows } from './compare-data';

/**
 * Each scenario's median, P10–P90 and probability of meeting the target, side by side, and
 * for every scenario but the reference its paired difference: the mean with its 95 %
 * interval and the probability that it gives more than the reference.
 */
export function CompareTable(props: { comparison: Comparison; ids: string[]; names: string[]; horizons: string[]; labels: ProgrammeLabels }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const rows = () => compareRows(props.comparison, props.horizons);
  const isRef = (s: number) => s === props.comparison.reference;
  const many = () => props.horizons.length > 1;
  const unit = (indicator: IndicatorDef) => indicator.unit;
  const v = (indicator: IndicatorDef, x: number, digits = 0) => formatValue(i18n, unit(indicator), x, digits);
  // The sign goes with the shown digits: a difference that rounds to 0 has none.
  const signed = (indicator: IndicatorDef, x: number) => {
    const digits = v(indicator, Math.abs(x), 1);
    return /[1-9]/.test(digits) ? `${x > 0 ? '+' : '−'}${digits}` : digits;
  };
  const summary = (indicator: IndicatorDef, c: CellSummary | null) => (
    <Show when={c} fallback={<><td class="num median">–</td><td class="num range">–</td><td class="num">–</td></>}>
      {(x) => (
        <>
          <td class="num median">{v(indicator, x().p50)}</td>
          <td class="num range">{v(indicator, x().p10)}–{v(indicator, x().p90)}</td>
          <td class="num">{x().pMeetsTarget === null ? '–' : i18n.pct(x().pMeetsTarget!)}</td>
        </>
      )}
    </Show>
  );
  const difference = (indicator: IndicatorDef, key: string, s: number, d: DifferenceSummary) => (
    <>
      <td class="num diff" data-cell={key} data-scenario={props.ids[s]} data-mean={d.mean}>
        {signed(indicator, d.mean)} <span class="muted">{tr('compare.interval', { low: signed(indicator, d.meanLow), high: signed(indicator, d.meanHigh) })}</span>
      </td>
      <td class="num p-greater" data-cell={key} data-scenario={props.ids[s]} data-p-greater={d.pGreater}
        title={tr('compare.pGreaterTitle', { a: props.names[props.comparison.reference], b: props.names[s] })}>
        {i18n.pct(d.pGreater)}
      </td>
    </>
  );
  return (
    <div class="compare-table">
      <table>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">{tr('analysis.indicator')}</th>
            <Show when={many()}><th rowSpan={2} scope="col">{tr('analysis.horizon')}</th></Show>
            <Index each={props.names}>
              {(name, s) => (
                <th scope="colgroup" colSpan={isRef(s) ? 3 : 5} class="group">
                  {name()} <Show when={isRef(s)}><span class="ref-badge">{tr('compare.refMark')}</span></Show>
                </th>
              )}
            </Index>
          </tr>
          <tr>
            <Index each={props.names}>
              {(_, s) => (
                <>
                  <th scope="col" class="first">{tr('compare.median')}</th>
                  <th scope="col">{tr('compare.range')}</th>
                  <th scope="col">{tr('compare.pTarget')}</th>
                  <Show when={!isRef(s)}>
                    <th scope="col">{tr('compare.diff')}</th>
                    <th scope="col">{tr('compare.pGreater')}</th>
                  </Show>
                </>
              )}
            </Index>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(row) => {
              const key = `${row.indicator.id}:${row.horizon}`;
              return (
                <tr data-row={key}>
                  <th scope="row">
                    {props.labels.indicator(row.indicator.id, i18n.lang())}
                    <Show when={unit(row.indicator) === 'dkk'}><span class="unit">{i18n.t('results.millionDkk')}</span></Show>
                  </th>
                  <Show when={many()}><td>{props.labels.horizon(row.horizon, i18n.lang())}</td></Show>
                  <Index each={row.scenarios}>
                    {(c, s) => (
                      <>
                        {summary(row.indicator, c())}
                        <Show when={!isRef(s)}>
                          <Show when={row.differences[s]} fallback={<><td class="num diff">–</td><td class="num p-greater">–</td></>}>{(d) => difference(row.indicator, key, s, d())}</Show>
                        </Show>
                      </>
                    )}
                  </Index>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </div>
  );
}
