import type { ValidScenario } from '../../scenario/parse';

/** The model and targets as one text, kept per scenario object (a scenario is not changed once made). */
export const inputsKey = (() => {
  const keys = new WeakMap<ValidScenario, string>();
  return (v: ValidScenario): string => {
    let k = keys.get(v);
    if (k === undefined) keys.set(v, (k = JSON.stringify([v.model, Array.from(v.targets, (t) => (Number.isNaN(t) ? null : t))])));
    return k;
  };
})();

/**
 * Whether two scenarios give the same forecast: the same model and targets (a forecast
 * depends on nothing else but the seed and iterations). A changed note, name or
 * description does not change the numbers.
 */
export function sameForecastInputs(a: ValidScenario, b: ValidScenario): boolean {
  return a === b || inputsKey(a) === inputsKey(b);
}
