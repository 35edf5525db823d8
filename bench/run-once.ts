import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenario/parse';
import { createNodePool } from '../src/client/node-pool';
import { resourceUsage } from 'node:process';

const [iterations, workers] = process.argv.slice(2).map(Number);
const parsed = parseScenarioText(readFileSync('scenarios/baseline.json', 'utf8'));
if (!parsed.ok) throw new Error('baseline.json is invalid');
const { model, targets } = parsed.value;
const t = performance.now();
await createNodePool(workers).run({ model, seed: 1, iterations, targets });
const ms = performance.now() - t;
// maxRSS is in kilobytes; worker threads share the process, so it covers them too.
console.log(JSON.stringify({ ms, peakRssMb: resourceUsage().maxRSS / 1024 }));
