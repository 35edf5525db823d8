import { createEffect, createSignal, on, For, Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { ITERATION_PRESETS, QUICK_ITERATIONS, useForecast } from './forecast-store';
import { MIN_ITERATIONS, SEED_PATTERN } from './run-settings';
import { MAX_ITERATIONS } from '../../engine/block-plan';
import { ProgressBar } from './ProgressBar';
import { parseWhole } from '../editor/number-text';

/** Parses the planner's iteration count: a whole number in range, else null. */
function parseIterations(text: string): number | null {
  const n = parseWhole(text);
  return n !== null && n >= MIN_ITERATIONS && n <= MAX_ITERATIONS ? n : null;
}

/**
 * Iterations, seed, Run / Cancel and the progress of the run. The chips and fields are what
 * the next run will use; beside them, what the forecast on screen was computed with, so a
 * highlighted 100,000 is never read as a 100,000-iteration forecast that does not exist.
 */
export function RunControls(props: { disabled?: boolean; blocked?: string }): JSX.Element {
  const { t, num, lang } = useI18n();
  const { state, actions } = useForecast();
  const [text, setText] = createSignal(num(state.iterations()));
  // A new language writes the count in its own way (100.000 / 100,000), unless the field holds something else.
  createEffect(on(lang, () => parseIterations(text()) !== null && setText(num(parseIterations(text())!)), { defer: true }));
  const invalidIterations = () => parseIterations(text()) === null;
  const invalidSeed = () => !SEED_PATTERN.test(state.seed());
  const running = () => state.status() === 'running';
  const shown = () => state.forecast()?.result;
  /** The next run would compute something else than what is shown (another size or seed). */
  const nextDiffers = () => {
    const r = shown();
    return r !== undefined && !invalidIterations() && !invalidSeed() && (r.iterations !== state.iterations() || String(r.seed) !== state.seed());
  };

  const choose = (value: string) => {
    setText(value);
    const n = parseIterations(value);
    if (n !== null) actions.setIterations(n);
  };

  return (
    <section class="run-controls" aria-label={t('run.run')}>
      <div class="run-fields">
        <fieldset class="presets">
          <legend>{t('run.iterationsNext')}</legend>
          <For each={ITERATION_PRESETS}>
            {(n) => (
              <button type="button" class="chip" aria-pressed={state.iterations() === n && !invalidIterations()} aria-describedby="run-shown" onClick={() => choose(num(n))}>
                {num(n)}
              </button>
            )}
          </For>
          <label class="field">
            <span class="sr-only">{t('run.custom')}</span>
            <input
              name="iterations" inputmode="numeric" value={text()} size={12}
              aria-invalid={invalidIterations()} aria-describedby="iterations-error"
              onInput={(e) => choose(e.currentTarget.value)}
            />
          </label>
        </fieldset>
        <label class="field seed">
          <span>{t('run.seed')}</span>
          <input name="seed" value={state.seed()} size={8} aria-invalid={invalidSeed()} onInput={(e) => actions.setSeed(e.currentTarget.value.trim())} />
        </label>
        <div class="run-buttons">
          <Show when={running()} fallback={
            <button
              type="button" class="primary" disabled={props.disabled || invalidIterations() || invalidSeed()}
              aria-describedby={props.blocked ? 'run-blocked' : undefined} onClick={() => actions.runFull()}
            >
              {t('run.run')}
            </button>
          }>
            <button type="button" class="danger" onClick={() => actions.cancel()}>{t('run.cancel')}</button>
          </Show>
        </div>
      </div>
      <Show when={shown()}>
        {(r) => (
          <p id="run-shown" class="run-shown" data-testid="run-shown">
            {t('run.shown', { n: num(r().iterations), seed: String(r().seed) })}
            <Show when={nextDiffers() && !running()}>
              {' '}{t('run.next', { n: num(state.iterations()), seed: state.seed() })}
            </Show>
          </p>
        )}
      </Show>
      <Show when={props.blocked}>
        {(why) => <p id="run-blocked" class="field-error" data-testid="run-blocked">{why()}</p>}
      </Show>
      <Show when={invalidIterations()}>
        <p id="iterations-error" class="field-error" role="alert">{t('run.iterationsInvalid', { min: num(MIN_ITERATIONS), max: num(MAX_ITERATIONS) })}</p>
      </Show>
      <Show when={invalidSeed()}>
        <p class="field-error" role="alert">{t('run.seedInvalid')}</p>
      </Show>
      <ProgressBar />
      <p class="hint">{t('run.quick', { n: num(QUICK_ITERATIONS) })}</p>
    </section>
  );
}
