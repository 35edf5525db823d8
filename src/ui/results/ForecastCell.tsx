import { Show, type JSX } from 'solid-js';
import type { CellSummary } from '../../engine/summarize';
import { isBlankCell } from '../../report/forecast-report';
import type { IndicatorUnit } from '../../engine/layout';
import { useI18n } from '../i18n';
import { ci95, formatExact, formatValue, probabilityBand } from './format';

/**
 * One indicator × horizon: median, P10–P90, mean, and the target with its probability. A
 * target on another basis than its column (`basisNote`) is not coloured as met or missed;
 * the cell says why instead.
 */
export function ForecastCell(props: { cell: CellSummary; unit: IndicatorUnit; id: string; basisNote?: string; /** Money shown in thousands rather than millions (a cost per result). */ thousands?: boolean }): JSX.Element {
  const i18n = useI18n();
  const { t, pct } = i18n;
  const v = (x: number, d = 0) => formatValue(i18n, props.unit, x, d, props.thousands ? 1e3 : 1e6);
  const title = () => {
    const c = props.cell;
    if (Number.isNaN(c.p50)) return t('results.noValue');
    const exact = (x: number) => formatExact(i18n, props.unit, x);
    const lines = [Number.isNaN(c.mean) ? t('results.cellTitleNoMean', { p10: exact(c.p10), p90: exact(c.p90), p5: exact(c.p5), p95: exact(c.p95) }) : t('results.cellTitle', { mean: exact(c.mean), meanErr: exact(ci95(c.se)), p10: exact(c.p10), p90: exact(c.p90), p5: exact(c.p5), p95: exact(c.p95) })];
    if (c.target !== null && c.pMeetsTarget !== null) {
      lines.push(t('results.cellTitleTarget', { target: exact(c.target), p: pct(c.pMeetsTarget, 2), pErr: pct(ci95(c.pSe ?? 0), 2) }));
    }
    if (props.basisNote) lines.push(props.basisNote);
    return lines.join('\n');
  };
  // No target and nothing in it: 0 in every iteration, or (a cost per result outside the totals) no value at all.
  const empty = () => isBlankCell(props.cell);
  return (
    <td
      class="cell" classList={{ empty: empty() }}
      data-cell={props.id} data-median={props.cell.p50} data-band={props.cell.pMeetsTarget === null || props.basisNote ? undefined : probabilityBand(props.cell.pMeetsTarget)}
      data-basis={props.basisNote ? 'differs' : undefined}
      title={title()}
    >
      <Show when={!empty()} fallback={<span class="median muted">{Number.isNaN(props.cell.p50) ? '–' : '0'}</span>}>
        <span class="median">{v(props.cell.p50)}</span>
        <span class="range">{v(props.cell.p10)}–{v(props.cell.p90)}</span>
        {/* A cost per result has no mean (it is ∞ where there is no result). */}
        <Show when={!Number.isNaN(props.cell.mean)}>
          <span class="mean">{t('results.mean')} {v(props.cell.mean, props.unit === 'dkk' ? 2 : 1)}</span>
        </Show>
        <Show when={props.cell.target !== null}>
          <span class="target">
            {t('results.target')} {v(props.cell.target!)} · <strong>{pct(props.cell.pMeetsTarget ?? 0, 0)}</strong>
          </span>
        </Show>
        <Show when={props.basisNote}>
          <span class="basis" aria-hidden="true">{t('results.basisShort')}</span>
        </Show>
      </Show>
      {/* The Monte Carlo errors of the hover text, for screen readers (a title is not reliably read). */}
      <span class="sr-only">{title()}</span>
    </td>
  );
}
