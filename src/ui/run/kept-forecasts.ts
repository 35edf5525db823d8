import { createSignal } from 'solid-js';
import { FORECAST_FORMAT } from '../../engine/forecast-result';
import type { ForecastArchive, SavedForecast } from '../store/forecast-archive';

/** Runs `f` in a task after the next frame is drawn (in a page), or soon (elsewhere). */
function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}

/**
 * The forecast store's kept-forecasts slice: each scenario's last full run as kept in the
 * browser, read once per scenario (one of another FORECAST_FORMAT, which an older engine
 * computed, or unreadable storage counts as none), a new one kept under each scenario it was
 * run for, and the last one that could not be kept. Without an archive nothing is kept.
 */
export function createKeptForecasts(archive: ForecastArchive | undefined) {
  /** Each scenario's kept forecast once read (null: none), and the reads under way. */
  const kept = new Map<string, SavedForecast | null>();
  const reads = new Map<string, Promise<void>>();
  const [failure, setFailure] = createSignal<{ computedAt: number; message: string } | null>(null);
  return {
    /** Reads scenario `id`'s kept forecast unless it is known; undefined when it is (or nothing is kept). */
    read(id: string | null): Promise<void> | undefined {
      if (!archive || id === null || kept.has(id)) return undefined;
      let read = reads.get(id);
      if (!read) {
        read = archive.get(id).then(
          (saved) => void (kept.has(id) || kept.set(id, saved?.format === FORECAST_FORMAT ? saved : null)),
          // Unreadable storage only means that there is nothing to show again.
          () => void (kept.has(id) || kept.set(id, null)),
        );
        reads.set(id, read);
      }
      return read;
    },
    /** Scenario `id`'s kept forecast where it has been read and was computed from these inputs (inputsKey). */
    fitting(id: string | null, inputs: string): SavedForecast | undefined {
      const saved = id === null ? undefined : kept.get(id);
      return saved && saved.inputs === inputs ? saved : undefined;
    },
    /**
     * Keeps a full run under each of `ids`; only once stored is it shown again as kept. The
     * write waits until the run's table is on screen: storing copies the whole result (its
     * histograms are megabytes) on the page's thread, which would hold up the first paint.
     */
    keep(ids: Iterable<string>, saved: SavedForecast): void {
      if (!archive) return;
      const list = [...ids];
      afterPaint(() => {
        for (const id of list) {
          archive.put(id, saved).then(
            () => void kept.set(id, saved),
            (e: unknown) => setFailure({ computedAt: saved.computedAt, message: String((e as Error)?.message ?? e) }),
          );
        }
      });
    },
    /** The last full run that could not be kept (lost on reload), and why. */
    failure,
  };
}
