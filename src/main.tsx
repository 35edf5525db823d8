import { render } from 'solid-js/web';
import { App } from './ui/App';
import { I18nProvider } from './ui/i18n';
import { createWorkerPool } from './client/worker-pool';
import './ui/styles.css';

const runner = createWorkerPool();
render(() => (
  <I18nProvider>
    <App runner={runner} />
  </I18nProvider>
), document.getElementById('root')!);
