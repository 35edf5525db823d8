import { createSignal, onCleanup } from 'solid-js';
import { isAbortError } from '../../client/runner';

/**
 * One cancellable piece of work in the worker, as a Solid primitive: whether it runs, its
 * last error, and a cancel that aborts the call (the client terminates the worker). A new
 * start cancels the one before; leaving the view cancels too.
 */
export function createJob() {
  const [running, setRunning] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [cancelled, setCancelled] = createSignal(false);
  let ctrl: AbortController | null = null;
  const cancel = () => ctrl?.abort();
  onCleanup(cancel);
  async function start<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    cancel();
    const mine = (ctrl = new AbortController());
    setRunning(true);
    setError(null);
    setCancelled(false);
    try {
      return await work(mine.signal);
    } catch (e) {
      if (isAbortError(e)) setCancelled(ctrl === mine);
      else setError(String((e as Error)?.message ?? e));
      return undefined;
    } finally {
      if (ctrl === mine) {
        ctrl = null;
        setRunning(false);
      }
    }
  }
  return { running, error, cancelled, start, cancel };
}
