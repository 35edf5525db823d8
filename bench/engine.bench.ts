/**
 * `npm run bench`: iterations per second and peak memory of the baseline forecast at 10k,
 * 100k and 1M iterations on one thread and on 2 worker threads, and 10M on each for the
 * memory bound. Each size runs in a fresh process so peak RSS is that run's own.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const sizes = process.argv.includes('--quick') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const rows: string[][] = [];
function measure(iterations: number, workers: number): void {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run-once.ts', String(iterations), String(workers)], { encoding: 'utf8' });
  const r = JSON.parse(out) as { ms: number; peakRssMb: number };
  rows.push([iterations.toLocaleString('en-GB'), String(workers), (r.ms / 1000).toFixed(2), Math.round((iterations / r.ms) * 1000).toLocaleString('en-GB'), r.peakRssMb.toFixed(0)]);
  process.stderr.write('.');
}
for (const n of sizes) {
  measure(n, 1);
  measure(n, 2);
}
if (!process.argv.includes('--quick')) {
  measure(10_000_000, 1);
  measure(10_000_000, 2);
}
process.stderr.write('\n');
const head = ['iterations', 'threads', 'seconds', 'iterations/s', 'peak RSS MB'];
const w = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
console.log(`baseline scenario; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`);
for (const r of [head, ...rows]) console.log(r.map((c, k) => c.padStart(w[k])).join('  '));
