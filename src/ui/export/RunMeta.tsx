import type { JSX } from 'solid-js';
import { version } from '../../../package.json';
import type { Forecast } from '../run/forecast-store';
import { useExportText } from './use-export-text';

export const APP_VERSION: string = version;

/** What the forecast on paper was computed from: shown in the printed report. */
export function RunMeta(props: { forecast: Forecast }): JSX.Element {
  const x = useExportText();
  return (
    <p class="run-meta print-only">
      <strong>{x.tr('meta.title')}: </strong>
      {x.tr('meta.line', {
        scenario: props.forecast.scenario.scenario.name,
        n: x.i18n.num(props.forecast.result.iterations),
        seed: String(props.forecast.result.seed),
        date: new Date().toLocaleString(x.i18n.lang() === 'da' ? 'da-DK' : 'en-GB'),
        version: APP_VERSION,
      })}
    </p>
  );
}
