/**
 * `npm run bench`: iterations per second and peak memory of the baseline forecast at 10k,
 * 100k and 1M iterations on one thread and on 2 worker threads, and 10M on each for the
 * memory bound. Each size runs in a fresh process so peak RSS is that run's own.
 *
 * First an A/B against the engine before it was generalised to any programme (commit
 * OLD_ENGINE, scenario format 1): that tree is taken out of git into a temporary folder and
 * fresh processes time the baseline forecast on one thread, old and new interleaved, each
 * on its own tree's scenarios/baseline.json with the same seed (bench/ab-child.ts).
 * `--ab-only` runs just the A/B; `--quick` a shorter A/B and table.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const abOnly = process.argv.includes('--ab-only');
const root = fileURLToPath(new URL('..', import.meta.url));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`;

/** The last commit with the fixed 8-activity, 2-period engine (scenario format 1). */
const OLD_ENGINE = 'a7dbbda';
const AB_PAIRS = quick ? 3 : 7;
const AB_ITERATIONS = quick ? 50_000 : 200_000;
const AB_SEED = 1;

interface ChildResult { ms: number; iterations: number; cells: Record<string, [number, number]> }
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The old engine's tree in a temporary folder, or why there is none. */
function materialiseOld(): { dir: string } | { skip: string } {
  try {
    git('rev-parse', '--git-dir');
  } catch (e) {
    return { skip: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : `${root} is not a git repository` };
  }
  try {
    git('cat-file', '-e', `${OLD_ENGINE}^{commit}`);
  } catch {
    const shallow = (() => { try { return git('rev-parse', '--is-shallow-repository') === 'true'; } catch { return false; } })();
    return { skip: `commit ${OLD_ENGINE} is not in this clone${shallow ? ' (it is shallow: git fetch --unshallow)' : ''}` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-old-engine-'));
  try {
    const paths = ['src', 'scenarios', 'package.json', 'tsconfig.json'].filter((p) => {
      try { git('cat-file', '-e', `${OLD_ENGINE}:${p}`); return true; } catch { return false; }
    });
    const tar = execFileSync('git', ['-C', root, 'archive', OLD_ENGINE, ...paths], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    execFileSync('tar', ['-x', '-C', dir], { input: tar, stdio: ['pipe', 'ignore', 'pipe'] });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'bench'));
    copyFileSync(join(root, 'bench', 'ab-child.ts'), join(dir, 'bench', 'ab-child.ts'));
    return { dir };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `the old tree could not be made: ${(e as Error).message.split('\n')[0]}` };
  }
}

function runChild(tree: string, iterations: number): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/ab-child.ts', String(iterations), String(AB_SEED)], {
    cwd: tree, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as ChildResult;
}

/** Compares every cell the two programmes share (by indicator@horizon), mean and median. */
function sameNumbers(a: ChildResult, b: ChildResult): { same: boolean; shared: number; onlyOld: number; onlyNew: number; worst: string } {
  const keys = Object.keys(a.cells).filter((k) => k in b.cells);
  let worst = '';
  let worstRel = -1;
  let same = a.iterations === b.iterations && keys.length > 0;
  for (const k of keys) {
    for (let j = 0; j < 2; j++) {
      const x = a.cells[k][j];
      const y = b.cells[k][j];
      if (Object.is(x, y)) continue;
      same = false;
      const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-300);
      if (rel > worstRel) { worstRel = rel; worst = `${k} ${j ? 'p50' : 'mean'} ${x} vs ${y}`; }
    }
  }
  return { same, shared: keys.length, onlyOld: Object.keys(a.cells).length - keys.length, onlyNew: Object.keys(b.cells).length - keys.length, worst };
}

