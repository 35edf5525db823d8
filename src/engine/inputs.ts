import type { Model } from './model';
import type { Rng } from './rng';
import { compileQuantile } from './quantile-table';

/** Turns a row of uniforms into programme-level input values, one quantile function per input. */
export type InputSampler = (u: Float64Array, x: Float64Array) => void;

export function createInputSampler(model: Model): InputSampler {
  const qs = model.inputs.map((i) => compileQuantile(i.dist));
  return (u, x) => {
    for (let i = 0; i < qs.length; i++) x[i] = qs[i](u[i]);
  };
}

/**
 * The uniforms behind a block's programme-level inputs: row i holds iteration i's. Plain
 * Monte Carlo here; stratified designs (Latin hypercube) and copulas for correlated inputs
 * replace only this function, since every input is drawn by its quantile function.
 */
export function drawUniforms(inputs: number, iterations: number, rng: Rng): Float64Array {
  const u = new Float64Array(inputs * iterations);
  for (let i = 0; i < u.length; i++) u[i] = rng();
  return u;
}
