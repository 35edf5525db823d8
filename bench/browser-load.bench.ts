/**
 * `npm run bench:browser-load`: 10 million iterations of the baseline in headless Chromium.
 * Samples, every second, the page's JS heap (performance.memory) and the resident memory of
 * Chromium's renderer processes (the simulation worker runs there and has no heap API of its
 * own), and measures how late a 50 ms timer on the page fires (is the page responsive?).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { startAppSession } from '../test/e2e/harness';

const ITERATIONS = Number(process.argv[2] ?? 10_000_000);

/** Resident memory of all Chromium renderer processes, in MB (Linux /proc). */
function rendererRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* the process ended */
    }
  }
  return kb / 1024;
}

const { app, page, close } = await startAppSession({ locale: 'en-GB', height: 900 });
await page.goto(app.url);
await page.locator('.forecast[data-iterations="20000"]').first().waitFor({ timeout: 120_000 });
// A timer that should fire every 50 ms; how late it fires is the page's unresponsiveness.
await page.evaluate(`(() => { window.__lag = 0; let last = performance.now(); setInterval(() => { const now = performance.now(); window.__lag = Math.max(window.__lag, now - last - 50); last = now; }, 50); })()`);
const field = page.locator('input[name="iterations"]');
await field.fill(String(ITERATIONS));
await field.press('Tab');
let heapMb = 0;
let rssMb = 0;
const samples: number[] = [];
const t0 = Date.now();
await page.getByRole('button', { name: 'Run forecast', exact: true }).click();
const done = page.locator(`.forecast[data-iterations="${ITERATIONS}"]`).first();
while (!(await done.count())) {
  heapMb = Math.max(heapMb, Number(await page.evaluate('performance.memory.usedJSHeapSize')) / 2 ** 20);
  const rss = rendererRssMb();
  samples.push(rss);
  rssMb = Math.max(rssMb, rss);
  await new Promise((r) => setTimeout(r, 1000));
}
const seconds = (Date.now() - t0) / 1000;
const lag = Number(await page.evaluate('window.__lag'));
// A run shorter than a second has no samples.
const at = (f: number) => (samples.length ? samples[Math.min(samples.length - 1, Math.floor(f * samples.length))].toFixed(0) : '–');
console.log(`renderer memory at 10 %, 50 % and 90 % of the run: ${at(0.1)}, ${at(0.5)}, ${at(0.9)} MB`);
console.log(`${ITERATIONS.toLocaleString('en-GB')} iterations in the browser: ${seconds.toFixed(1)} s; peak page JS heap ${heapMb.toFixed(0)} MB; peak renderer memory (page + worker) ${rssMb.toFixed(0)} MB; the page's 50 ms timer was at most ${lag.toFixed(0)} ms late`);
await close();
