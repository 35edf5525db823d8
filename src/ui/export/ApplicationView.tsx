import { codesNote } from '../../text/indicator-codes';
import { applicationLevel, setApplicationLevel } from './application-level';
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { applicationHorizons, applicationCellText, applicationMarkdown, applicationTable, type ApplicationCell, type ApplicationSource } from '../../report/application-table';
import type { IndicatorUnit } from '../../engine/layout';
import { assumptionsText, assumptionsTitle } from '../../report/assumptions-text';
import { iterationsText } from '../../text/format-number';
import type { Forecast } from '../run/forecast-store';
import { downloadText } from '../library/download';
import { copyTable } from './export-actions';
import { useFeatureText } from '../i18n';
import { exportMessages } from '../i18n/messages-export';

const LEVELS = [{ p: 0.5, key: 'app.median' }, { p: 0.2, key: 'app.p20' }, { p: 0.1, key: 'app.p10' }] as const;

/**
 * The application's own table at a chosen level, and the critical assumptions in words, ready
 * to copy, with the forecast they come from (scenario, iterations, seed). `mark`, an
 * out-of-date forecast's warning, is shown above them and goes first in every copy.
 */
export function ApplicationView(props: {
  forecast: Forecast;
  mark?: string;
  fileName: (what: string, ext: string) => string;
  onDone: (message: string, error?: boolean) => void;
}): JSX.Element {
  const x = useFeatureText(exportMessages);
  const lang = () => x.i18n.lang();
  const level = applicationLevel;
  const setLevel = setApplicationLevel;
  const labels = () => props.forecast.scenario.labels;
  const rows = createMemo(() => applicationTable(props.forecast.result, level(), lang(), labels()));
  const paragraphs = createMemo(() => assumptionsText(props.forecast.scenario, lang()));
  const horizons = () => applicationHorizons(props.forecast.result.layout);
  const cellText = (c: ApplicationCell, unit: IndicatorUnit) => applicationCellText(c, unit, lang());
  const levelName = () => (level() === 0.5 ? (lang() === 'da' ? 'medianen' : 'the median') : lang() === 'da' ? `${level() * 100}. percentil` : `the ${level() * 100}th percentile`);
  const attempt = (p: Promise<void>) => p.then(() => props.onDone(x.tr(props.mark ? 'export.copiedStale' : 'export.copied')), (e: unknown) => props.onDone(x.tr('export.copyFailed', { message: String((e as Error)?.message ?? e) }), true));
  const source = (): ApplicationSource => ({ scenario: props.forecast.scenario.scenario.name, iterations: props.forecast.result.iterations, seed: props.forecast.result.seed, mark: props.mark });
  const sourceText = () => x.tr('app.source', { scenario: props.forecast.scenario.scenario.name, run: iterationsText(props.forecast.result.iterations, props.forecast.result.seed, lang()) });
  const copy = () => attempt(copyTable({
    notes: [...(props.mark ? [props.mark] : []), sourceText()],
    head: [x.tr('app.code'), x.tr('app.indicator'), ...horizons().map((h) => labels().horizon(h, lang()))],
    rows: rows().map((r) => [r.code ?? '', r.label, ...r.cells.map((c) => cellText(c, r.unit))]),
  }, lang()));
  // Titled with its scenario, so two pasted texts (the plan and a cautious variant) cannot be taken for each other.
  const copyText = () => attempt(navigator.clipboard.writeText([...(props.mark ? [props.mark] : []), assumptionsTitle(props.forecast.scenario.scenario.name, lang()), ...paragraphs().map((p) => p.text)].join('\n\n')));
  return (
    <section class="application" aria-labelledby="application-title">
      <div class="application-head">
        <h3 id="application-title">{x.tr('app.title')}</h3>
        <label class="field inline no-print">
          <span>{x.tr('app.level')}</span>
          <select value={String(level())} onChange={(e) => setLevel(Number(e.currentTarget.value))}>
            <For each={LEVELS}>{(l) => <option value={String(l.p)}>{x.tr(l.key)}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={props.mark}>{(m) => <p class="export-stale application-stale">{m()}</p>}</Show>
      <p class="application-source">{sourceText()}</p>
      <Show when={props.forecast.quick}>
        <p class="status notice application-quick">{x.tr('app.quick', { n: x.i18n.num(props.forecast.result.iterations) })}</p>
      </Show>
      {/* Row labels are cells and cells are data-app-cell: the forecast table above owns the row headers and data-cell names. */}
      <table class="application-table" data-level={level()}>
        <thead>
          <tr><th scope="col">{x.tr('app.code')}</th><th scope="col">{x.tr('app.indicator')}</th><For each={horizons()}>{(h) => <th scope="col">{labels().horizon(h, lang())}</th>}</For></tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(r) => (
              <tr>
                <td class="row-code" data-app-code={r.id}>{r.code ?? ''}</td>
                <td class="row-label">{r.label}</td>
                <For each={r.cells}>{(c, i) => <td data-app-cell={`${r.id}:${horizons()[i()]}`} data-value={c.value} data-p={c.probability}>{cellText(c, r.unit)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.forecast.result.layout.indicators.some((d) => d.cost || d.per !== undefined)}>
        <p class="hint" data-testid="app-costs">{x.tr('app.costs')}</p>
      </Show>
      <p class="hint">{x.tr('app.note', { level: levelName() })} <span data-testid="app-codes">{codesNote(labels().codeSet, lang())}</span></p>
      <div class="export-actions no-print">
        <button type="button" onClick={copy}>{x.tr('app.copy')}</button>
        <button type="button" onClick={() => downloadText(props.fileName('application', 'md'), applicationMarkdown(rows(), level(), lang(), source(), labels()), 'text/markdown')}>{x.tr('app.download')}</button>
      </div>
      <h3>{x.tr('app.assumptions')}</h3>
      <div class="assumptions-text">
        {/* Said again here: these are the words of the assumptions the forecast is of, which are not those on screen. */}
        <Show when={props.mark}>{(m) => <p class="export-stale">{m()}</p>}</Show>
        <For each={paragraphs()}>{(p) => <p data-paragraph={p.id}>{p.text}</p>}</For>
      </div>
      <div class="export-actions no-print">
        <button type="button" onClick={copyText}>{x.tr('app.copyText')}</button>
      </div>
    </section>
  );
}
