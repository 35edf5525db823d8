import type { Model } from './model';
import { compileQuantile, quantileTable, tableQuantile, type QuantileTable } from './quantile-table';

/**
 * Turns row `row` of a block's uniforms (see design/input-uniforms.ts) into programme-level input
 * values in x. Fixed inputs are written into x once, when the sampler is made, and never
 * again: the caller must not overwrite x.
 */
export type InputSampler = (u: Float64Array, row: number, x: Float64Array) => void;

/**
 * Inputs are sorted by how they are drawn: tabulated ones (beta, PERT, normal, lognormal)
 * all go through `tableQuantile`, one call site that the compiler can inline, instead of
 * a call through a different closure per input; the closed forms keep their closures.
 * O(inputs that vary) a row.
 */
export function createInputSampler(model: Model, x: Float64Array): InputSampler {
  const k = model.inputs.length;
  const tabulated: number[] = [];
  const tables: QuantileTable[] = [];
  const other: number[] = [];
  const quantiles: ((u: number) => number)[] = [];
  model.inputs.forEach(({ dist }, i) => {
    if (dist.type === 'fixed') x[i] = dist.value;
    else if (dist.type === 'uniform' || dist.type === 'triangular') (other.push(i), quantiles.push(compileQuantile(dist)));
    else (tabulated.push(i), tables.push(quantileTable(dist)));
  });
  const tabulatedAt = Int32Array.from(tabulated);
  const otherAt = Int32Array.from(other);
  return (u, row, out) => {
    const base = row * k;
    for (let j = 0; j < tabulatedAt.length; j++) out[tabulatedAt[j]] = tableQuantile(tables[j], u[base + tabulatedAt[j]]);
    for (let j = 0; j < otherAt.length; j++) out[otherAt[j]] = quantiles[j](u[base + otherAt[j]]);
  };
}
