import { For, Show, type JSX } from 'solid-js';
import type { CellSummary } from '../../engine/summarize';
import { cellIndex, PARTICIPANTS_PREFIX, type IndicatorDef, type Layout } from '../../engine/layout';
import type { ProgrammeLabels } from '../../text';
import { useI18n } from '../i18n';
import { ForecastCell } from './ForecastCell';
import { PROBABILITY_BANDS, ci95 } from './format';
import { basisNote } from '../../scenario/checks';

/** Indicator rows × horizon columns of one forecast, cells coloured by P(meets target). */
export function ForecastTable(props: { cells: CellSummary[]; layout: Layout; labels: ProgrammeLabels; stale?: boolean; basisDiffers?: ReadonlySet<string> }): JSX.Element {
  const { t, lang, pct, num } = useI18n();
  const horizons = () => props.layout.horizons;
  const outcomes = () => props.layout.indicators.filter((i) => !i.id.startsWith(PARTICIPANTS_PREFIX) && !i.cost && !i.own);
  const costs = () => props.layout.indicators.filter((i) => i.cost && !i.own);
  const own = () => props.layout.indicators.filter((i) => i.own);
  const participants = () => props.layout.indicators.filter((i) => i.id.startsWith(PARTICIPANTS_PREFIX));
  const maxPErr = () => Math.max(0, ...props.cells.map((c) => (c.pSe === null ? 0 : ci95(c.pSe))));
  const row = (ind: IndicatorDef) => {
    const i = props.layout.indicators.indexOf(ind);
    return (
      <tr>
        <th scope="row"><Show when={props.labels.code(ind.id)}>{(code) => <abbr class="indicator-code">{code()}</abbr>}</Show>{props.labels.indicator(ind.id, lang())}<Show when={ind.unit === 'dkk'}><span class="unit">{t(ind.per ? 'results.thousandDkk' : 'results.millionDkk')}</span></Show></th>
        <For each={horizons()}>
          {(h, hi) => (
            <ForecastCell
              cell={props.cells[cellIndex(props.layout, i, hi())]} unit={ind.unit} id={`${ind.id}:${h}`} thousands={ind.per !== undefined}
              basisNote={h === 'total' && props.basisDiffers?.has(ind.id) ? basisNote(lang()) : undefined}
            />
          )}
        </For>
      </tr>
    );
  };
  const group = (label: string) => (
    <tr class="group"><th colSpan={horizons().length + 1} scope="rowgroup">{label}</th></tr>
  );
  return (
    <div class="forecast-table" classList={{ stale: props.stale }}>
      <p class="cell-key">{t('results.cellKey')} <span class="screen-only">{t('results.cellHover')}</span></p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('results.indicator')}</th>
            <For each={horizons()}>{(h) => <th scope="col" classList={{ total: h === 'total', 'project-total': h === 'projectTotal' }}>{props.labels.horizon(h, lang())}</th>}</For>
          </tr>
        </thead>
        <tbody>
          {group(t('results.outcomes'))}
          <For each={outcomes()}>{row}</For>
          <Show when={costs().length > 0}>
            {group(t('results.costs'))}
            <For each={costs()}>{row}</For>
          </Show>
          <Show when={own().length > 0}>
            {group(t('results.own'))}
            <For each={own()}>{row}</For>
          </Show>
          {group(t('results.participants'))}
          <For each={participants()}>{row}</For>
        </tbody>
      </table>
      <div class="table-foot">
        <div class="legend" aria-label={t('results.legend')}>
          <span>{t('results.legend')}:</span>
          <For each={PROBABILITY_BANDS}>
            {(b, i) => (
              <span class="swatch" data-band={b.id}>
                {i() === 0 ? `< ${pct(b.below, 0)}` : b.below === Infinity ? `≥ ${pct(PROBABILITY_BANDS[i() - 1].below, 0)}` : `${pct(PROBABILITY_BANDS[i() - 1].below, 0)}–${pct(b.below, 0)}`}
              </span>
            )}
          </For>
        </div>
        <Show when={maxPErr() > 0}>
          <p class="mc-error" data-testid="mc-error">{t('results.mcError', { p: num(maxPErr() * 100, 2) })}</p>
        </Show>
      </div>
    </div>
  );
}
