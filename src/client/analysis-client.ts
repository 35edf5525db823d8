import * as Comlink from 'comlink';
import type { AnalysisWorkerApi } from '../../workers/analysis.worker';
import type { Model } from '../engine/model';
import type { Comparison } from '../engine/analysis/paired';
import type { SolveRequest, SolveResult } from '../engine/analysis/solve';
import type { SweepRequest, SweepResult } from '../engine/analysis/sweep';
import type { Precision, ConvergencePoint } from '../engine/analysis/precision';
import type { InputSensitivity } from '../engine/analysis/sensitivity';
import type { CellSummary } from '../engine/summarize';
import type { ForecastResult } from '../engine/forecast-result';
import type { ConditionedForecast, Observation } from '../engine/conditioning/condition';
import type { RateActual } from '../engine/conditioning/conjugate';
import { abortError } from './runner';

/** One scenario as the engine needs it. */
export interface Runnable { model: Model; targets: Float64Array }
export interface Control { signal?: AbortSignal }
type Lane = 'compare' | 'sensitivity' | 'solve' | 'sweep' | 'precise' | 'condition' | 'shown';

export interface AnalysisClient {
  compare(req: Control & { scenarios: Runnable[]; reference: number; seed: number | string; iterations: number; onProgress?: (done: number) => void }): Promise<Comparison>;
  sensitivity(req: Control & Runnable & { cell: number; seed: number | string; iterations: number }): Promise<{ base: CellSummary; inputs: InputSensitivity[] }>;
  solve(req: Control & Runnable & { seed: number | string; iterations: number; request: SolveRequest }): Promise<SolveResult>;
  sweep(req: Control & Runnable & { seed: number | string; iterations: number; request: SweepRequest; onProgress?: (done: number, total: number) => void }): Promise<SweepResult>;
  precise(req: Control & Runnable & { seed: number | string; maxIterations: number; precision: Precision }): Promise<{ result: ForecastResult; trace: ConvergencePoint[]; precise: boolean }>;
  /**
   * `shown`: for the forecast shown on the page (the main view's "with actuals"), in a lane of its
   * own, so that it and the monitoring panel's run do not cancel each other.
   */
  condition(req: Control & Runnable & { seed: number | string; iterations?: number; observations: Observation[]; rates: RateActual[]; shown?: boolean }): Promise<{ prior: { iterations: number; cells: CellSummary[] }; updated: ConditionedForecast }>;
  dispose(): void;
}

function spawnAnalysisWorker(): Worker {
  return new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
}

/**
 * The one owner of the analysis workers: one per kind of analysis, so a long sensitivity
 * run does not hold up a comparison. A new call of the same kind cancels the one before.
 * A running engine call cannot be interrupted, so cancelling terminates that worker; the
 * next call starts a fresh one.
 */
export function createAnalysisClient(spawn: () => Worker = spawnAnalysisWorker): AnalysisClient {
  const lanes = new Map<Lane, { worker: Worker; api: Comlink.Remote<AnalysisWorkerApi>; stop: (e: Error) => void }>();

  const retire = (lane: Lane) => {
    lanes.get(lane)?.worker.terminate();
    lanes.delete(lane);
  };

  function call<T>(lane: Lane, signal: AbortSignal | undefined, f: (api: Comlink.Remote<AnalysisWorkerApi>) => Promise<T>): Promise<T> {
    const before = lanes.get(lane);
    if (before) {
      before.stop(abortError());
      retire(lane);
    }
    if (signal?.aborted) return Promise.reject(abortError());
    const worker = spawn();
    return new Promise<T>((resolve, reject) => {
      const stop = (e: Error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      };
      const onAbort = () => {
        if (lanes.get(lane)?.worker === worker) retire(lane);
        stop(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        if (lanes.get(lane)?.worker === worker) retire(lane);
        stop(new Error(`analysis worker failed: ${e.message || 'could not start'}`));
      });
      const api = Comlink.wrap<AnalysisWorkerApi>(worker);
      lanes.set(lane, { worker, api, stop });
      f(api).then(
        (r) => {
          signal?.removeEventListener('abort', onAbort);
          // One call per worker: a fresh worker next time keeps memory from piling up.
          if (lanes.get(lane)?.worker === worker) retire(lane);
          resolve(r);
        },
        (e: unknown) => stop(e instanceof Error ? e : new Error(String(e))),
      );
    });
  }

  return {
    compare: (r) =>
      call('compare', r.signal, (api) =>
        api.compare(r.scenarios.map((s) => s.model), r.scenarios.map((s) => s.targets), { seed: r.seed, iterations: r.iterations }, r.reference, r.onProgress && Comlink.proxy(r.onProgress)),
      ),
    sensitivity: (r) => call('sensitivity', r.signal, (api) => api.sensitivity(r.model, r.cell, { seed: r.seed, iterations: r.iterations, targets: r.targets })),
    solve: (r) => call('solve', r.signal, (api) => api.solve(r.model, { seed: r.seed, iterations: r.iterations, targets: r.targets }, r.request) as Promise<SolveResult>),
    sweep: (r) =>
      call('sweep', r.signal, (api) => api.sweep(r.model, { seed: r.seed, iterations: r.iterations, targets: r.targets }, r.request, r.onProgress && Comlink.proxy(r.onProgress)) as Promise<SweepResult>),
    precise: (r) => call('precise', r.signal, (api) => api.precise(r.model, { seed: r.seed, iterations: r.maxIterations, targets: r.targets }, r.precision)),
    condition: (r) =>
      call(r.shown ? 'shown' : 'condition', r.signal, (api) => api.condition(r.model, { seed: r.seed, iterations: r.iterations ?? 20_000, targets: r.targets }, r.observations, r.rates)),
    dispose() {
      for (const lane of [...lanes.keys()]) {
        lanes.get(lane)!.stop(abortError());
        retire(lane);
      }
    },
  };
}
