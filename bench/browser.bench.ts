/**
 * `npm run bench:browser`: the workbench in headless Chromium, as a planner uses it — time
 * from Run to the final table for 100k and 1M iterations of the baseline, and from an edit of
 * the mobilisation rate to the updated quick forecast. Uses the end-to-end harness (the built
 * app, Debian's Chromium).
 */
import { startAppSession } from '../test/e2e/harness';
import { QUICK_DELAY_MS } from '../src/ui/run/forecast-store';
import { COMMIT_PAUSE_MS } from '../src/ui/editor/NumberField';
import { MAX_WORKERS, poolSizeFor } from '../src/client/worker-pool';

const { app, page, close } = await startAppSession({ locale: 'en-GB', height: 900 });
const workersArg = process.argv.indexOf('--workers');
if (workersArg > 0) {
  const workers = Number(process.argv[workersArg + 1]);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) throw new Error(`--workers: a whole number from 1 to ${MAX_WORKERS}`);
  // The pool has a worker per core.
  const cores = workers;
  await page.addInitScript(`Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${cores} })`);
}
await page.goto(app.url);
const done = (n: number) => page.locator(`.forecast[data-iterations="${n}"]`).first();
await done(20_000).waitFor({ timeout: 120_000 });

const rows: string[] = [];
for (const [preset, n] of [['100,000', 100_000], ['1,000,000', 1_000_000]] as const) {
  await page.getByRole('button', { name: preset, exact: true }).click();
  // How late the page's own timer runs while the workers compute: a 20 ms interval, its worst delay.
  await page.evaluate(`(() => {
    window.__late = 0;
    let last = performance.now();
    window.__timer = setInterval(() => { const now = performance.now(); window.__late = Math.max(window.__late, now - last - 20); last = now; }, 20);
  })()`);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
  await done(n).waitFor({ timeout: 600_000 });
  const late = (await page.evaluate('(clearInterval(window.__timer), window.__late)')) as number;
  rows.push(`Run → final table, ${n.toLocaleString('en-GB')} iterations: ${((Date.now() - t0) / 1000).toFixed(2)} s; the page's timer at most ${late.toFixed(0)} ms late${late > 100 ? ' — MORE THAN 100 ms: the page was not responsive' : ''}`);
  if (late > 100) process.exitCode = 1;
}
const edits: number[] = [];
// Never back to the baseline's 50 %: that would show the full run kept for it, not a quick re-forecast.
for (const value of ['45', '55', '42', '58', '44', '53']) {
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  edits.push(await page.evaluate(`new Promise((resolve) => {
    const td = () => document.querySelector('td[data-cell="participants.A2:total"]');
    const old = td().getAttribute('data-median');
    const input = document.querySelector('#mobilisation');
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      if (td().getAttribute('data-median') !== old) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    }).observe(document.querySelector('.results-pane'), { subtree: true, attributes: true, childList: true });
    input.value = '${value}';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })`) as number);
}
rows.push(`edit → quick re-forecast (20,000 iterations; the number field's ${COMMIT_PAUSE_MS} ms pause included, no debounce with no run in flight): ${edits.map((ms) => ms.toFixed(0)).join(', ')} ms`);
// Typing: a second edit while the first one's quick forecast is still running (checked: the
// second edit comes 60 ms after the first edit's run has started).
const typed: number[] = [];
let replaced = 0;
for (const [first, second] of [['4', '47'], ['5', '52'], ['4', '49']]) {
  const [ms, running] = await page.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('#mobilisation');
    const edit = (v) => { input.value = v; input.dispatchEvent(new InputEvent('input', { bubbles: true })); };
    const status = () => document.querySelector('.progress').getAttribute('data-status');
    edit('${first}');
    setTimeout(() => {
      const running = status() === 'running';
      edit('${second}');
      const t0 = performance.now();
      const done = () => {
        const table = document.querySelector('.forecast-table');
        return table && !table.classList.contains('stale') && status() === 'done';
      };
      const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve([performance.now() - t0, running]); } });
      obs.observe(document.body, { subtree: true, attributes: true, childList: true });
    }, ${QUICK_DELAY_MS + 60});
  })`) as [number, boolean];
  typed.push(ms);
  if (running) replaced++;
}
rows.push(`typing (second edit ${QUICK_DELAY_MS + 60} ms after the first; it replaced a running quick forecast in ${replaced} of ${typed.length}) → updated: ${typed.map((ms) => ms.toFixed(0)).join(', ')} ms`);
rows.push(`pool size: ${poolSizeFor(await page.evaluate('navigator.hardwareConcurrency || 2') as number)} worker(s)`);
console.log(rows.join('\n'));
await close();
