import { applicationLevel } from './application-level';
import { applicationTable } from '../../report/application-table';
import { fields } from '../../report/out-of-date';
import { fieldLabel } from '../../scenario/labels';
import { markedFields } from '../editor/field-errors';
import { createSignal, Show, type JSX } from 'solid-js';
import { forecastReport } from '../../report/forecast-report';
import { forecastCsv } from '../../report/csv';
import { forecastMarkdown } from '../../report/markdown';
import { coherenceChecks } from '../../scenario/checks';
import { useForecast, type Forecast } from '../run/forecast-store';
import { useScenarios } from '../store/scenario-context';
import { downloadText } from '../library/download';
import { forecastCopyTable } from './clipboard-table';
import { copyTable } from './export-actions';
import { slugify } from '../store/ids';
import { downloadBlob } from '../library/download';
import { subsampleCsv } from './subsample-csv';
import { sipLibraryJson } from '../../report/sipmath';
import { shareFragment, shareRefusal } from './share-link';
import { shareRefusalText } from './share-text';
import { ApplicationView } from './ApplicationView';
import { markText, useOutOfDate } from './use-out-of-date';
import { actualsLabel } from '../../report/actuals-label';
import { APP_VERSION, RunMeta } from './RunMeta';
import { useFeatureText } from '../i18n';
import { exportMessages } from '../i18n/messages-export';
import './export.css';

/**
 * Under the forecast table: downloads, copying, printing and sharing, then the application's
 * figures. A forecast that does not match the assumptions on screen is still exported (its
 * figures are those of the assumptions it states), but every export says first that it is
 * out of date and why, and a downloaded file's name says so too.
 */
