import { For, type JSX } from 'solid-js';
import { cellOf, type Layout } from '../../engine/layout';
import type { ProgrammeLabels } from '../../text';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

/** An indicator and a horizon of a programme, as two selects, by id. */
export function CellPicker(props: { layout: Layout; labels: ProgrammeLabels; indicator: string; horizon: string; onChange: (indicator: string, horizon: string) => void }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  return (
    <>
      <label class="field">
        <span>{tr('analysis.indicator')}</span>
        <select value={props.indicator} onChange={(e) => props.onChange(e.currentTarget.value, props.horizon)}>
          {/* Not the costs per result: their quantiles are ∞ where many iterations have no result, which the charts cannot draw (the command line's sensitivity takes them). */}
          <For each={props.layout.indicators.filter((ind) => ind.per === undefined)}>{(ind) => <option value={ind.id}>{props.labels.indicator(ind.id, i18n.lang())}</option>}</For>
        </select>
      </label>
      <label class="field">
        <span>{tr('analysis.horizon')}</span>
        <select value={props.horizon} onChange={(e) => props.onChange(props.indicator, e.currentTarget.value)}>
          <For each={props.layout.horizons}>{(h) => <option value={h}>{props.labels.horizon(h, i18n.lang())}</option>}</For>
        </select>
      </label>
    </>
  );
}

/**
 * A chosen indicator and horizon (by id) as a cell of `layout`: the same ids where the layout
 * has them, else its first indicator and its total, so a choice outlives a change of programme.
 */
export function pickedCell(layout: Layout, indicator: string, horizon: string): { indicator: string; horizon: string; cell: number } {
  const ind = layout.indicators.some((d) => d.id === indicator && d.per === undefined) ? indicator : layout.indicators[0].id;
  const h = layout.horizons.includes(horizon) ? horizon : 'total';
  return { indicator: ind, horizon: h, cell: cellOf(layout, ind, h) };
}
