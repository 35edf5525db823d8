/**
 * A progress bar on stderr for runs longer than a second: silent before that, and when
 * stderr is not a terminal (so logs and pipes stay clean).
 */
export function createProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let shown = false;
  return {
    update(done: number): void {
      const elapsed = (performance.now() - started) / 1000;
      if (!stream.isTTY || elapsed < 1) return;
      shown = true;
      const width = 30;
      const filled = Math.round((width * done) / total);
      const rate = done / elapsed;
      const left = rate > 0 ? (total - done) / rate : 0;
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')}  ${Math.round(rate).toLocaleString('en-GB')} it/s  ${left.toFixed(0)} s left `);
    },
    done(): void {
      if (shown) stream.write('\n');
    },
  };
}
