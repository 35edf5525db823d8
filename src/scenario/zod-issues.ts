import type { z } from 'zod';
import { pathError, problem, type PathError, type Problem } from './errors';

/**
 * A zod issue as the rules it reports, each at its path. `root` is the document, to see
 * what was written where a number or a distribution was expected.
 */
export function issueErrors(issue: z.core.$ZodIssue, root: unknown, top = '(scenario)'): PathError[] {
  const path = idPath(issue.path, root).join('.') || top;
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    // A rule's kind that is none of the kinds: zod lists the ones there are.
    const options = (issue as { options?: unknown[] }).options ?? [];
    return [pathError(path, problem('oneOf', { values: options.map(String) }))];
  }
  if (issue.code === 'invalid_union') {
    // An input is a number or a distribution object: report the branch that fits what was written.
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k as PropertyKey], root);
    if (value === undefined) return [pathError(path, problem('required', { expected: 'number' }))];
    if (typeof value === 'string') return [pathError(path, problem('notNumber', { text: value }))];
    if (typeof value !== 'object' && typeof value !== 'number') return [pathError(path, problem('numberOrDistribution', {}))];
    const branch = issue.errors[typeof value === 'object' && value !== null ? 1 : 0] ?? [];
    return branch.flatMap((i) => issueErrors({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue, root, top));
  }
  if (issue.code === 'unrecognized_keys') {
    // A key that is not a plain name (empty, spaces, dots) is shown quoted, so the path stays readable.
    const name = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return issue.keys.map((k) => pathError(path === top ? name(k) : `${path}.${name(k)}`, problem('unknownField', {})));
  }
  return [pathError(path, rule(issue))];
}

/** The rule of one issue. Checks zod has no code for carry their rule's code as their message (see schema.ts). */
function rule(issue: z.core.$ZodIssue): Problem {
  if (issue.message === 'idFormat' || issue.message === 'entryId' || issue.message === 'indicatorCode' || issue.message === 'dateFormat' || issue.message === 'finite') return problem(issue.message, {});
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return problem('required', { expected: issue.expected });
      if (issue.expected === 'int') return problem('whole', {});
      if (issue.expected === 'number' && typeof issue.input === 'string') return problem('notNumber', { text: issue.input });
      return problem('wrongType', { expected: issue.expected });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number') return issue.inclusive ? problem('atLeast', { min }) : problem('above', { min });
      if (issue.origin === 'string') return problem('empty', {});
      return problem('tooFew', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number') return issue.inclusive ? problem('atMost', { max }) : problem('below', { max });
      if (issue.origin === 'string') return problem('tooLong', { max });
      return problem('tooMany', { max });
    }
    case 'invalid_value':
      // A missing enum or literal is reported as a wrong value with no input.
      if (issue.input === undefined) return problem('required', { expected: typeof issue.values[0], values: issue.values.map(String) });
      if (issue.message === 'schemaVersion') return problem('schemaVersion', { expected: Number(issue.values[0]), got: JSON.stringify(issue.input) });
      return problem('oneOf', { values: issue.values.map(String) });
    default:
      return problem('invalid', { detail: issue.message });
  }
}

/**
 * A path with each index into a list of entries that have ids (periods, activities) written as
 * the entry's id, as every reader of paths names them: `activities.3.units` → `activities.D.units`.
 * An entry without a usable id (missing, not text, or shared with another) keeps its index.
 */
function idPath(path: readonly PropertyKey[], root: unknown): string[] {
  const out: string[] = [];
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') {
      const id = (v[k] as { id?: unknown } | undefined)?.id;
      const unique = typeof id === 'string' && id !== '' && v.filter((e) => (e as { id?: unknown })?.id === id).length === 1;
      out.push(unique ? (id as string) : String(k));
    } else out.push(String(k));
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return out;
}
