import { For, Show, type JSX } from 'solid-js';
import { fieldId } from '../editor/field-errors';
import { NumberField } from '../editor/NumberField';
import { useScenarios } from '../store/scenario-context';
import { useActualRow } from './use-actual-row';
import { RowEnd } from './RowEnd';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

const FIELDS = ['indicator', 'horizon', 'value', 'share', 'tolerance', 'note'];

/** One observed indicator value: indicator, horizon, value, optional tolerance and note; its errors beside it. */
export function ObservationRow(props: { index: number; onRemove: () => void }): JSX.Element {
  const { i18n, tr } = useFeatureText(monitoringMessages);
  const { state, actions } = useScenarios();
  // The programme as the draft has it: its indicators, and the horizons that can have passed (not the totals).
  const programme = () => state.programme;
  const { entry, path, errs, other, invalid, name } = useActualRow('observations', () => props.index, FIELDS);
  const select = (f: 'indicator' | 'horizon', options: readonly string[], label: (o: string) => string) => (
    <label class="field">
      <span>{tr(`monitor.${f}`)}</span>
      <select id={fieldId(path(f))} value={String(entry()[f] ?? '')} aria-invalid={errs(f).length ? 'true' : undefined} onChange={(e) => actions.setAt(path(f), e.currentTarget.value)}>
        <For each={options}>{(o) => <option value={o}>{label(o)}</option>}</For>
      </select>
      <Show when={errs(f).length}><span class="field-error">{errs(f).join(' ')}</span></Show>
    </label>
  );
  return (
    <li class="actual-row observation" data-index={props.index} classList={{ invalid: invalid() }}>
      {/* Not a cost per result: it has values at the totals only, which no observation is of. */}
      {select('indicator', programme().layout.indicators.filter((d) => d.per === undefined).map((d) => d.id), (id) => programme().labels.indicator(id, i18n.lang()))}
      {select('horizon', programme().layout.horizons.slice(0, programme().layout.eventHorizons), (h) => programme().labels.horizon(h, i18n.lang()))}
      <NumberField id={fieldId(path('value'))} label={<><span class="visually-hidden">{name()}: </span>{tr('monitor.value')}</>} value={entry().value} errors={errs('value')} onValue={(v) => actions.setAt(path('value'), v)} />
      <NumberField
        id={fieldId(path('share'))} label={<><span class="visually-hidden">{name()}: </span>{tr('monitor.share')}</>} value={entry().share} errors={errs('share')} scale={100} unit="%"
        onValue={(v) => actions.setAt(path('share'), v === '' ? undefined : v)}
      />
      <NumberField
        id={fieldId(path('tolerance'))} label={<><span class="visually-hidden">{name()}: </span>{tr('monitor.tolerance')}</>} value={entry().tolerance} errors={errs('tolerance')}
        onValue={(v) => actions.setAt(path('tolerance'), v === '' ? undefined : v)}
      />
      <RowEnd notePath={path('note')} note={entry().note} removeLabel={tr('monitor.removeObservation', { n: props.index + 1 })} onRemove={props.onRemove} errors={other()} />
    </li>
  );
}
