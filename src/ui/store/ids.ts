import { getIn, setIn } from './draft-path';

const SLUG_MAX = 64;

/** A valid scenario `id` (1–64 lower-case letters, digits or dashes, not starting with a dash). */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX);
  return slug || 'scenario';
}

/** `base` as a slug, or with the first free `-2`, `-3`, … suffix when another holds it. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const slug = slugify(base);
  if (!taken.has(slug)) return slug;
  const stem = slug.replace(/-\d+$/, '') || 'scenario';
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = stem.slice(0, SLUG_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `name`, or `name (2)`, `name (3)`, … when another scenario has that name. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})`)) return `${stem} (${n})`;
}

/** The document's own `id` field, or '' where it has none. */
export function docId(doc: unknown): string {
  const id = getIn(doc, ['id']);
  return typeof id === 'string' ? id : '';
}

/** A copy of `doc` whose `id` and name none of `others` has (for new and duplicated scenarios). */
export function freshCopy(doc: unknown, name: string, others: readonly { name: string; doc: unknown }[]): { doc: unknown; name: string } {
  const named = uniqueName(name, new Set(others.map((r) => r.name)));
  const id = uniqueSlug(docId(doc) || named, new Set(others.map((r) => docId(r.doc))));
  return { doc: setIn(setIn(structuredClone(doc), ['id'], id), ['name'], named), name: named };
}
