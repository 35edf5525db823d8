import { Show, type JSX } from 'solid-js';
import { version } from '../../../package.json';
import type { Forecast } from '../run/forecast-store';
import { markText, useOutOfDate } from './use-out-of-date';
import { useFeatureText } from '../i18n';
import { exportMessages } from '../i18n/messages-export';

export const APP_VERSION: string = version;

/** What the forecast on paper was computed from, and `mark` when it is out of date: shown in the printed report. */
export function RunMeta(props: { forecast: Forecast; mark?: string }): JSX.Element {
  const x = useFeatureText(exportMessages);
  return (
    <div class="run-meta print-only">
      <Show when={props.mark}>{(m) => <p class="print-stale">{m()}</p>}</Show>
      <p>
        <strong>{x.tr('meta.title')}: </strong>
        {x.tr('meta.line', {
          scenario: props.forecast.scenario.scenario.name,
          n: x.i18n.num(props.forecast.result.iterations),
          seed: String(props.forecast.result.seed),
          date: x.i18n.dateTime(Date.now()),
          version: APP_VERSION,
        })}
      </p>
    </div>
  );
}

/** At the top of the printed report: the out-of-date warning, when the forecast is. */
export function PrintedOutOfDate(): JSX.Element {
  const x = useFeatureText(exportMessages);
  const outOfDate = useOutOfDate();
  return <Show when={markText(outOfDate(), x.i18n.lang())}>{(m) => <p class="print-only print-stale print-stale-top">{m()}</p>}</Show>;
}
