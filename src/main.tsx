import { render } from 'solid-js/web';
import { App } from './ui/App';
import { I18nProvider } from './ui/i18n';
import { ScenarioProvider } from './ui/store/scenario-context';
import { createWorkerPool } from './client/worker-pool';
import './ui/styles.css';

const runner = createWorkerPool();
render(() => (
  <I18nProvider>
    <ScenarioProvider>
      <App runner={runner} />
    </ScenarioProvider>
  </I18nProvider>
), document.getElementById('root')!);
