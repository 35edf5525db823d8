import { For, type JSX } from 'solid-js';
import { HORIZONS, HORIZON_LABELS, INDICATORS } from '../../engine/indicators';
import { useAnalysisText } from './use-analysis-text';

/** An indicator and a horizon, as two selects. */
export function CellPicker(props: { indicator: number; horizon: number; onChange: (indicator: number, horizon: number) => void }): JSX.Element {
  const { i18n, tr } = useAnalysisText();
  return (
    <>
      <label class="field">
        <span>{tr('analysis.indicator')}</span>
        <select value={props.indicator} onChange={(e) => props.onChange(Number(e.currentTarget.value), props.horizon)}>
          <For each={INDICATORS}>{(ind, i) => <option value={i()}>{ind.label[i18n.lang()]}</option>}</For>
        </select>
      </label>
      <label class="field">
        <span>{tr('analysis.horizon')}</span>
        <select value={props.horizon} onChange={(e) => props.onChange(props.indicator, Number(e.currentTarget.value))}>
          <For each={HORIZONS}>{(h, i) => <option value={i()}>{HORIZON_LABELS[h][i18n.lang()]}</option>}</For>
        </select>
      </label>
    </>
  );
}
