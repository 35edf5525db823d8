import { createSignal, For, Show, type JSX } from 'solid-js';
import { checksAt, type Check } from '../../scenario/checks';
import { assumptionName, formatInputValue } from './input-text';
import type { InputKind } from '../../engine/model';
import type { AnalysisClient } from '../../client/analysis-client';
import type { InputSensitivity } from '../../engine/analysis/sensitivity';
import { horizonOf, indicatorOf } from '../../engine/layout';
import type { ValidScenario } from '../../scenario/parse';
import { formatValue } from '../results/format';
import { CellPicker, pickedCell } from './CellPicker';
import { createJob } from './create-job';
import { JobStatus } from './JobStatus';
import { TornadoChart } from './TornadoChart';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import { SeedField } from './SeedField';

/** Each swing run: one block, enough for a stable median (common random numbers do the rest). */
const ITERATIONS = 5_000;
/** The strongest drivers shown at first; the rest on request. */
const SHOWN = 12;

/** What drives one indicator × horizon of the current scenario: a tornado of the inputs' swings. */
export function DriversPanel(props: { client: AnalysisClient; scenario: ValidScenario }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const [indicator, setIndicator] = createSignal('growthCompanies');
  const [horizon, setHorizon] = createSignal('total');
  const picked = () => pickedCell(props.scenario.layout, indicator(), horizon());
  const [seed, setSeed] = createSignal('1');
  const [result, setResult] = createSignal<{ cell: number; base: number; inputs: InputSensitivity[]; seed: string; crossed: Crossing[] } | null>(null);
  const job = createJob();
  const [all, setAll] = createSignal(false);
  const uncertain = () => props.scenario.model.inputs.filter((x) => x.dist.type !== 'fixed').length;

  async function run() {
    const cell = picked().cell;
    const s = seed().trim() || '1';
    const r = await job.start((signal) => props.client.sensitivity({ ...props.scenario, cell, seed: s, iterations: ITERATIONS, signal }));
    if (r) setResult({ cell, base: r.base.p50, inputs: r.inputs, seed: s, crossed: crossings(props.scenario, r.inputs) });
  }
  const name = (cell: number) => {
    const l = props.scenario.layout;
    const ind = indicatorOf(l, cell);
    return `${props.scenario.labels.indicator(ind.id, i18n.lang())}, ${props.scenario.labels.horizon(horizonOf(l, cell), i18n.lang())}${ind.unit === 'dkk' ? ` (${i18n.t('results.millionDkk')})` : ''}`;
  };
  const format = (cell: number) => (x: number) => formatValue(i18n, indicatorOf(props.scenario.layout, cell).unit, x);

  return (
    <div class="drivers">
      <p class="intro">{tr('drivers.intro')}</p>
      <Show when={uncertain() > 0} fallback={<p class="hint">{tr('drivers.none')}</p>}>
        <div class="run-fields">
          <CellPicker layout={props.scenario.layout} labels={props.scenario.labels} indicator={picked().indicator} horizon={picked().horizon} onChange={(i, h) => (setIndicator(i), setHorizon(h))} />
          <SeedField seed={seed()} onInput={setSeed} />
          <button type="button" class="primary" disabled={job.running()} onClick={() => void run()}>{tr('drivers.run')}</button>
        </div>
        <JobStatus job={job} />
        <Show when={result()}>
          {(r) => (
            <figure class="tornado-figure" classList={{ stale: job.running() }}>
              <figcaption>
                {name(r().cell)} · {tr('drivers.base', { median: format(r().cell)(r().base) })} ·{' '}
                <span class="muted">{tr('drivers.cost', { runs: i18n.num(2 * r().inputs.length + 1), n: i18n.num(ITERATIONS), seed: r().seed })}</span>
              </figcaption>
              <TornadoChart items={all() ? r().inputs : r().inputs.slice(0, SHOWN)} base={r().base} format={format(r().cell)} label={name(r().cell)} />
              <Show when={r().crossed.length > 0}>
                <div class="drivers-crossed" role="note" data-testid="drivers-crossed">
                  <p><strong>{tr('drivers.crosses')}</strong></p>
                  <ul>
                    <For each={r().crossed}>
                      {(c) => (
                        <li data-check={c.check.id}>
                          {tr(c.at.length === 2 ? 'drivers.crossAtBoth' : c.at[0].end === 'low' ? 'drivers.crossAtLow' : 'drivers.crossAtHigh', {
                            input: assumptionName(c.path, i18n, true),
                            value: formatInputValue(c.at[0].value, c.kind, i18n),
                            high: formatInputValue(c.at[c.at.length - 1].value, c.kind, i18n),
                          })}{' '}
                          {c.check.message[i18n.lang()]}
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              </Show>
              <Show when={r().inputs.length > SHOWN}>
                <button type="button" class="link" aria-expanded={all()} onClick={() => setAll(!all())}>
                  {all() ? tr('drivers.fewer', { n: SHOWN }) : tr('drivers.all', { n: r().inputs.length })}
                </button>
              </Show>
            </figure>
          )}
        </Show>
      </Show>
    </div>
  );
}

/** Where a swing (an input held at its P10, its P90 or both) crosses a check of the scenario. */
interface Crossing { path: string; kind: InputKind; at: { end: 'low' | 'high'; value: number }[]; check: Check }

/** Every swing that rests on a value crossing a check about its input, once per input and check. */
function crossings(v: ValidScenario, inputs: InputSensitivity[]): Crossing[] {
  return inputs.flatMap((x) => {
    const found = new Map<string, Crossing>();
    for (const end of ['low', 'high'] as const) {
      const value = end === 'low' ? x.low : x.high;
      for (const check of checksAt(v, x.path, { type: 'fixed', value }).filter((c) => c.input === x.path)) {
        const c = found.get(check.id) ?? { path: x.path, kind: x.kind, at: [], check };
        c.at.push({ end, value });
        found.set(check.id, c);
      }
    }
    return [...found.values()];
  });
}
