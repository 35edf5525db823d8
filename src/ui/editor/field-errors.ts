import type { Parsed, PathError } from '../../scenario/parse';
import { editorVoice, errorText } from '../../scenario/error-text';
import { fieldLabel } from '../../scenario/labels';
import { currentI18n, type Lang } from '../i18n';
import { pathString, type DraftPath } from '../store/draft-path';
import { currentScenarios } from '../store/scenario-context';
import { GENERIC_LABELS, type ProgrammeLabels } from '../../text';

/*
 * The editor's view of the scenario's validation errors. Messages are written here, at the
 * edge, in the language of the component that asks (English outside one) and in the
 * editor's words: field labels, probabilities as percentages.
 */

const lang = (): Lang => currentI18n()?.lang() ?? 'en';
/** The words of the programme being edited (its periods' and activities' names), generic outside a store. */
const labels = (): ProgrammeLabels => currentScenarios()?.state.programme.labels ?? GENERIC_LABELS;
const str = (path: DraftPath | string) => (typeof path === 'string' ? path : pathString(path));

/** Whether `e` is shown at `path`: its own field or group, or one of the fields that break its rule together. */
export const shownAt = (e: PathError, path: string) => (e.fields ? e.fields.includes(path) : e.path === path);

/** The errors shown at exactly this field or group. */
function errorsShownAt(parsed: Parsed, path: DraftPath | string): PathError[] {
  const p = str(path);
  return parsed.ok ? [] : parsed.errors.filter((e) => shownAt(e, p));
}

/** The messages for the field or group at `path`, worded for that place (its own label is already beside them). */
export function errorsAt(parsed: Parsed, path: DraftPath | string): string[] {
  const p = str(path);
  const voice = editorVoice(lang(), labels());
  return errorsShownAt(parsed, p).map((e) => errorText(e, voice, p));
}

/** One error's message at the field at `path`, in the UI's language (the field's own label is already beside it). */
export function errorShownAt(e: PathError, path: DraftPath | string): string {
  return errorText(e, editorVoice(lang(), labels()), str(path));
}

/** Every error at or below this path, each with its message in the UI's language. */
export function errorsUnder(parsed: Parsed, path: DraftPath): PathError[] {
  if (parsed.ok) return [];
  const p = pathString(path);
  const voice = editorVoice(lang(), labels());
  return parsed.errors.filter((e) => e.path === p || e.path.startsWith(`${p}.`)).map((e) => ({ ...e, message: errorText(e, voice) }));
}

/** The label of the field an error concerns, as the editor shows it: "A1: Seats filled: Maximum". */
export function errorLabel(e: PathError, l: Lang = lang()): string {
  return fieldLabel(e.path, l, labels());
}

/** The error's message on its own, in the UI's language. */
export function errorMessage(e: PathError, l: Lang = lang()): string {
  return errorText(e, editorVoice(l, labels()));
}

/** A stable element id for the field at `path`, so an error in the summary can focus it. */
export function fieldId(path: DraftPath | string): string {
  return `field-${str(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * The fields the errors mark, each once: a rule broken by two fields together marks both. What
 * a count of "errors" shown to the planner counts, so it agrees with what is marked.
 */
export function markedFields(parsed: Parsed): string[] {
  return parsed.ok ? [] : [...new Set(parsed.errors.flatMap((e) => e.fields ?? [e.path]))];
}
