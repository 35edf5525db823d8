import { batch, createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { isAbortError } from '../../client/runner';
import { inputsKey } from './forecast-inputs';
import type { ActualsUsed, Conditioner, Forecast } from './forecast-store';

/**
 * The forecast store's with-actuals slice: while switched on, the forecast on screen
 * conditioned on its scenario's actuals, with its seed and iterations, computed once per
 * forecast and actuals (by `condition`, the analysis worker's job); whether it is being
 * computed or failed; and which forecast to show.
 */
export function createWithActuals(forecast: Accessor<Forecast | null>, condition: Conditioner | undefined) {
  const [withActuals, setWithActuals] = createSignal(false);
  const [conditioned, setConditioned] = createSignal<{ key: string; forecast: Forecast } | null>(null);
  const [conditioning, setConditioning] = createSignal<{ status: 'running' | 'error'; message?: string } | null>(null);
  const actualsKey = (f: Forecast) => `${inputsKey(f.scenario)}|${JSON.stringify(f.scenario.scenario.actuals ?? null)}|${f.result.seed}|${f.result.iterations}`;
  const hasActuals = (f: Forecast | null) => !!f?.scenario.actuals && f.scenario.actuals.observations.length + f.scenario.actuals.rates.length > 0;
  createEffect(() => {
    const f = forecast();
    if (!withActuals() || !f || !hasActuals(f) || !condition) return setConditioning(null);
    const key = actualsKey(f);
    if (conditioned()?.key === key) return setConditioning(null);
    const ctrl = new AbortController();
    onCleanup(() => ctrl.abort());
    setConditioning({ status: 'running' });
    const a = f.scenario.actuals!;
    condition(f.scenario, f.result.seed, f.result.iterations, ctrl.signal).then(
      (r) => {
        if (ctrl.signal.aborted) return;
        const used: ActualsUsed = { asOf: f.scenario.scenario.actuals?.asOf, observations: a.observations.length, rates: a.rates.length, effectiveSampleSize: r.effectiveSampleSize };
        batch(() => {
          setConditioned({ key, forecast: { ...f, result: r.result, conditioned: used } });
          setConditioning(null);
        });
      },
      (e: unknown) => {
        if (!ctrl.signal.aborted && !isAbortError(e)) setConditioning({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
  });
  return {
    withActuals,
    setWithActuals,
    /** The forecast with actuals is being computed, or failed (with why). */
    conditioning,
    /** Whether the forecast with actuals can be offered: a conditioner, and actuals in the forecast's scenario. */
    offered: () => !!condition && hasActuals(forecast()),
    /** The forecast on screen: conditioned on the actuals when that is switched on and computed for it, else the plain one. */
    shown: (): Forecast | null => {
      const f = forecast();
      const c = conditioned();
      return withActuals() && f && c && c.key === actualsKey(f) ? { ...c.forecast, scenario: f.scenario } : f;
    },
  };
}
