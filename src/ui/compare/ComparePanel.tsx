import { jointLines, jointReport } from '../../report/forecast-report';
import { fields } from '../../report/out-of-date';
import { createEffect, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { errorLabel, errorMessage, markedFields } from '../editor/field-errors';
import type { AnalysisClient } from '../../client/analysis-client';
import type { Comparison } from '../../engine/analysis/paired';
import { validateScenario, type ValidScenario } from '../../scenario/parse';
import { useScenarios } from '../store/scenario-context';
import { createJob } from '../analysis/create-job';
import { JobStatus } from '../analysis/JobStatus';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { loadDocuments } from './scenario-docs';
import { ScenarioPicker } from './ScenarioPicker';
import { CompareTable } from './CompareTable';
import { CompareCharts } from './CompareCharts';
import { AssumptionDiff } from './AssumptionDiff';
import { SeedField } from '../analysis/SeedField';
import { CountField } from '../analysis/CountField';
import { compareCsv, compareReport, notInReference, notInReferenceText } from '../../report/compare-report';
import { forecastReport } from '../../report/forecast-report';
import { coherenceChecks } from '../../scenario/checks';
import { downloadBlob, downloadText } from '../library/download';
import { slugify } from '../store/ids';
import { APP_VERSION } from '../export/RunMeta';

interface Compared { comparison: Comparison; ids: string[]; names: string[]; docs: unknown[]; valids: ValidScenario[]; seed: string; iterations: number; seconds: number }

/** Side by side: 2–4 saved scenarios forecast with common random numbers, and their differences to a reference. */
export function ComparePanel(props: { client: AnalysisClient }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const store = useScenarios();
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [reference, setReference] = createSignal<string | null>(null);
  const [seed, setSeed] = createSignal('1');
  const [iterations, setIterations] = createSignal(20_000);
  const [horizon, setHorizon] = createSignal<string>('total');
  const [skipped, setSkipped] = createSignal<string[]>([]);
  const [done, setDone] = createSignal(0);
  const [result, setResult] = createSignal<Compared | null>(null);
  const job = createJob();

  // Start with the first two scenarios (the baseline and the evidence on a fresh start).
  createEffect(() => {
    if (chosen().length === 0 && store.state.entries.length >= 2) {
      setChosen(store.state.entries.slice(0, 2).map((e) => e.id));
      setReference(store.state.entries[0].id);
    }
  });
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen(), id] : chosen().filter((x) => x !== id);
    setChosen(next);
    if (!next.includes(reference() ?? '')) setReference(next[0] ?? null);
  };
  const iterationsOk = () => Number.isInteger(iterations()) && iterations() >= 1000;
  const valid = () => chosen().length >= 2 && chosen().length <= 4 && iterationsOk() && seed().trim() !== '';

  async function run() {
    const entries = store.state.entries.filter((e) => chosen().includes(e.id));
    const docs = await loadDocuments(store, entries.map((e) => e.id));
    const notes: string[] = [];
    const kept: { id: string; name: string; doc: unknown; v: ValidScenario }[] = [];
    for (const e of entries) {
      if (!docs.has(e.id)) notes.push(tr('compare.unreadable', { name: e.name }));
      else {
        const p = validateScenario(docs.get(e.id));
        if (p.ok) kept.push({ id: e.id, name: e.name, doc: docs.get(e.id), v: p.value });
        else notes.push(tr('compare.skipped', { name: e.name, count: fields(markedFields(p).length, i18n.lang()), path: errorLabel(p.errors[0], i18n.lang()), message: errorMessage(p.errors[0], i18n.lang()) }));
      }
    }
    setSkipped(notes);
    if (kept.length < 2) return;
    const ref = Math.max(0, kept.findIndex((k) => k.id === reference()));
    const n = iterations();
    const s = seed().trim();
    setDone(0);
    const started = performance.now();
    const comparison = await job.start((signal) =>
      props.client.compare({ scenarios: kept.map((k) => k.v), reference: ref, seed: s, iterations: n, signal, onProgress: setDone }),
    );
    if (comparison) {
      setResult({
        comparison, ids: kept.map((k) => k.id), names: kept.map((k) => k.name), docs: kept.map((k) => k.doc), valids: kept.map((k) => k.v),
        seed: s, iterations: n, seconds: (performance.now() - started) / 1000,
      });
    }
  }

  // The comparison as files: the paired figures (CSV for tools), or a workbook with them and each scenario's sheets.
  const [exporting, setExporting] = createSignal<string | null>(null);
  const fileStem = (r: Compared) => `${r.ids.map((id) => slugify(id)).join('-vs-')}-compare`;
  const report = (r: Compared) => compareReport(r.valids, r.comparison, i18n.lang(), r.seconds * 1000);
  const csv = (r: Compared) => downloadText(`${fileStem(r)}.csv`, compareCsv(report(r)), 'text/csv;charset=utf-8');
  async function xlsx(r: Compared) {
    setExporting(null);
    try {
      const { workbookBlob } = await import('../../report/xlsx-workbook');
      const lang = i18n.lang();
      const inputs = r.valids.map((v, k) => ({
        report: forecastReport(v, r.comparison.results[k], coherenceChecks(v), lang, r.seconds * 1000), scenario: v, lang, date: new Date(), version: APP_VERSION,
      }));
      downloadBlob(`${fileStem(r)}.xlsx`, await workbookBlob(inputs, report(r)));
    } catch (e) {
      setExporting(tr('compare.exportFailed', { message: String((e as Error)?.message ?? e) }));
    }
  }

  /** The reference's programme: its horizons and words name the rows. */
  const refOf = (r: Compared) => r.valids[r.comparison.reference];
  const horizons = (r: Compared) => (horizon() === 'all' ? [...refOf(r).layout.horizons] : [refOf(r).layout.horizons.includes(horizon()) ? horizon() : 'total']);
  return (
    <div class="compare">
      <div class="compare-form">
        <ScenarioPicker entries={store.state.entries} chosen={chosen()} reference={reference()} onToggle={toggle} onReference={setReference} />
        <div class="run-fields">
          <CountField
            label={tr('analysis.iterations')} value={iterations()} onValue={setIterations}
            invalid={!iterationsOk()} describedBy={iterationsOk() ? undefined : 'compare-iterations-error'}
          />
          <SeedField seed={seed()} onInput={setSeed} />
          <button type="button" class="primary" disabled={!valid() || job.running()} onClick={() => void run()}>{tr('compare.run')}</button>
        </div>
        <Show when={chosen().length < 2}><p class="hint">{tr('compare.needTwo')}</p></Show>
        <Show when={!iterationsOk()}><p id="compare-iterations-error" class="field-error" role="alert">{tr('compare.iterationsInvalid')}</p></Show>
        <Show when={seed().trim() === ''}><p class="field-error" role="alert">{tr('compare.seedInvalid')}</p></Show>
      </div>
      <For each={skipped()}>{(s) => <p class="status warning" role="status">{s}</p>}</For>
      <JobStatus job={job} done={done()} total={iterations()} />
      <Show when={result()}>
        {(r) => (
          <div class="compare-result" classList={{ stale: job.running() }} data-iterations={r().iterations}>
            <div class="chart-controls">
              <p class="hint grow">{tr('compare.header', { n: i18n.num(r().iterations), seed: r().seed, a: r().names[r().comparison.reference] })}</p>
              <ul class="joint" data-testid="compare-joint">
                <For each={r().comparison.results}>
                  {(res, k) => <For each={jointLines(jointReport(res.joint, r().valids[k()].labels, i18n.lang()), i18n.lang())}>{(l) => <li>{`${r().names[k()]}: ${l}`}</li>}</For>}
                </For>
              </ul>
              <For each={notInReference(r().valids, r().comparison.reference, i18n.lang())}>
                {(n) => <p class="status warning compare-not-shown" role="status">{notInReferenceText(n, i18n.lang())}</p>}
              </For>
              <div class="compare-export" role="group" aria-label={tr('compare.export')}>
                <button type="button" onClick={() => void xlsx(r())}>{tr('compare.xlsx')}</button>
                <button type="button" onClick={() => csv(r())}>{tr('compare.csv')}</button>
              </div>
              <label class="field">
                <span>{tr('analysis.horizon')}</span>
                <select value={horizon()} onChange={(e) => setHorizon(e.currentTarget.value)}>
                  <option value="all">{tr('compare.horizonAll')}</option>
                  <For each={refOf(r()).layout.horizons}>{(h) => <option value={h}>{refOf(r()).labels.horizon(h, i18n.lang())}</option>}</For>
                </select>
              </label>
            </div>
            <Show when={exporting()}>{(m) => <p class="status error" role="alert">{m()}</p>}</Show>
            <CompareTable comparison={r().comparison} ids={r().ids} names={r().names} horizons={horizons(r())} labels={refOf(r()).labels} />
            <p class="hint why">{tr('compare.why')}</p>
            <CompareCharts comparison={r().comparison} names={r().names} labels={refOf(r()).labels} />
            <Index each={r().docs}>
              {(doc, s) => (
                <Show when={s !== r().comparison.reference}>
                  <AssumptionDiff
                    reference={{ name: r().names[r().comparison.reference], doc: r().docs[r().comparison.reference], model: refOf(r()).model }}
                    other={{ name: r().names[s], doc: doc(), model: r().valids[s].model }}
                  />
                </Show>
              )}
            </Index>
          </div>
        )}
      </Show>
    </div>
  );
}
