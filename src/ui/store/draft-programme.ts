import { hasCosts } from '../../scenario/schema';
import { draftOwnIndicators } from '../../scenario/own-indicators';
import { getIn } from './draft-path';
import { mobilisingActivity } from '../../scenario/entry';
import { migrateScenario } from '../../scenario/migrate';
import { createLayout, type Layout } from '../../engine/layout';
import { programmeLabels, type ProgrammeLabels } from '../../text';

/**
 * The programme's structure as the draft has it (valid or not): what the editor lists. A
 * draft's lists may hold anything while it is edited, so only entries with a text id count.
 */
const entryIds = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && id !== '') : [];

/** The draft's activity ids, in its order. */
export function draftActivityIds(draft: unknown): string[] {
  return entryIds(getIn(draft, ['activities']));
}

/** The draft's period ids, in its order. */
export function draftPeriodIds(draft: unknown): string[] {
  return entryIds(getIn(draft, ['periods']));
}

/** The proceed rate of the programme's mobilising activity (A1's; see scenario/entry.ts), or null where it has none. */
export function mobilisationPath(draft: unknown): string[] | null {
  const id = mobilisingActivity(getIn(draft, ['activities']));
  return id === null ? null : ['activities', id, 'routing', 'proceed'];
}

/**
 * The forecast cells and words of the draft's programme as it stands, valid or not: the
 * editor's targets and labels follow the structure being edited. `key` is the same for the
 * same cells (its words may differ: a name being typed).
 */
export interface DraftProgramme {
  layout: Layout;
  labels: ProgrammeLabels;
  /** The same key, the same structure. */
  key: string;
}

export function draftProgramme(draft: unknown): DraftProgramme {
  const list = getIn(draft, ['activities']);
  const periods = getIn(draft, ['periods']);
  const activities = (Array.isArray(list) ? list : []).filter((a) => typeof (a as { id?: unknown })?.id === 'string').map((a) => ({
    id: (a as { id: string }).id,
    group: (a as { aim?: unknown }).aim === 'innovation' ? ('innovation' as const) : ('growth' as const),
  }));
  const ps = (Array.isArray(periods) ? periods : []).filter((p) => typeof (p as { id?: unknown })?.id === 'string').map((p) => {
    const label = (p as { label?: { da?: unknown; en?: unknown } }).label;
    return { id: (p as { id: string }).id, label: typeof label?.da === 'string' && typeof label?.en === 'string' ? { da: label.da, en: label.en } : undefined };
  });
  const codes = getIn(draft, ['indicatorCodes']);
  const costed = hasCosts(draft);
  const periodIds = ps.map((p) => p.id);
  const own = draftOwnIndicators(draft, periodIds, activities, costed);
  const stateList = getIn(draft, ['outcomes', 'states']);
  const states = (Array.isArray(stateList) ? stateList : []).flatMap((st) => {
    const x = (st ?? {}) as { id?: unknown; name?: { da?: unknown; en?: unknown } };
    return typeof x.id === 'string' ? [{ id: x.id, name: { da: typeof x.name?.da === 'string' ? x.name.da : '', en: typeof x.name?.en === 'string' ? x.name.en : '' } }] : [];
  });
  return {
    layout: createLayout(periodIds, activities.map((a) => a.id), costed, own.defs),
    labels: programmeLabels({ periods: ps, activities, codes: codes === '2021-2027' || codes === '2014-2020' ? codes : undefined, indicators: own.words, states }),
    // The same key, the same programme: lists keyed by it keep their fields (and what is being typed in them).
    key: JSON.stringify([ps, activities, costed, codes, own.defs.map((d) => [d.id, d.unit, d.kind, d.per, d.of, d.periodOnly, d.cost, d.rule?.kind])]),
  };
}

/**
 * The programme a file's text holds, read as far as it can be (any version): the words its
 * errors are named in. A text that is not JSON has no programme, so generic words.
 */
export function programmeOfText(text: string): DraftProgramme {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  return draftProgramme(migrateScenario(doc).doc);
}
