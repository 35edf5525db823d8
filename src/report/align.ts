/** Rows of text cells as aligned columns: the first `left` columns padded right, the rest left, with a rule under the head. */
export function alignRows(head: string[], rows: string[][], left = 2): string {
  const all = [head, ...rows];
  const widths = head.map((_, k) => Math.max(...all.map((row) => (row[k] ?? '').length)));
  const line = (row: string[]) => row.map((cell, k) => (k < left ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
