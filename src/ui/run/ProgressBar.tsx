import { Match, Show, Switch, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { useForecast } from './forecast-store';

/** The run's progress while it runs, and afterwards what the forecast on screen is. */
export function ProgressBar(): JSX.Element {
  const { t, num, dateTime } = useI18n();
  const { state } = useForecast();
  const p = () => state.progress();
  const share = () => (p() && p()!.total > 0 ? p()!.done / p()!.total : 0);
  return (
    <div class="progress" data-status={state.status()} aria-live="polite">
      <Show when={state.status() === 'running' && p()}>
        <div class="bar" role="progressbar" aria-valuemin={0} aria-valuemax={p()!.total} aria-valuenow={p()!.done}>
          {/* Scaled, not resized: the compositor moves it without laying out or repainting the page. */}
          <div class="fill" style={{ transform: `scaleX(${share().toFixed(3)})` }} />
        </div>
        <p class="progress-text">
          <span data-testid="progress-done">{t('run.progress', { done: num(p()!.done), total: num(p()!.total) })}</span>
          <Show when={p()!.iterationsPerSecond > 0}>
            {' · '}{t('run.speed', { rate: num(p()!.iterationsPerSecond) })}
            {' · '}{t('run.left', { seconds: num(Math.ceil(p()!.secondsLeft)) })}
          </Show>
        </p>
      </Show>
      <Show when={state.stoppedByEdit()}>
        {(n) => <p class="status notice" data-testid="stopped-by-edit">{t('run.status.stoppedByEdit', { n: num(n()) })}</p>}
      </Show>
      <Show when={state.keepFailed()}>
        {(why) => <p class="status notice" data-testid="keep-failed">{t('run.status.keepFailed', { message: why() })}</p>}
      </Show>
      <Switch>
        <Match when={state.status() === 'cancelled'}><p class="status">{t('run.status.cancelled')}</p></Match>
        <Match when={state.status() === 'error'}><p class="status error">{t('run.status.error', { message: state.error() ?? '' })}</p></Match>
        <Match when={state.status() !== 'running' && state.forecast()}>
          {(f) => (
            <p class="status" data-testid="run-status">
              {f().saved
                ? t('run.status.saved', { seconds: num(f().seconds, 1), when: dateTime(f().computedAt, true) })
                : t('run.status.done', { seconds: num(f().seconds, 1) })}
            </p>
          )}
        </Match>
      </Switch>
    </div>
  );
}
