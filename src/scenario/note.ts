import { z } from 'zod';

type Lang = 'da' | 'en';

/**
 * A note on an assumption (its source or reasoning): one text, or a text per language, as
 * the built-in scenarios have theirs, so that each language shows its own. A note the
 * planner edits becomes one text, theirs, in whatever language they wrote it.
 */
export type Note = string | { da: string; en: string };

const text = z.string().max(4000);
export const noteSchema = z.union([text, z.strictObject({ da: text, en: text })]);

/** The note in `lang` (or in the other language where `lang`'s is empty); '' where there is none. */
export function noteText(note: unknown, lang: Lang): string {
  if (typeof note === 'string') return note;
  if (typeof note !== 'object' || note === null) return '';
  const n = note as Partial<Record<Lang, unknown>>;
  const own = n[lang];
  const other = n[lang === 'da' ? 'en' : 'da'];
  return typeof own === 'string' && own !== '' ? own : typeof other === 'string' ? other : '';
}