function abSection(): void {
  console.log(`A/B: the baseline forecast, ${AB_ITERATIONS.toLocaleString('en-GB')} iterations, seed ${AB_SEED}, one thread, ${AB_PAIRS} interleaved pairs of fresh processes; ${machine}`);
  const old = materialiseOld();
  if ('skip' in old) {
    console.log(`A/B skipped: ${old.skip}; the old engine (${OLD_ENGINE}) cannot be measured`);
    return;
  }
  try {
    let head = '';
    let dirty = '';
    try {
      head = git('rev-parse', '--short', 'HEAD');
      dirty = git('status', '--porcelain', '--', 'src', 'scenarios', 'workers');
    } catch { /* reported as unknown */ }
    const oldT: number[] = [];
    const newT: number[] = [];
    const pairRatios: number[] = [];
    let oldOut: ChildResult | undefined;
    let newOut: ChildResult | undefined;
    for (let p = 0; p < AB_PAIRS; p++) {
      // Alternate which goes first, so drift in the machine's load falls on both alike.
      const order = p % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
      const got: Partial<Record<'old' | 'new', ChildResult>> = {};
      for (const side of order) {
        got[side] = runChild(side === 'old' ? old.dir : root, AB_ITERATIONS);
        process.stderr.write(side === 'old' ? 'A' : 'B');
      }
      oldT.push(got.old!.ms);
      newT.push(got.new!.ms);
      pairRatios.push(got.new!.ms / got.old!.ms);
      oldOut ??= got.old;
      newOut ??= got.new;
    }
    process.stderr.write('\n');
    const mo = median(oldT);
    const mn = median(newT);
    const s = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(3)).join(' ');
    const spread = (xs: number[]) => `${((Math.min(...xs)) / 1000).toFixed(3)}–${(Math.max(...xs) / 1000).toFixed(3)} s (±${(((Math.max(...xs) - Math.min(...xs)) / 2 / median(xs)) * 100).toFixed(1)} % of median)`;
    console.log(`  old (A) ${OLD_ENGINE}, format 1 baseline:  median ${(mo / 1000).toFixed(3)} s, ${Math.round((AB_ITERATIONS / mo) * 1000).toLocaleString('en-GB')} iterations/s; range ${spread(oldT)}`);
    console.log(`  new (B) ${head || 'working tree'}${dirty ? ' + uncommitted changes' : ''}, format 2 baseline:  median ${(mn / 1000).toFixed(3)} s, ${Math.round((AB_ITERATIONS / mn) * 1000).toLocaleString('en-GB')} iterations/s; range ${spread(newT)}`);
    console.log(`  ratio new/old (time): ${(mn / mo).toFixed(3)} (medians); per pair ${median(pairRatios).toFixed(3)} median, ${Math.min(...pairRatios).toFixed(3)}–${Math.max(...pairRatios).toFixed(3)} range; below 1 is faster`);
    console.log(`  seconds, old: ${s(oldT)}`);
    console.log(`  seconds, new: ${s(newT)}`);
    const cmp = sameNumbers(oldOut!, newOut!);
    const extra = cmp.onlyOld || cmp.onlyNew ? ` (cells only in old: ${cmp.onlyOld}, only in new: ${cmp.onlyNew})` : '';
    console.log(`  same numbers: ${cmp.same ? 'yes' : 'no'} — mean and median of ${cmp.shared} shared cells ${cmp.same ? 'bit-identical' : `differ, most at ${cmp.worst}`}${extra}`);
  } catch (e) {
    process.stderr.write('\n');
    const err = e as { message: string; stderr?: string };
    console.log(`A/B stopped: a run failed: ${(err.stderr || err.message).trim().split('\n').slice(0, 3).join(' / ')}`);
  } finally {
    rmSync(old.dir, { recursive: true, force: true });
  }
}

abSection();
if (abOnly) process.exit(0);
console.log('');

const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const rows: string[][] = [];
function measure(iterations: number, workers: number): void {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run-once.ts', String(iterations), String(workers)], { cwd: root, encoding: 'utf8' });
  const r = JSON.parse(out) as { ms: number; peakRssMb: number };
  rows.push([iterations.toLocaleString('en-GB'), String(workers), (r.ms / 1000).toFixed(2), Math.round((iterations / r.ms) * 1000).toLocaleString('en-GB'), r.peakRssMb.toFixed(0)]);
  process.stderr.write('.');
}
for (const n of sizes) {
  measure(n, 1);
  measure(n, 2);
}
if (!quick) {
  measure(10_000_000, 1);
  measure(10_000_000, 2);
}
process.stderr.write('\n');
const head = ['iterations', 'threads', 'seconds', 'iterations/s', 'peak RSS MB'];
const w = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
console.log(`baseline scenario; ${machine}`);
for (const r of [head, ...rows]) console.log(r.map((c, k) => c.padStart(w[k])).join('  '));
