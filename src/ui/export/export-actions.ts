import { tableHtml, tableTsv, type TableData } from './clipboard-table';
import type { Lang } from '../../report/forecast-report';

/** Puts a table on the clipboard as HTML (a real table for Word and Excel) and as tab-separated text. */
export async function copyTable(t: TableData, lang: Lang): Promise<void> {
  const html = tableHtml(t, lang);
  const tsv = tableTsv(t, lang);
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return navigator.clipboard.writeText(tsv);
  await navigator.clipboard.write([new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([tsv], { type: 'text/plain' }),
  })]);
}

/** A file name from a scenario id: letters, digits and dashes only. */
