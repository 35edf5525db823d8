import { render } from 'solid-js/web';
import { App } from './ui/App';
import { I18nProvider } from './ui/i18n';
import { ScenarioProvider } from './ui/store/scenario-context';
import { createWorkerPool } from './client/worker-pool';
import { idbForecastArchive } from './ui/store/db';
import { localRunSettings } from './ui/run/run-settings';
import './ui/styles.css';

const runner = createWorkerPool();
// Each scenario's last full forecast is kept beside the scenarios (none where the browser has no IndexedDB).
const archive = typeof indexedDB !== 'undefined' ? idbForecastArchive() : undefined;
render(() => (
  <I18nProvider>
    <ScenarioProvider>
      <App runner={runner} archive={archive} runSettings={localRunSettings()} />
    </ScenarioProvider>
  </I18nProvider>
), document.getElementById('root')!);
