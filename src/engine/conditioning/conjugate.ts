import type { Model } from '../model';

/** An observed count out of a count for one programme-level rate: "22 of 48 companies mobilised". */
export interface RateActual {
  input: number;
  successes: number;
  trials: number;
}

/**
 * Updates every rate whose distribution is a beta exactly: Beta(α, β) and k successes in n
 * trials give Beta(α + k, β + n − k) (beta–binomial conjugacy). Returns the updated model and
 * the rates that are not betas, which must be conditioned on by weighting instead.
 */
export function conjugateUpdate(model: Model, rates: RateActual[]): { model: Model; weighted: RateActual[]; conjugate: RateActual[] } {
  const inputs = model.inputs.slice();
  const weighted: RateActual[] = [];
  const conjugate: RateActual[] = [];
  for (const r of rates) {
    const d = inputs[r.input].dist;
    if (d.type === 'beta') {
      inputs[r.input] = { ...inputs[r.input], dist: { type: 'beta', alpha: d.alpha + r.successes, beta: d.beta + r.trials - r.successes } };
      conjugate.push(r);
    } else weighted.push(r);
  }
  return { model: { ...model, inputs }, weighted, conjugate };
}

/**
 * log of the binomial likelihood of k in n at rate p, relative to its maximum at p = k/n, so
 * it is <= 0 and weights never overflow. O(1).
 */
export function relativeBinomialLogLikelihood(p: number, k: number, n: number): number {
  const hat = k / n;
  const term = (count: number, q: number, qHat: number) => (count === 0 ? 0 : count * Math.log(q / qHat));
  if (p <= 0) return k === 0 ? 0 : -Infinity;
  if (p >= 1) return k === n ? 0 : -Infinity;
  return term(k, p, hat) + term(n - k, 1 - p, 1 - hat);
}
