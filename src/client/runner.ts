import type { Model } from '../engine/model';
import type { ForecastResult } from '../engine/forecast-result';

/** What one forecast needs. */
export interface RunRequest {
  model: Model;
  /** Per indicator × horizon cell: the target, NaN where none. */
  targets: Float64Array;
  seed: number | string;
  iterations: number;
  /**
   * Aborting rejects run() with an AbortError and stops the work within 200 ms. Aborting
   * with the reason SUPERSEDED (a newer run replaces this one) rejects at once too, but
   * may let a block in progress finish in the background, so the workers stay warm.
   */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  /** Iterations done and asked for. */
  done: number;
  total: number;
  iterationsPerSecond: number;
  secondsLeft: number;
}

/**
 * The one shape every runner has (worker pool, in-thread), so the UI and tests do not care
 * where the engine runs. Results are identical for the same request whichever runner is used.
 */
export interface ForecastRunner {
  run(req: RunRequest): Promise<ForecastResult>;
  dispose(): void;
}

/** The abort reason of a run that a newer run replaces (an edit while the quick forecast runs). */
export const SUPERSEDED = 'superseded by a newer run';

export function abortError(): DOMException {
  return new DOMException('The forecast was cancelled', 'AbortError');
}

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Progress after `done` of `total` iterations, `ms` after the start. */
export function progressAt(done: number, total: number, ms: number): Progress {
  const iterationsPerSecond = ms > 0 ? (done * 1000) / ms : 0;
  const secondsLeft = iterationsPerSecond > 0 ? (total - done) / iterationsPerSecond : Infinity;
  return { done, total, iterationsPerSecond, secondsLeft };
}
