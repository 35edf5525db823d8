import type { Parsed, PathError } from '../../scenario/parse';
import { pathString, type DraftPath } from '../store/draft-path';

/** The messages the schema gives for exactly this path. */
export function errorsAt(parsed: Parsed, path: DraftPath | string): string[] {
  if (parsed.ok) return [];
  const p = typeof path === 'string' ? path : pathString(path);
  return parsed.errors.filter((e) => e.path === p).map((e) => e.message);
}

/** Every error at or below this path. */
export function errorsUnder(parsed: Parsed, path: DraftPath): PathError[] {
  if (parsed.ok) return [];
  const p = pathString(path);
  return parsed.errors.filter((e) => e.path === p || e.path.startsWith(`${p}.`));
}

/** A stable element id for the field at `path`, so an error in the summary can focus it. */
export function fieldId(path: DraftPath | string): string {
  const p = typeof path === 'string' ? path : pathString(path);
  return `field-${p.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
