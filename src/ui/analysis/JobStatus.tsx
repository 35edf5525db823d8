import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { useFeatureText } from '../i18n';
import { analysisMessages } from '../i18n/messages-analysis';
import type { createJob } from './create-job';

/**
 * What a job is doing: a progress bar when the engine reports progress, otherwise the
 * elapsed seconds; a cancel button while it runs; the error or "cancelled" after.
 */
export function JobStatus(props: { job: ReturnType<typeof createJob>; done?: number; total?: number }): JSX.Element {
  const { i18n, tr } = useFeatureText(analysisMessages);
  const [seconds, setSeconds] = createSignal(0);
  let started = 0;
  const timer = setInterval(() => {
    if (!props.job.running()) return void (started = 0);
    if (!started) started = performance.now();
    setSeconds(Math.round((performance.now() - started) / 1000));
  }, 250);
  onCleanup(() => clearInterval(timer));
  const fraction = () => (props.total ? Math.min(1, (props.done ?? 0) / props.total) : null);
  return (
    <div class="job-status" aria-live="polite">
      <Show when={props.job.running()}>
        <div class="job-row">
          <Show when={fraction() !== null} fallback={<span class="muted">{tr('analysis.running', { seconds: i18n.num(seconds()) })}</span>}>
            <div class="bar job-bar" role="progressbar" aria-valuemin={0} aria-valuemax={props.total} aria-valuenow={props.done ?? 0}>
              <div class="fill" style={{ width: `${(fraction() ?? 0) * 100}%` }} />
            </div>
            <span class="muted">{tr('compare.progress', { done: i18n.num(props.done ?? 0), total: i18n.num(props.total ?? 0) })}</span>
          </Show>
          <button type="button" class="danger small" onClick={() => props.job.cancel()}>{tr('analysis.cancel')}</button>
        </div>
      </Show>
      <Show when={props.job.error()}>{(e) => <p class="status error" role="alert">{tr('analysis.failed', { message: e() })}</p>}</Show>
      <Show when={props.job.cancelled() && !props.job.running()}><p class="status">{tr('analysis.cancelled')}</p></Show>
    </div>
  );
}
