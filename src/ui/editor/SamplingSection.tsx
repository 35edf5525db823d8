import { For, Show } from 'solid-js';
import { errorLabel, errorMessage } from './field-errors';
import { useI18n } from '../i18n';
import { getIn } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { inputLabel } from '../../report/input-labels';
import { Collapsible } from './Collapsible';
import { docOf, pairsOf, type CorrelationPair } from './correlation-pairs';
import { useText } from './use-text';

/**
 * How programme-level inputs are drawn: plain Monte Carlo or Latin hypercube, and rank
 * correlations between uncertain inputs (stated as pairs; the matrix is built from them and
 * checked by the scenario's validation, whose errors show here).
 */
export function SamplingSection(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  const i18n = useI18n();
  const { state, actions } = useScenarios();
  const method = () => (getIn(state.draft, ['sampling', 'method']) as string | undefined) ?? 'monte-carlo';
  const pairs = () => pairsOf(getIn(state.draft, ['sampling', 'correlations']) as never);
  const uncertain = () => (state.lastValid?.model.inputs ?? []).filter((i) => i.dist.type !== 'fixed').map((i) => i.path);
  const label = (path: string) => inputLabel(path, i18n.lang()).label;
  const errors = () => (state.parsed.ok ? [] : state.parsed.errors.filter((e) => e.path.startsWith('sampling')));
  const setMethod = (m: string) => actions.setAt(['sampling', 'method'], m);
  const setPairs = (next: CorrelationPair[]) => {
    if (getIn(state.draft, ['sampling']) === undefined) actions.setAt(['sampling'], { method: 'monte-carlo' });
    actions.setAt(['sampling', 'correlations'], docOf(next));
  };
  const update = (k: number, change: Partial<CorrelationPair>) => setPairs(pairs().map((p, i) => (i === k ? { ...p, ...change } : p)));
  const add = () => {
    const [a, b] = uncertain();
    if (a && b) setPairs([...pairs(), { a, b, rho: 0.5 }]);
  };

  return (
    <Collapsible id="section-sampling" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.sampling')} invalid={errors().length > 0}>
      <fieldset class="sampling-method">
        <legend>{t('editor.sampling.method')}</legend>
        <For each={[['monte-carlo', 'editor.sampling.mc'], ['latin-hypercube', 'editor.sampling.lhs']] as const}>
          {([value, key]) => (
            <label>
              <input type="radio" name="sampling-method" value={value} checked={method() === value} onChange={() => setMethod(value)} /> {t(key)}
            </label>
          )}
        </For>
      </fieldset>
      <h4>{t('editor.correlations')}</h4>
      <Show when={pairs().length > 0} fallback={<p class="hint">{t('editor.correlations.none')}</p>}>
        <For each={pairs()}>
          {(p, k) => (
            <div class="correlation-pair">
              <label>
                <span class="visually-hidden">{t('editor.correlations.first')}</span>
                <select value={p.a} onChange={(e) => update(k(), { a: e.currentTarget.value })}>
                  <For each={uncertain()}>{(path) => <option value={path}>{label(path)}</option>}</For>
                </select>
              </label>
              <span>{t('editor.correlations.second')}</span>
              <label>
                <span class="visually-hidden">{t('editor.correlations.second')}</span>
                <select value={p.b} onChange={(e) => update(k(), { b: e.currentTarget.value })}>
                  <For each={uncertain()}>{(path) => <option value={path}>{label(path)}</option>}</For>
                </select>
              </label>
              <label>
                {t('editor.correlations.rho')}{' '}
                <input type="number" min="-1" max="1" step="0.05" value={p.rho} onChange={(e) => update(k(), { rho: Number(e.currentTarget.value) })} />
              </label>
              <button type="button" onClick={() => setPairs(pairs().filter((_, i) => i !== k()))}>{t('editor.correlations.remove')}</button>
            </div>
          )}
        </For>
      </Show>
      <button type="button" onClick={add} disabled={uncertain().length < 2}>{t('editor.correlations.add')}</button>
      <For each={errors()}>{(e) => <p class="field-error" role="alert">{errorLabel(e)} – {errorMessage(e)}</p>}</For>
    </Collapsible>
  );
}
