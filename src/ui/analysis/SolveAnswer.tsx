import { For, Show, type JSX } from 'solid-js';
import type { Check } from '../../scenario/checks';
import type { ValidScenario } from '../../scenario/parse';
import type { SolveResult } from '../../engine/analysis/solve';
import { distQuantile, type Dist } from '../../engine/dist';
import { formatInputValue } from './input-text';
import { solveSentence, type SolveQuestion } from './solve-text';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';

/** The solver's answer in words, and how it was found (so the planner can judge it). */
export function SolveAnswer(props: { scenario: Pick<ValidScenario, 'layout' | 'labels'>; question: SolveQuestion; result: SolveResult; current: Dist; iterations: number; seed: string; crossed?: Check[] }): JSX.Element {
  const text = useFeatureText(analysisMessages);
  const { i18n, tr } = text;
  const value = (x: number) => formatInputValue(x, props.question.kind, i18n);
  return (
    <div class="solve-answer" classList={{ 'not-found': !props.result.found }} data-found={String(props.result.found)}>
      <p class="sentence" role="status">{solveSentence(props.scenario, props.question, props.result, text)}</p>
      <Show when={props.result.found && props.result}>
        {(r) => (
          <p class="hint">
            {tr('solve.detail', {
              p: i18n.pct(r().probability, 1), n: i18n.num(props.iterations), seed: props.seed,
              lo: value(props.result.searched[0]), hi: value(props.result.searched[1]), current: value(distQuantile(props.current, 0.5)),
            })}
          </p>
        )}
      </Show>
      {/* An answer the planner's own definitions or the evidence contradict says so, beside it. */}
      <Show when={(props.crossed ?? []).length > 0}>
        <div class="solve-crossed" role="note" data-testid="solve-crossed">
          <p><strong>{tr('solve.crosses')}</strong></p>
          <ul><For each={props.crossed}>{(c) => <li data-check={c.id}>{c.message[i18n.lang()]}</li>}</For></ul>
        </div>
      </Show>
    </div>
  );
}
