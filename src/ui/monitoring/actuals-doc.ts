import { getIn, type DraftPath } from '../store/draft-path';
import type { PathError } from '../../scenario/parse';

export type ActualsList = 'observations' | 'rates';

/** The entries of one list of the document's actuals, as written (possibly invalid). */
export function entriesOf(doc: unknown, list: ActualsList): Record<string, unknown>[] {
  const v = getIn(doc, ['actuals', list]);
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

/**
 * The document's `actuals` with one entry of `list` removed; undefined when nothing is left,
 * so a scenario without actuals carries no empty field.
 */
export function withoutEntry(doc: unknown, list: ActualsList, index: number): unknown {
  const next = entriesOf(doc, list).filter((_, i) => i !== index);
  const other = entriesOf(doc, list === 'rates' ? 'observations' : 'rates');
  if (next.length === 0 && other.length === 0) return undefined;
  return { ...(getIn(doc, ['actuals']) as object), [list]: next };
}

/** Errors of the actuals that no entry shows: about the field or a list as a whole. */
export function looseErrors(errors: readonly PathError[]): PathError[] {
  return errors.filter((e) => (e.path === 'actuals' || e.path.startsWith('actuals.')) && e.path !== 'actuals.asOf' && !/^actuals\.(observations|rates)\.\d+(\.|$)/.test(e.path));
}

export const entryPath = (list: ActualsList, index: number, field?: string): DraftPath => (field ? ['actuals', list, index, field] : ['actuals', list, index]);
