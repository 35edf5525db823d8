/**
 * What following the companies of the scenario's own indicators costs: the baseline plain,
 * with one own set of activities (RCO04 over B, C and D), and with three (RCO01, RCO04 and an
 * own outcome over C, D and F); and a programme 50 times the baseline's size (companies per
 * unit × 50), plain and with the one set, where the members' splits are of large pools. Each variant runs in a process of its own (one engine's code
 * optimised for one shape of flow), 100,000 iterations, one thread, the median of 5 runs.
 *
 *   npm run bench:own-indicators
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateScenario } from '../src/scenario/parse';
import { runForecast } from '../src/engine/run';

const VARIANTS = ['plain', 'one set', 'three sets', 'large plain', 'large one set'] as const;
const ITERATIONS = 100_000;

function scenario(variant: string) {
  const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../scenarios/baseline.json', import.meta.url)), 'utf8'));
  const L = { da: 'x', en: 'x' };
  if (variant.startsWith('large')) for (const a of doc.activities) a.companiesPerUnit = Math.min(1000, a.companiesPerUnit * 50);
  if (!variant.endsWith('plain')) doc.indicators = [{ id: 'RCO04', label: L, rule: { kind: 'companies', activities: ['B', 'C', 'D'] } }];
  if (variant === 'three sets') {
    doc.outcomes.states = [{ id: 'org', name: L, activities: ['C', 'D', 'F'], probability: 0.25, lagYears: 1 }];
    doc.indicators.push({ id: 'RCO01', label: L, rule: { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'] } }, { id: 'RCR04', label: L, rule: { kind: 'state', state: 'org' } });
  }
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const child = process.argv[2];
if (child) {
  const v = scenario(child);
  const time = () => {
    const t = performance.now();
    runForecast(v.model, { seed: 1, iterations: ITERATIONS, targets: v.targets });
    return (performance.now() - t) / 1000;
  };
  time();
  console.log(Array.from({ length: 5 }, time).sort((a, b) => a - b)[2]);
} else {
  const seconds = VARIANTS.map((variant) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), variant], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return Number(r.stdout.trim());
  });
  // Each against its plain programme: the baseline's, or the large one's.
  VARIANTS.forEach((variant, i) => {
    const plain = seconds[variant.startsWith('large') ? VARIANTS.indexOf('large plain') : 0];
    console.log(`${variant.padEnd(13)} ${seconds[i].toFixed(2)} s per ${ITERATIONS.toLocaleString('en')} iterations  ×${(seconds[i] / plain).toFixed(2)}`);
  });
}
