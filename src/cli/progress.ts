import { progressAt, type Progress } from '../client/runner';

/**
 * A progress bar on stderr for runs longer than a second: silent before that, and when
 * stderr is not a terminal (so logs and pipes stay clean).
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let shown = false;
  return {
    /** A runner's progress (the page's and the command line's runners report the same Progress). */
    update(p: Progress): void {
      const elapsed = (performance.now() - started) / 1000;
      if (!stream.isTTY || elapsed < 1) return;
      shown = true;
      const width = 30;
      const filled = Math.round((width * p.done) / p.total);
      const left = Number.isFinite(p.secondsLeft) ? p.secondsLeft : 0;
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done.toLocaleString('en-GB')} / ${p.total.toLocaleString('en-GB')}  ${Math.round(p.iterationsPerSecond).toLocaleString('en-GB')} it/s  ${left.toFixed(0)} s left `);
    },
    /** Progress given as iterations done of `total` (a comparison, a sweep), timed from the bar's start. */
    count(done: number, total: number): void {
      this.update(progressAt(done, total, performance.now() - started));
    },
    done(): void {
      if (shown) stream.write('\n');
    },
  };
}
