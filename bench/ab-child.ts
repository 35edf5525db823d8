/**
 * One side of the A/B in `npm run bench`: the baseline forecast on one thread, timed, with
 * every cell's mean and median keyed by indicator@horizon so the two engines can be compared.
 * Run with the cwd at the root of the tree whose engine is measured: the bench copies this
 * file into the old engine's tree, so it must import only '../src/…' (resolved in that tree)
 * and use only what both engine versions have.
 * Usage: node --import tsx bench/ab-child.ts <iterations> <seed>
 */
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenario/parse';
import { createNodePool } from '../src/client/node-pool';

const [iterations, seed] = process.argv.slice(2).map(Number);
const parsed = parseScenarioText(readFileSync('scenarios/baseline.json', 'utf8'));
if (!parsed.ok) throw new Error('scenarios/baseline.json is invalid');
const { model, targets } = parsed.value;
// Warm-up: one block, so the timed run starts with the engine loaded and compiled in both trees.
await createNodePool(1).run({ model, seed, iterations: 5000, targets });
const t = performance.now();
const result = await createNodePool(1).run({ model, seed, iterations, targets });
const ms = performance.now() - t;

// The current engine's result carries its layout; the old (fixed-programme) one's cells are
// its constant indicators × horizons.
let indicators: string[];
let horizons: string[];
const layout = (result as { layout?: { indicators: readonly { id: string }[]; horizons: readonly string[] } }).layout;
if (layout) {
  indicators = layout.indicators.map((d) => d.id);
  horizons = [...layout.horizons];
} else {
  const path = '../src/engine/indicators';
  const old = (await import(path)) as { INDICATOR_IDS: string[]; HORIZONS: readonly string[] };
  indicators = old.INDICATOR_IDS;
  horizons = [...old.HORIZONS];
}
const cells: Record<string, [number, number]> = {};
result.cells.forEach((c, i) => {
  cells[`${indicators[Math.floor(i / horizons.length)]}@${horizons[i % horizons.length]}`] = [c.mean, c.p50];
});
console.log(JSON.stringify({ ms, iterations: result.iterations, cells }));