export function ExportBar(): JSX.Element {
  const x = useFeatureText(exportMessages);
  const lang = () => x.i18n.lang();
  const { state } = useForecast();
  const scenarios = useScenarios();
  const outOfDate = useOutOfDate();
  // A forecast with actuals says so first in every export, after the out-of-date warning if any.
  const actuals = () => {
    const f = state.forecast();
    return f?.conditioned ? actualsLabel({ ...f.conditioned, iterations: f.result.iterations }, lang()) : undefined;
  };
  const mark = () => [markText(outOfDate(), lang()), actuals()].filter(Boolean).join(' ') || undefined;
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const say = (text: string, error = false) => setMessage({ text, error });
  const failed = (e: unknown) => say(x.tr('export.failed', { message: String((e as Error)?.message ?? e) }), true);

  const report = (f: Forecast) => forecastReport(f.scenario, f.result, coherenceChecks(f.scenario), lang(), f.seconds * 1000);
  // The scenario's name as the planner knows it (a renamed copy's id stays "baseline-2").
  const stem = (f: Forecast) => slugify(f.scenario.scenario.name);
  /** A file name: the scenario, what the file holds, and "out-of-date" when it is. */
  const file = (f: Forecast, what: string, ext: string) =>
    `${stem(f)}-${what}${f.conditioned ? `-${x.tr('export.actualsFile')}` : ''}${outOfDate() ? `-${x.tr('export.staleFile')}` : ''}.${ext}`;
  const copied = (p: Promise<void>, ok: string) => p.then(() => say(ok), (e: unknown) => say(x.tr('export.copyFailed', { message: String((e as Error)?.message ?? e) }), true));
  const copiedText = () => (outOfDate() ? x.tr('export.copiedStale') : x.tr('export.copied'));

  const raw = (f: Forecast) => {
    // Its iterations count with weights: one by one they are the forecast without the actuals.
    if (f.conditioned) return say(x.tr('export.noRawActuals'), true);
    const csv = subsampleCsv(f.result, f.scenario.model.inputs, lang(), mark());
    if (csv === null) return say(x.tr('export.noRaw'), true);
    downloadText(file(f, 'iterations', 'csv'), csv, 'text/csv;charset=utf-8');
  };
  const sipmath = (f: Forecast) => {
    if (f.conditioned) return say(x.tr('export.noRawActuals'), true);
    const json = sipLibraryJson({ result: f.result, scenario: f.scenario, lang: lang(), date: new Date(), version: APP_VERSION, outOfDate: mark() });
    if (json === null) return say(x.tr('export.noRaw'), true);
    downloadText(file(f, 'sipmath', 'json'), json, 'application/json');
  };
  const xlsx = async (f: Forecast) => {
    setBusy(true);
    // As at the click: the forecast may be brought up to date while the workbook is built.
    const name = file(f, 'forecast', 'xlsx');
    const level = applicationLevel();
    const application = { rows: applicationTable(f.result, level, lang(), f.scenario.labels), level };
    const input = { report: report(f), scenario: f.scenario, lang: lang(), date: new Date(), version: APP_VERSION, outOfDate: mark(), application };
    try {
      const { workbookBlob } = await import('../../report/xlsx-workbook');
      downloadBlob(name, await workbookBlob(input));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };
  const share = async () => {
    // As at the click: the scenario may be edited while it is compressed.
    const text = JSON.stringify(scenarios.state.draft);
    const p = scenarios.state.parsed;
    const pending = Object.keys(scenarios.state.fieldTexts).map((k) => fieldLabel(k, lang(), scenarios.state.programme.labels));
    let fragment: string;
    try {
      fragment = await shareFragment(text);
    } catch {
      return say(x.tr('export.shareNoCompression'), true);
    }
    // A link the receiving side would refuse is not offered.
    const refused = shareRefusal(text, fragment);
    if (refused) return say(x.tr('export.shareError', { message: shareRefusalText(x, { ok: false, reason: refused }) }), true);
    const link = `${location.origin}${location.pathname}${location.search}${fragment}`;
    const n = x.i18n.num(link.length);
    // A scenario with errors is shared as it is (it opens as a draft): the planner is told so.
    const said = p.ok ? x.tr('export.shareCopied', { n }) : x.tr('export.shareCopiedErrors', { n, errors: fields(markedFields(p).length, lang()) });
    // Compressing takes milliseconds, well inside the click's user activation the clipboard asks for.
    await copied(navigator.clipboard.writeText(link), pending.length ? `${said} ${x.tr('export.sharePending', { fields: pending.join(', ') })}` : said);
  };

  return (
    <div class="export-bar">
      <Show when={state.forecast()}>
        {(f) => (
          <>
            <Show when={outOfDate()}>
              <p class="export-stale no-print">{x.tr('export.staleNote')}</p>
            </Show>
            <div class="export-actions no-print" role="toolbar" aria-label={x.tr('export.title')}>
              <button type="button" title={x.tr('export.csvTitle')} onClick={() => downloadText(file(f(), 'forecast', 'csv'), forecastCsv(report(f()), lang(), mark()), 'text/csv;charset=utf-8')}>{x.tr('export.csv')}</button>
              <button type="button" onClick={() => downloadText(file(f(), 'forecast', 'md'), forecastMarkdown(report(f()), lang(), mark()), 'text/markdown')}>{x.tr('export.markdown')}</button>
              <button type="button" title={x.tr('export.copyTableTitle')} onClick={() => copied(copyTable(forecastCopyTable(report(f()), lang(), mark()), lang()), copiedText())}>{x.tr('export.copyTable')}</button>
              <button type="button" title={x.tr('export.rawTitle')} onClick={() => raw(f())}>{x.tr('export.raw')}</button>
              <button type="button" title={x.tr('export.sipmathTitle')} onClick={() => sipmath(f())}>{x.tr('export.sipmath')}</button>
              <button type="button" disabled={busy()} onClick={() => void xlsx(f())}>{busy() ? x.tr('export.xlsxBusy') : x.tr('export.xlsx')}</button>
              <button type="button" onClick={() => window.print()}>{x.tr('export.print')}</button>
              <button type="button" disabled={scenarios.state.draft === undefined} onClick={() => void share()}>{x.tr('export.share')}</button>
            </div>
            <RunMeta forecast={f()} mark={mark()} />
          </>
        )}
      </Show>
      <Show when={message()}>
        {(m) => <p class="export-message no-print" classList={{ error: m().error }} role={m().error ? 'alert' : 'status'}>{m().text}</p>}
      </Show>
      <Show when={state.forecast()}>{(f) => <ApplicationView forecast={f()} mark={mark()} fileName={(what, ext) => file(f(), what, ext)} onDone={say} />}</Show>
    </div>
  );
}
