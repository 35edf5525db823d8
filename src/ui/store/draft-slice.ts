import { batch, createSignal } from 'solid-js';
import { validateScenario, type Parsed, type ValidScenario } from '../../scenario/parse';
import { pathError } from '../../scenario/errors';
import { getIn } from './draft-path';
import { draftProgramme, type DraftProgramme } from './draft-programme';
import type { FieldText, StoredScenario } from './persistence';

export type FieldTexts = Record<string, FieldText>;

const EMPTY: Parsed = { ok: false, errors: [{ path: '(scenario)', message: 'no scenario selected' }] };

/** The refused texts that still stand: those whose part of the document is as it was when they were typed. */
function liveFieldTexts(texts: FieldTexts | undefined, doc: unknown): FieldTexts {
  const live: FieldTexts = {};
  for (const [key, ft] of Object.entries(texts ?? {})) if (JSON.stringify(getIn(doc, ft.path.split('.')) ?? null) === ft.under) live[key] = ft;
  return live;
}

/** The document's validation with the refused texts' errors first: a draft with any is invalid, whatever its document. */
function withFieldTexts(p: Parsed, texts: FieldTexts): Parsed {
  const errors = Object.entries(texts).map(([key, ft]) => pathError(key, ft.problem));
  return errors.length === 0 ? p : { ok: false, errors: [...errors, ...(p.ok ? [] : p.errors)] };
}

/**
 * The scenario store's draft slice: the document being edited as the page shows it, its
 * validation (the refused texts' errors first), whether the document itself is valid, the
 * last valid version (what is forecast while the draft has errors), and the programme the
 * editor lays out. It knows nothing of storage, other tabs or undo: the store tells it what
 * to show.
 */
export function createDraftSlice() {
  const [draft, setDraft] = createSignal<unknown>(undefined);
  const [parsed, setParsed] = createSignal<Parsed>(EMPTY);
  const [docOk, setDocOk] = createSignal(false);
  const [fieldTexts, setFieldTexts] = createSignal<FieldTexts>({});
  const [lastValid, setLastValid] = createSignal<ValidScenario | null>(null);

  /** Shows `doc` (none: no scenario open) with the refused texts that still stand on it, and returns those. */
  const show = (doc: unknown, keepLastValid: boolean, texts?: FieldTexts): FieldTexts => {
    const p = doc === undefined ? EMPTY : validateScenario(doc);
    const live = liveFieldTexts(texts, doc);
    batch(() => {
      setDraft(() => doc);
      setDocOk(p.ok);
      setFieldTexts(live);
      setParsed(withFieldTexts(p, live));
      if (p.ok) setLastValid(p.value);
      else if (!keepLastValid) setLastValid(null);
    });
    return live;
  };
  /** Shows a stored record: its document, its refused texts, and its last valid version where its document has errors. */
  const showRecord = (r: StoredScenario) => {
    show(r.doc, false, r.fieldTexts);
    const fallback = docOk() || r.lastValidDoc === undefined ? null : validateScenario(r.lastValidDoc);
    if (fallback?.ok) setLastValid(fallback.value);
  };

  // The draft's programme: the same layout while its structure stays the same (so lists keyed by it keep their fields), its words always the draft's.
  let programme: { of: unknown; value: DraftProgramme } | null = null;
  const programmeOf = (doc: unknown): DraftProgramme => {
    const last = programme;
    if (last && last.of === doc) return last.value;
    const next = draftProgramme(doc);
    const value = last?.value.key === next.key ? { ...next, layout: last.value.layout } : next;
    programme = { of: doc, value };
    return value;
  };

  return { draft, parsed, docOk, fieldTexts, lastValid, show, showRecord, programme: () => programmeOf(draft()) };
}
